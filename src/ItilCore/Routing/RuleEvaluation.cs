using System.Collections.Generic;

namespace ItilCore.Routing;

/// <summary>How one rule fared against a ticket, in a <see cref="RoutingExplanation"/>: each condition and whether the rule matched.</summary>
/// <param name="Index">The rule's position in the rule set.</param>
/// <param name="Rule">The rule's id.</param>
/// <param name="Matched">Whether every condition held.</param>
/// <param name="Conditions">Every condition of the rule, in document order (field conditions, keywords, time).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RuleEvaluation(int Index, RoutingRuleId Rule, bool Matched, IReadOnlyList<ConditionEvaluation> Conditions);
