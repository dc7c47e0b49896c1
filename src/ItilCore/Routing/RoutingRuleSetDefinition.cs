using System.Collections.Generic;

namespace ItilCore.Routing;

/// <summary>
/// The document form of a <see cref="RoutingRuleSet"/>: ordered rules, a policy and a default route. This is what a
/// team writes in JSON; <see cref="RoutingRuleSet.Create"/> validates it and reports every problem at once.
/// </summary>
/// <param name="Rules">The rules, in the order they are tried.</param>
/// <remarks>Immutable once built; the lists are not copied here (the compiled rule set copies them). Thread-safe.</remarks>
public sealed record RoutingRuleSetDefinition(IReadOnlyList<RoutingRule> Rules)
{
    /// <summary>Gets how matching rules combine; first match by default.</summary>
    public RoutingPolicy Policy { get; init; } = RoutingPolicy.FirstMatch;

    /// <summary>Gets what happens when no rule matches (under <see cref="RoutingPolicy.ApplyAllUntilStop"/>, also the base the matching rules write over); nothing when absent.</summary>
    public RoutingActions? DefaultRoute { get; init; }
}
