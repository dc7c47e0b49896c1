using System.Collections.Generic;

namespace ItilCore.Routing;

/// <summary>
/// One routing rule: when every condition holds (field conditions, keyword conditions and the time condition), its
/// actions apply. A rule with no conditions matches every ticket.
/// </summary>
/// <param name="Id">The rule's id, unique in its rule set.</param>
/// <param name="Actions">What the rule does.</param>
/// <remarks>Immutable once built; the lists are not copied here (the compiled rule set copies them). Thread-safe.</remarks>
public sealed record RoutingRule(RoutingRuleId Id, RoutingActions Actions)
{
    /// <summary>Gets the conditions on ticket fields; all must hold.</summary>
    public IReadOnlyList<RoutingCondition> Conditions { get; init; } = [];

    /// <summary>Gets the conditions on the short description; all must hold.</summary>
    public IReadOnlyList<KeywordCondition> Keywords { get; init; } = [];

    /// <summary>Gets the time condition, if any.</summary>
    public BusinessHoursCondition? BusinessHours { get; init; }

    /// <summary>Gets whether, under <see cref="RoutingPolicy.ApplyAllUntilStop"/>, no later rule is tried once this one matched (GLPI's "skip remaining rules").</summary>
    public bool Stop { get; init; }
}
