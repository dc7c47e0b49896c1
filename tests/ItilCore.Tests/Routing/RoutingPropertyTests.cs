using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using ItilCore.Catalog;
using ItilCore.Incidents;
using ItilCore.Routing;
using ItilCore.Tests.Support;
using NodaTime;

namespace ItilCore.Tests.Routing;

public class RoutingPropertyTests
{
    [ItilProperty]
    public Property CompiledRouter_OnRandomRuleSetsAndTickets_ChoosesWhatTheNaiveScanChooses()
        => Prop.ForAll(
            RoutingGenerators.RuleSets(140).ToArbitrary(),
            Gen.ListOf(RoutingGenerators.Tickets(), 25).Select(t => t.ToArray()).ToArbitrary(),
            (definition, tickets) =>
            {
                var rules = RoutingRuleSet.CreateLenient(definition, RoutingGenerators.References);
                foreach (var ticket in tickets)
                {
                    var expected = NaiveRouter.Route(definition, ticket, RoutingGenerators.Calendars);
                    var actual = rules.Route(ticket);
                    var explained = rules.Explain(ticket);
                    if (actual != expected || explained.Decision != expected
                        || (expected.RuleIndex >= 0 && !explained.Rules.Any(r => r.Index == expected.RuleIndex && r.Matched)))
                    {
                        return false.Label($"ticket '{ticket.ShortDescription}' {ticket.Channel} P{ticket.Priority.Level} {ticket.Category}: expected {expected}, routed {actual}, explained {explained.Decision}");
                    }
                }

                return true.ToProperty();
            });

    [ItilProperty]
    public Property UnreachableRules_ReportedAtCompile_NeverFireOnAnyTicketOfTheDomain()
        => Prop.ForAll(RoutingGenerators.RuleSets(7).ToArbitrary(), definition =>
        {
            List<int> flagged;
            try
            {
                RoutingRuleSet.Create(definition, RoutingGenerators.References);
                return true.ToProperty();
            }
            catch (InvalidDefinitionException e)
            {
                flagged = e.Problems.Select(p => int.Parse(p.Path["$.rules[".Length..p.Path.IndexOf(']')], System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();
            }

            foreach (var ticket in Domain())
            {
                var matches = definition.Rules.Select(r => NaiveRouter.Matches(r, ticket, RoutingGenerators.Calendars)).ToArray();
                foreach (var j in flagged)
                {
                    var earlierDecides = Enumerable.Range(0, j).Any(i => matches[i] && (definition.Policy == RoutingPolicy.FirstMatch || definition.Rules[i].Stop));
                    if (matches[j] && !earlierDecides)
                    {
                        return false.Label($"rule {j} was flagged, yet fires on '{ticket.ShortDescription}' {ticket.Channel} P{ticket.Priority.Level} {ticket.Category} {ticket.Service} {ticket.Location} {ticket.ReceivedAt}");
                    }
                }
            }

            return true.ToProperty();
        });

    // Every combination of the values the generators use, plus one value no rule names for each open field.
    private static IEnumerable<RoutingTicket> Domain()
    {
        foreach (var description in RoutingGenerators.Descriptions)
        {
            foreach (var channel in new[] { ContactChannel.Phone, ContactChannel.Email, ContactChannel.Portal, ContactChannel.Monitoring, ContactChannel.Chat })
            {
                for (var priority = 1; priority <= 5; priority++)
                {
                    foreach (var category in new string?[] { null, "network", "email", "hardware" })
                    {
                        foreach (var service in new string?[] { null, "mail", "vpn" })
                        {
                            foreach (var location in new string?[] { null, "paris", "oslo" })
                            {
                                for (var hour = 8; hour <= 9; hour++)
                                {
                                    yield return new RoutingTicket(description, channel, new Impact(2), new Urgency(2), new Priority(priority), Instant.FromUtc(2026, 3, 2, hour, 0))
                                    {
                                        Category = category,
                                        Service = service is null ? null : new ServiceId(service),
                                        Location = location,
                                    };
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
