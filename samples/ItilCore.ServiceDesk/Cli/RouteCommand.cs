using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using ItilCore.Routing;
using ItilCore.Serialization;

namespace ItilCore.ServiceDesk.Cli;

/// <summary>`itil route --rules R --ticket T [--agents A]`: where a ticket goes, and why.</summary>
public static class RouteCommand
{
    public static Command Create(CliOutput io)
    {
        var rules = new Option<string>("--rules", "-r") { Description = "The routing rule set (JSON).", Required = true };
        var ticket = new Option<string>("--ticket", "-t") { Description = "The ticket (JSON): shortDescription, channel, impact, urgency, priority, receivedAt, service, category, location …", Required = true };
        var agents = new Option<string?>("--agents") { Description = "Agents per assignment group (JSON object: group id → { strategy, agents }); picks an agent of the chosen group by round-robin, which in one run is the first listed. Shifts, skills and least-loaded need the library's AgentSelector." };
        var command = new Command("route", "Route a ticket with a rule set: the chosen group and agent, and the explanation.") { rules, ticket, agents };
        command.SetAction(parsed =>
        {
            var ruleSet = RoutingRuleSet.Load(Existing(parsed.GetValue(rules)!, "rule set"));
            var document = ItilJson.ReadFile<RouteTicketDocument>(Existing(parsed.GetValue(ticket)!, "ticket"));
            var routed = document.ToTicket();
            var explanation = ruleSet.Explain(routed);
            var decision = explanation.Decision;

            // Every input is read and checked before anything is written: stdout carries only a whole result.
            var groups = parsed.GetValue(agents) is { } agentsPath
                ? ItilJson.ReadFile<Dictionary<string, AgentGroupDocument>>(Existing(agentsPath, "agents file"))
                : null;
            var agentLine = groups is not null && decision.AssignmentGroup is { } group ? AgentLine(groups, group, routed) : null;
            io.Out.WriteLine($"group: {(decision.AssignmentGroup is { } g ? g.Value : "(none)")}");
            if (agentLine is not null)
            {
                io.Out.WriteLine(agentLine);
            }

            io.Out.WriteLine($"rule:  {(decision.IsDefaultRoute ? "(default route)" : decision.Rule?.Value)}");
            if (decision.PriorityOverride is { } p)
            {
                io.Out.WriteLine($"priority override: {p}");
            }

            if (decision.ServiceLevelAgreement is { } sla)
            {
                io.Out.WriteLine($"sla:   {sla.Value}");
            }

            if (decision.Tags.Count > 0)
            {
                io.Out.WriteLine($"tags:  {string.Join(", ", decision.Tags)}");
            }

            io.Out.WriteLine();
            io.Out.Write(explanation.ToString());
            return ItilCommandLine.Success;
        });
        return command;
    }

    private static string AgentLine(Dictionary<string, AgentGroupDocument> groups, AssignmentGroupId group, RoutingTicket routed)
    {
        if (!groups.TryGetValue(group.Value, out var members))
        {
            return $"agent: (no agents listed for {group.Value})";
        }

        // One run knows no agent's open work, no shift calendar and no earlier turn.
        if (members.Strategy != AgentSelectionStrategy.RoundRobin)
        {
            throw new CliException($"route picks agents by round-robin only; '{group.Value}' asks for {ItilJson.Serialize(members.Strategy).Trim('"')}, which needs each agent's open work (the library's AgentSelector with an IAgentWorkload)");
        }

        if (members.Agents.FirstOrDefault(a => a.Shift is not null) is { } onShift)
        {
            throw new CliException($"route has no shift calendars; agent {onShift.Id} works shift '{onShift.Shift}' (the library's AgentSelector takes them)");
        }

        var agent = new AgentSelector(group, members.Agents, members.Strategy).Select(routed.ReceivedAt);
        return $"agent: {(agent is { } a ? a.Value : "(none available)")} (round-robin)";
    }

    public static string Existing(string path, string what)
        => File.Exists(path) ? path : throw new CliException($"the {what} '{path}' does not exist");
}
