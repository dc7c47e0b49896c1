using System.Collections.Generic;

namespace ItilCore.Replay;

/// <summary>What a replay of a real event log found: counts, conformance to the incident lifecycle, SLA results and the priority check.</summary>
/// <remarks>Immutable. Serialize it with <c>ItilJson.Serialize</c> for machines.</remarks>
public sealed record ReplayReport
{
    /// <summary>Gets the file replayed.</summary>
    public required string Source { get; init; }

    /// <summary>Gets the mapping's name for the log.</summary>
    public required string Log { get; init; }

    /// <summary>Gets the number of data rows (header excluded), bad rows included.</summary>
    public required long Rows { get; init; }

    /// <summary>Gets the number of rows that could not be read and were skipped.</summary>
    public required long BadRows { get; init; }

    /// <summary>Gets the first bad rows (up to the limit in <see cref="ReplayOptions.MaxBadRowsReported"/>) with line and reason.</summary>
    public required IReadOnlyList<ReplayBadRow> BadRowSamples { get; init; }

    /// <summary>Gets the number of ticket histories replayed.</summary>
    public required long Tickets { get; init; }

    /// <summary>Gets the rows per state name of the log, most first.</summary>
    public required IReadOnlyList<StateCount> States { get; init; }

    /// <summary>Gets the log's own state-name pairs between consecutive rows of a ticket, self-loops included, most first.</summary>
    public required IReadOnlyList<LogTransitionCount> LogTransitions { get; init; }

    /// <summary>Gets the comparison with the incident lifecycle.</summary>
    public required ConformanceSummary Conformance { get; init; }

    /// <summary>Gets the resolution SLA results, when targets were given.</summary>
    public SlaSummary? Sla { get; init; }

    /// <summary>Gets the priority check, when impact, urgency and priority are mapped.</summary>
    public PriorityCheckSummary? PriorityCheck { get; init; }
}
