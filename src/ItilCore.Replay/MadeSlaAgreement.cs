namespace ItilCore.Replay;

/// <summary>How the replay's SLA verdicts agree with the log's own (ServiceNow's <c>made_sla</c> on a ticket's last row).</summary>
/// <param name="Compared">Tickets with both verdicts.</param>
/// <param name="BothMet">Both say met.</param>
/// <param name="BothBreached">Both say breached.</param>
/// <param name="OnlyReplayMet">The replay says met, the log says breached.</param>
/// <param name="OnlyLogMet">The log says met, the replay says breached.</param>
public sealed record MadeSlaAgreement(long Compared, long BothMet, long BothBreached, long OnlyReplayMet, long OnlyLogMet)
{
    /// <summary>Gets the share of compared tickets where the verdicts agree, from 0 to 1.</summary>
    public double Rate => Compared == 0 ? 0 : (double)(BothMet + BothBreached) / Compared;
}
