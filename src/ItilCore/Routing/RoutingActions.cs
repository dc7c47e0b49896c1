using System.Collections.Generic;

namespace ItilCore.Routing;

/// <summary>What a matching rule (or the default route) does: assign a group, override the priority, select an SLA, add tags.</summary>
/// <remarks>Immutable once built; the list is not copied here (the compiled rule set copies it). Thread-safe.</remarks>
public sealed record RoutingActions
{
    /// <summary>Gets the assignment group the ticket goes to, if the rule sets one.</summary>
    public AssignmentGroupId? AssignmentGroup { get; init; }

    /// <summary>Gets the priority that overrides the calculated one, if any; the decision records it as an override.</summary>
    public Priority? Priority { get; init; }

    /// <summary>Gets the service level agreement the ticket is measured against, if the rule selects one.</summary>
    public SlaId? ServiceLevelAgreement { get; init; }

    /// <summary>Gets the tags added to the ticket.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
}
