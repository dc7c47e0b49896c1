using System;
using System.Linq;
using ItilCore.Routing;
using RulesEngine.Models;

namespace ItilCore.Benchmarks;

/// <summary>
/// The RulesEngine 6.0.1 peer: one workflow, one rule per routing rule, its expression a string over the ticket
/// (<c>t.Category == "cat-3" AND ... AND (t.ShortDescription.ToLowerInvariant().Contains("kw3a") OR ...)</c>). RulesEngine
/// evaluates every rule of the workflow; the first match is the lowest index among the successful ones.
/// </summary>
public sealed class RulesEngineRouter
{
    private const string WorkflowName = "routing";
    private readonly RulesEngine.RulesEngine _engine;
    private readonly AssignmentGroupId?[] _groups;
    private readonly AssignmentGroupId? _default;

    public RulesEngineRouter(RoutingRuleSetDefinition definition)
    {
        var workflow = new Workflow
        {
            WorkflowName = WorkflowName,
            Rules = definition.Rules.Select((rule, index) => new Rule
            {
                RuleName = index.ToString(System.Globalization.CultureInfo.InvariantCulture),
                RuleExpressionType = RuleExpressionType.LambdaExpression,
                Expression = ExpressionOf(rule),
            }).ToList(),
        };
        _engine = new RulesEngine.RulesEngine([workflow], new ReSettings());
        _groups = definition.Rules.Select(r => r.Actions.AssignmentGroup).ToArray();
        _default = definition.DefaultRoute?.AssignmentGroup;
    }

    public (int Rule, AssignmentGroupId? Group) Route(RoutingTicket ticket)
    {
        var pending = _engine.ExecuteAllRulesAsync(WorkflowName, new RuleParameter("t", ticket));
        var results = pending.IsCompleted ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
        for (var i = 0; i < results.Count; i++)
        {
            if (results[i].IsSuccess)
            {
                return (i, _groups[i]);
            }
        }

        return (-1, _default);
    }

    private static string ExpressionOf(RoutingRule rule)
    {
        var parts = rule.Conditions.Select(c =>
        {
            var any = "(" + string.Join(" OR ", c.Values.Select(v => Test(c.Field, v))) + ")";
            return c.IsNegated ? "!" + any : any;
        }).Concat(rule.Keywords.Select(k =>
            "(" + string.Join(" OR ", k.Keywords.Select(w => $"t.ShortDescription.ToLowerInvariant().Contains(\"{w.ToLowerInvariant()}\")")) + ")"));
        return string.Join(" AND ", parts);
    }

    private static string Test(RoutingField field, string value) => field switch
    {
        RoutingField.Category => $"t.Category == \"{value}\"",
        RoutingField.Subcategory => $"t.Subcategory == \"{value}\"",
        RoutingField.Channel => $"t.Channel == \"{PeerValues.Channel(value)}\"",
        RoutingField.Priority => $"t.Priority.Level == {value}",
        _ => throw new NotSupportedException(field.ToString()),
    };
}
