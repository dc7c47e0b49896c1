namespace ItilCore.ServiceLevels;

/// <summary>When an attached SLA is cancelled (ServiceNow's "when to cancel").</summary>
public enum CancelWhen
{
    /// <summary>When the cancel condition holds.</summary>
    CancelConditionMet = 1,

    /// <summary>
    /// When the start condition no longer holds, or the cancel condition holds (ServiceNow's default; beware a start
    /// condition that excludes On Hold: the SLA is then cancelled, not paused). A cycle cancelled after its target passed
    /// keeps its breach (see <see cref="SlaComplianceReport"/>).
    /// </summary>
    StartConditionNotMet = 2,

    /// <summary>Never: the cancel condition is not used (ServiceNow's "Never"); the clock runs until it stops or resets.</summary>
    Never = 3,
}
