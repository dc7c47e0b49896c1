using ItilCore.ServiceLevels;
using System;
using System.Collections.Generic;
using System.Linq;

namespace ItilCore.Routing;

/// <summary>
/// What routing decided for a ticket: the rule that matched (or the default route), the assignment group, the priority
/// override, the SLA and the tags.
/// </summary>
/// <remarks>Immutable and thread-safe. A small struct, so that routing a ticket allocates nothing.</remarks>
public readonly struct RoutingDecision : IEquatable<RoutingDecision>
{
    private readonly IReadOnlyList<string>? _tags;

    internal RoutingDecision(int ruleIndex, RoutingRuleId? rule, RoutingActions? actions, IReadOnlyList<string> tags, int matchedRuleCount)
        : this(ruleIndex, rule, actions?.AssignmentGroup, actions?.Priority, actions?.ServiceLevelAgreement, tags, matchedRuleCount)
    {
    }

    internal RoutingDecision(int ruleIndex, RoutingRuleId? rule, AssignmentGroupId? group, Priority? priority, SlaId? sla, IReadOnlyList<string> tags, int matchedRuleCount)
    {
        RuleIndex = ruleIndex;
        Rule = rule;
        AssignmentGroup = group;
        PriorityOverride = priority;
        ServiceLevelAgreement = sla;
        _tags = tags;
        MatchedRuleCount = matchedRuleCount;
    }

    /// <summary>Gets the index of the first matching rule in the rule set, or -1 when no rule matched.</summary>
    public int RuleIndex { get; }

    /// <summary>Gets the first matching rule's id; <see langword="null"/> when no rule matched.</summary>
    public RoutingRuleId? Rule { get; }

    /// <summary>Gets whether no rule matched, so the default route (if any) decided.</summary>
    public bool IsDefaultRoute => RuleIndex < 0;

    /// <summary>Gets how many rules matched and applied (1 under first match; 0 for the default route).</summary>
    public int MatchedRuleCount { get; }

    /// <summary>Gets the assignment group; <see langword="null"/> when neither the rules nor the default route set one.</summary>
    public AssignmentGroupId? AssignmentGroup { get; }

    /// <summary>Gets the priority override a rule recorded, if any: apply it with <see cref="Incidents.Incident.OverridePriority"/>.</summary>
    public Priority? PriorityOverride { get; }

    /// <summary>Gets the selected service level agreement, if any.</summary>
    public SlaId? ServiceLevelAgreement { get; }

    /// <summary>Gets the tags, in the order the rules added them, each once.</summary>
    public IReadOnlyList<string> Tags => _tags ?? [];

    /// <summary>Compares two decisions field by field, tags in order.</summary>
    /// <param name="left">The first decision.</param>
    /// <param name="right">The second decision.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(RoutingDecision left, RoutingDecision right) => left.Equals(right);

    /// <summary>Compares two decisions field by field, tags in order.</summary>
    /// <param name="left">The first decision.</param>
    /// <param name="right">The second decision.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(RoutingDecision left, RoutingDecision right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(RoutingDecision other)
        => RuleIndex == other.RuleIndex && Rule == other.Rule && MatchedRuleCount == other.MatchedRuleCount
            && AssignmentGroup == other.AssignmentGroup && PriorityOverride == other.PriorityOverride
            && ServiceLevelAgreement == other.ServiceLevelAgreement && Tags.SequenceEqual(other.Tags);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RoutingDecision other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RuleIndex, AssignmentGroup, PriorityOverride, ServiceLevelAgreement, Tags.Count);

    /// <summary>Returns the decision on one line.</summary>
    /// <returns>For example <c>rule 'network-vpn' → group network, priority P2, SLA gold, tags [vpn]</c>.</returns>
    public override string ToString()
    {
        var by = IsDefaultRoute ? "default route" : $"rule '{Rule}'" + (MatchedRuleCount > 1 ? $" (+{MatchedRuleCount - 1} more)" : string.Empty);
        return $"{by} → group {AssignmentGroup?.Value ?? "(none)"}"
            + (PriorityOverride is { } p ? $", priority {p}" : string.Empty)
            + (ServiceLevelAgreement is { } s ? $", SLA {s}" : string.Empty)
            + (Tags.Count > 0 ? $", tags [{string.Join(", ", Tags)}]" : string.Empty);
    }
}
