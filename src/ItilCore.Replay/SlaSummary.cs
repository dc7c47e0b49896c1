using System.Collections.Generic;

namespace ItilCore.Replay;

/// <summary>The resolution SLA computed from the log's real timestamps: the clock runs on the calendar from the ticket's opening to its first resolution.</summary>
public sealed record SlaSummary
{
    /// <summary>Gets the calendar used (id and zone), or <c>24x7 UTC</c>.</summary>
    public required string Calendar { get; init; }

    /// <summary>Gets the targets by priority level, as duration text.</summary>
    public required IReadOnlyDictionary<string, string> Targets { get; init; }

    /// <summary>Gets the tickets resolved within the target.</summary>
    public required long Met { get; init; }

    /// <summary>Gets the tickets resolved after the target.</summary>
    public required long Breached { get; init; }

    /// <summary>Gets the tickets never resolved in the log.</summary>
    public required long Unresolved { get; init; }

    /// <summary>Gets the tickets without a priority or without a target for their priority.</summary>
    public required long NoTarget { get; init; }

    /// <summary>Gets the results per final priority.</summary>
    public required IReadOnlyList<SlaGroupCount> ByPriority { get; init; }

    /// <summary>Gets the results per final assignment group, most tickets first.</summary>
    public required IReadOnlyList<SlaGroupCount> ByGroup { get; init; }

    /// <summary>Gets the agreement with the log's own SLA verdict, when the mapping names a made-SLA column.</summary>
    public MadeSlaAgreement? Agreement { get; init; }
}
