namespace ItilCore.ServiceLevels;

/// <summary>Where one cycle of an SLA clock stands.</summary>
public enum SlaStage
{
    /// <summary>Attached and running.</summary>
    InProgress = 1,

    /// <summary>Attached and paused.</summary>
    Paused = 2,

    /// <summary>Stopped by its stop condition (or ended by a reset).</summary>
    Completed = 3,

    /// <summary>Cancelled by its cancel rule.</summary>
    Cancelled = 4,
}
