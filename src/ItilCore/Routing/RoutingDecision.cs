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
    // Stored without the nullable wrappers (an absent id is the default id, whose text is null; an absent priority is
    // level 0), so the struct is 48 bytes instead of 80: routing copies one per ticket out of a per-rule table.
    private readonly IReadOnlyList<string>? _tags;
    private readonly RoutingRuleId _rule;
    private readonly AssignmentGroupId _group;
    private readonly SlaId _sla;
    private readonly Priority _priority;

    internal RoutingDecision(int ruleIndex, RoutingRuleId? rule, RoutingActions? actions, IReadOnlyList<string> tags, int matchedRuleCount)
        : this(ruleIndex, rule, actions?.AssignmentGroup, actions?.Priority, actions?.ServiceLevelAgreement, tags, matchedRuleCount)
    {
    }

    internal RoutingDecision(int ruleIndex, RoutingRuleId? rule, AssignmentGroupId? group, Priority? priority, SlaId? sla, IReadOnlyList<string> tags, int matchedRuleCount)
    {
        RuleIndex = ruleIndex;
        _rule = rule ?? default;
        _group = group ?? default;
        _priority = priority ?? default;
        _sla = sla ?? default;
        _tags = tags;
        MatchedRuleCount = matchedRuleCount;
    }

    /// <summary>Gets the index of the first matching rule in the rule set, or -1 when no rule matched.</summary>
    public int RuleIndex { get; }

    /// <summary>Gets the first matching rule's id; <see langword="null"/> when no rule matched.</summary>
    public RoutingRuleId? Rule => _rule.Value is null ? null : _rule;

    /// <summary>Gets whether no rule matched, so the default route (if any) decided.</summary>
    public bool IsDefaultRoute => RuleIndex < 0;

    /// <summary>Gets how many rules matched and applied (1 under first match; 0 for the default route).</summary>
    public int MatchedRuleCount { get; }

    /// <summary>Gets the assignment group; <see langword="null"/> when neither the rules nor the default route set one.</summary>
    public AssignmentGroupId? AssignmentGroup => _group.Value is null ? null : _group;

    /// <summary>Gets the priority override a rule recorded, if any: apply it with <see cref="Incidents.Incident.OverridePriority"/>.</summary>
    public Priority? PriorityOverride => _priority.Level == 0 ? null : _priority;

    /// <summary>Gets the selected service level agreement, if any.</summary>
    public SlaId? ServiceLevelAgreement => _sla.Value is null ? null : _sla;

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
