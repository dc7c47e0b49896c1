using System.Collections.Generic;

namespace ItilCore.Replay;

/// <summary>The JSON document a user writes to describe an event-log export (ServiceNow, Jira, GLPI, process-mining CSV) to the replay.</summary>
/// <remarks>Immutable and thread-safe. Build a checked <see cref="ReplayMapping"/> from it with <see cref="ReplayMapping.Create"/>.</remarks>
public sealed record ReplayMappingDocument
{
    /// <summary>Gets a name for the log, shown in reports.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the column separator (one character); a comma when absent.</summary>
    public string? Delimiter { get; init; }

    /// <summary>Gets cell values that mean "no value" (ServiceNow exports write <c>?</c>); an empty cell always means no value.</summary>
    public IReadOnlyList<string>? Missing { get; init; }

    /// <summary>Gets the column holding the ticket id.</summary>
    public string TicketId { get; init; } = "";

    /// <summary>Gets how the rows of a ticket are laid out in the file.</summary>
    public ReplayOrder Order { get; init; } = ReplayOrder.Contiguous;

    /// <summary>Gets a value indicating whether a ticket's rows are sorted by time (stable; ties broken by <see cref="TieBreak"/>) before the replay; otherwise file order is the order of events.</summary>
    public bool SortByTime { get; init; }

    /// <summary>Gets a column whose ordinal text order breaks ties between events at the same time, when <see cref="SortByTime"/> is set.</summary>
    public string? TieBreak { get; init; }

    /// <summary>Gets where the event time is and how to read it.</summary>
    public TimestampMapping? Timestamp { get; init; }

    /// <summary>Gets a column holding the time the ticket was opened, in the same format as <see cref="Timestamp"/>; the SLA clock starts there rather than at the first event.</summary>
    public string? OpenedAt { get; init; }

    /// <summary>Gets where the state is and how its names map onto ItilCore's incident states.</summary>
    public StateMapping? State { get; init; }

    /// <summary>Gets where the impact is.</summary>
    public LevelMapping? Impact { get; init; }

    /// <summary>Gets where the urgency is.</summary>
    public LevelMapping? Urgency { get; init; }

    /// <summary>Gets where the priority is.</summary>
    public LevelMapping? Priority { get; init; }

    /// <summary>Gets the column holding the assignment group.</summary>
    public string? Group { get; init; }

    /// <summary>Gets a column holding the log's own verdict on the SLA (<c>true</c>/<c>false</c>), compared with the replay's verdict on the ticket's last row.</summary>
    public string? MadeSla { get; init; }

    /// <summary>Gets the impact × urgency matrix the priority check uses; ServiceNow's default 3×3 matrix when absent.</summary>
    public PriorityMatrixDefinition? PriorityMatrix { get; init; }

    /// <summary>Gets the resolution SLA to check; no SLA report when absent and no targets are given as options.</summary>
    public SlaMapping? Sla { get; init; }
}
