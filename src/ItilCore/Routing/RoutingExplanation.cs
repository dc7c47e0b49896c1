using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ItilCore.Routing;

/// <summary>
/// Why a ticket was routed as it was: the decision, and every rule tried on the way to it (under first match, the rules
/// before the matching one and the matching one; under apply-all, every rule up to the one that stopped), each with
/// every condition and whether it held.
/// </summary>
/// <param name="Decision">The decision, equal to what <see cref="RoutingRuleSet.Route"/> returns.</param>
/// <param name="Rules">The rules tried, in order.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RoutingExplanation(RoutingDecision Decision, IReadOnlyList<RuleEvaluation> Rules)
{
    /// <summary>Gets the rules that matched.</summary>
    public IEnumerable<RuleEvaluation> MatchedRules => Rules.Where(r => r.Matched);

    /// <summary>Returns the explanation as lines a person can read: the decision, then each rule tried and why it matched or not.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("Decision: ").Append(Decision.ToString()).AppendLine();
        foreach (var rule in Rules)
        {
            text.Append("  rule ").Append(rule.Index).Append(" '").Append(rule.Rule.Value).Append("': ").AppendLine(rule.Matched ? "matched" : "did not match");
            foreach (var condition in rule.Conditions)
            {
                if (rule.Matched || !condition.Held)
                {
                    text.Append("    ").AppendLine(condition.ToString());
                }
            }
        }

        return text.ToString();
    }
}
