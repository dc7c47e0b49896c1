namespace ItilCore.Replay;

/// <summary>Resolution SLA results for one priority or one assignment group.</summary>
/// <param name="Key">The priority (<c>P3 Moderate</c>) or group name; <c>(none)</c> when the log has none.</param>
/// <param name="Met">Tickets resolved within the target.</param>
/// <param name="Breached">Tickets resolved after the target.</param>
/// <param name="Unresolved">Tickets never resolved in the log.</param>
public sealed record SlaGroupCount(string Key, long Met, long Breached, long Unresolved)
{
    /// <summary>Gets met ÷ (met + breached) as a percentage, or <see langword="null"/> when nothing was resolved.</summary>
    public double? CompliancePercent => Met + Breached == 0 ? null : 100.0 * Met / (Met + Breached);
}
