using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ItilCore.Catalog;
using ItilCore.Configuration;
using ItilCore.Incidents;
using ItilCore.Routing;
using NodaTime;

namespace ItilCore.ServiceDesk;

/// <summary>
/// Routing for the simulated desk: a default rule set decides each new incident's assignment group at logging time,
/// and a round-robin agent selector per group picks the agent.
/// </summary>
internal sealed class RoutingDesk
{
    public static readonly AssignmentGroupId ServiceDesk = new("service-desk");
    public static readonly AssignmentGroupId Network = new("network");
    public static readonly AssignmentGroupId Messaging = new("messaging");
    public static readonly AssignmentGroupId Applications = new("applications");
    public static readonly AssignmentGroupId Operations = new("operations");

    private readonly ServiceModel _model;
    private readonly Dictionary<AssignmentGroupId, AgentSelector> _selectors;
    private readonly List<(Incident Incident, RoutingTicket Ticket, RoutingDecision Decision)> _routed = [];

    public RoutingDesk(ServiceModel model)
    {
        _model = model;
        var definition = new RoutingRuleSetDefinition(
        [
            new RoutingRule(new RoutingRuleId("network-keywords"), new RoutingActions { AssignmentGroup = Network })
            {
                Keywords = [new KeywordCondition(["vpn", "wi-fi", "network", "shared drive"])],
            },
            new RoutingRule(new RoutingRuleId("email-service"), new RoutingActions { AssignmentGroup = Messaging })
            {
                Conditions = [RoutingCondition.ServiceIn(new ServiceId("email"))],
            },
            new RoutingRule(new RoutingRuleId("payroll"), new RoutingActions { AssignmentGroup = Applications })
            {
                Conditions = [RoutingCondition.ServiceIn(new ServiceId("payroll"))],
            },
            new RoutingRule(new RoutingRuleId("monitoring-alerts"), new RoutingActions { AssignmentGroup = Operations })
            {
                Conditions = [RoutingCondition.ChannelIn(ContactChannel.Monitoring)],
            },
        ])
        {
            DefaultRoute = new RoutingActions { AssignmentGroup = ServiceDesk },
        };
        Groups = [ServiceDesk, Network, Messaging, Applications, Operations];
        Rules = RoutingRuleSet.Create(definition, new RoutingReferences { Catalog = model.Catalog, Configuration = model.Configuration, AssignmentGroups = Groups });
        _selectors = new()
        {
            [ServiceDesk] = Selector(ServiceDesk, "agent.ana", "agent.ben", "agent.chen", "agent.dev"),
            [Network] = Selector(Network, "agent.nia", "agent.omar"),
            [Messaging] = Selector(Messaging, "agent.pia", "agent.quinn"),
            [Applications] = Selector(Applications, "agent.ravi", "agent.sue"),
            [Operations] = Selector(Operations, "agent.tom", "agent.uma"),
        };
    }

    public IReadOnlyList<AssignmentGroupId> Groups { get; }

    public RoutingRuleSet Rules { get; }

    private static AgentSelector Selector(AssignmentGroupId group, params string[] agents)
        => new(group, agents.Select(a => new SupportAgent(new ActorId(a))), AgentSelectionStrategy.RoundRobin);

    /// <summary>Routes a newly logged incident: its group by the rule set, its agent by the group's selector.</summary>
    public (AssignmentGroupId Group, ActorId Agent) Route(Incident incident, Instant at)
    {
        var ticket = RoutingTicket.FromIncident(incident, _model.Configuration);
        var decision = Rules.Route(ticket);
        _routed.Add((incident, ticket, decision));
        var group = decision.AssignmentGroup ?? ServiceDesk;
        return (group, _selectors[group].Select(at) ?? throw new InvalidOperationException($"Nobody in {group} is available."));
    }

    public string ToText()
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        var byGroup = _routed.GroupBy(r => r.Decision.AssignmentGroup ?? ServiceDesk).ToDictionary(g => g.Key, g => g.Count());
        var counts = string.Join(", ", Groups.Select(g => string.Create(inv, $"{g} {byGroup.GetValueOrDefault(g)}")));
        text.AppendLine(inv, $"Routing at logging ({Rules.RuleCount} rules, first match, {Rules.KeywordCount} keywords; agents round-robin per group): {counts}");

        // One ticket per kind of match: a keyword rule, a field rule, the default route.
        var examples = new[]
        {
            _routed.FirstOrDefault(r => !r.Decision.IsDefaultRoute && Rules.Definition.Rules[r.Decision.RuleIndex].Keywords.Count > 0),
            _routed.FirstOrDefault(r => !r.Decision.IsDefaultRoute && Rules.Definition.Rules[r.Decision.RuleIndex].Keywords.Count == 0),
            _routed.FirstOrDefault(r => r.Decision.IsDefaultRoute),
        };
        foreach (var (incident, ticket, _) in examples.Where(e => e.Incident is not null))
        {
            var explanation = Rules.Explain(ticket);
            text.AppendLine(inv, $"  {incident.Id} \"{ticket.ShortDescription}\" ({ticket.Service?.Value ?? "no service"}, {ticket.Channel}): {explanation.Decision}");
            var shown = explanation.Decision.IsDefaultRoute ? explanation.Rules : explanation.Rules.Where(r => r.Index <= explanation.Decision.RuleIndex);
            foreach (var rule in shown)
            {
                var conditions = rule.Matched ? rule.Conditions : rule.Conditions.Where(c => !c.Held);
                text.AppendLine(inv, $"      {rule.Rule}: {string.Join("; ", conditions.Select(c => c.ToString()))}");
            }
        }

        return text.ToString();
    }
}
