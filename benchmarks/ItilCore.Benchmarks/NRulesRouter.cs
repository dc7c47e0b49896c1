using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using ItilCore.Incidents;
using ItilCore.Routing;
using NRules;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace ItilCore.Benchmarks;

/// <summary>
/// The NRules 1.0.4 peer: each routing rule is an NRules rule (built at run time with the RuleModel builder) over one
/// <see cref="RoutingTicket"/> fact, one condition per field test (so the Rete network can share them) and one per
/// keyword condition. First match: priority falls with the rule's index, and the action records the index and halts.
/// One session is reused: insert the ticket, fire, retract.
/// </summary>
public sealed class NRulesRouter
{
    private readonly ISession _session;
    private readonly Outcome _outcome = new();
    private readonly AssignmentGroupId?[] _groups;
    private readonly AssignmentGroupId? _default;

    public NRulesRouter(RoutingRuleSetDefinition definition)
    {
        var set = new RuleSet("routing");
        set.Add(definition.Rules.Select((rule, index) => Build(rule, index, definition.Rules.Count, _outcome)));
        _session = new RuleCompiler().Compile([set]).CreateSession();
        _groups = definition.Rules.Select(r => r.Actions.AssignmentGroup).ToArray();
        _default = definition.DefaultRoute?.AssignmentGroup;
    }

    public (int Rule, AssignmentGroupId? Group) Route(RoutingTicket ticket)
    {
        _outcome.Rule = -1;
        _session.Insert(ticket);
        _session.Fire();
        _session.Retract(ticket);
        var rule = _outcome.Rule;
        return (rule, rule < 0 ? _default : _groups[rule]);
    }

    private static IRuleDefinition Build(RoutingRule rule, int index, int count, Outcome outcome)
    {
        var builder = new RuleBuilder();
        builder.Name(rule.Id.Value);
        builder.Priority(count - index);
        var pattern = builder.LeftHandSide().Pattern(typeof(RoutingTicket), "ticket");
        var ticket = pattern.Declaration.ToParameterExpression();
        foreach (var condition in rule.Conditions)
        {
            var test = condition.Values.Select(v => (Expression)Test(ticket, condition.Field, v)).Aggregate(Expression.OrElse);
            pattern.Condition(Expression.Lambda(condition.IsNegated ? Expression.Not(test) : test, ticket));
        }

        var contains = typeof(DelegateRouter).GetMethod(nameof(DelegateRouter.Contains))!;
        var description = Expression.Property(ticket, nameof(RoutingTicket.ShortDescription));
        foreach (var keywords in rule.Keywords)
        {
            if (keywords.Match != KeywordMatch.AnyOf)
            {
                throw new NotSupportedException(keywords.Match.ToString());
            }

            var any = keywords.Keywords
                .Select(k => (Expression)Expression.Call(contains, description, Expression.Constant(k), Expression.Constant(keywords.WholeWord)))
                .Aggregate(Expression.OrElse);
            pattern.Condition(Expression.Lambda(any, ticket));
        }

        Expression<Action<IContext, RoutingTicket>> action = (context, t) => Fired(context, outcome, index);
        builder.RightHandSide().Action(Expression.Lambda(action.Body, action.Parameters[0], ticket));
        return builder.Build();
    }

    private static void Fired(IContext context, Outcome outcome, int index)
    {
        outcome.Rule = index;
        context.Halt();
    }

    private static BinaryExpression Test(ParameterExpression ticket, RoutingField field, string value) => field switch
    {
        RoutingField.Category => Expression.Equal(Expression.Property(ticket, nameof(RoutingTicket.Category)), Expression.Constant(value, typeof(string))),
        RoutingField.Subcategory => Expression.Equal(Expression.Property(ticket, nameof(RoutingTicket.Subcategory)), Expression.Constant(value, typeof(string))),
        RoutingField.Channel => Expression.Equal(Expression.Property(ticket, nameof(RoutingTicket.Channel)), Expression.Constant(PeerValues.Channel(value))),
        RoutingField.Priority => Expression.Equal(Expression.Property(Expression.Property(ticket, nameof(RoutingTicket.Priority)), nameof(Priority.Level)), Expression.Constant(int.Parse(value, System.Globalization.CultureInfo.InvariantCulture))),
        _ => throw new NotSupportedException(field.ToString()),
    };

    private sealed class Outcome
    {
        public int Rule { get; set; } = -1;
    }
}

/// <summary>Condition values in the form the peers compare.</summary>
public static class PeerValues
{
    private static readonly Dictionary<string, ContactChannel> Channels = new(StringComparer.Ordinal)
    {
        ["phone"] = ContactChannel.Phone,
        ["email"] = ContactChannel.Email,
        ["portal"] = ContactChannel.Portal,
        ["chat"] = ContactChannel.Chat,
        ["walk-in"] = ContactChannel.WalkIn,
        ["monitoring"] = ContactChannel.Monitoring,
    };

    public static ContactChannel Channel(string text) => Channels[text];
}
