using System;
using System.Collections.Generic;
using System.Linq;
using ItilCore.Incidents;
using ItilCore.Routing;
using NodaTime;

namespace ItilCore.Benchmarks;

/// <summary>
/// The routing workload every peer runs: N rules, each on a distinct category + subcategory pair, a third with a channel
/// condition, a fifth with a priority condition, and 30 % with an any-of keyword condition on the short description
/// (half of them whole-word). Tickets aim at a random rule (so the first match falls anywhere in the order), carry its
/// keyword 70 % of the time, and 10 % aim at no rule (default route).
/// </summary>
public static class RoutingWorkload
{
    public const int Tickets = 4_096;

    private static readonly string[] Filler = ["printer", "offline", "cannot", "login", "since", "morning", "error", "screen", "network", "slow", "user", "reports"];

    public static RoutingRuleSetDefinition Rules(int count)
    {
        var rules = new RoutingRule[count];
        for (var i = 0; i < count; i++)
        {
            var conditions = new List<RoutingCondition>
            {
                RoutingCondition.Is(RoutingField.Category, Category(i)),
                RoutingCondition.Is(RoutingField.Subcategory, Subcategory(i)),
            };
            if (i % 3 == 0)
            {
                conditions.Add(RoutingCondition.ChannelIn(ContactChannel.Phone, ContactChannel.Email, ContactChannel.Portal));
            }

            if (i % 5 == 0)
            {
                conditions.Add(RoutingCondition.PriorityIn(new Priority(1), new Priority(2), new Priority(3)));
            }

            rules[i] = new RoutingRule(new RoutingRuleId($"rule-{i}"), new RoutingActions { AssignmentGroup = new AssignmentGroupId($"group-{i % 37}") })
            {
                Conditions = conditions,
                Keywords = HasKeywords(i) ? [new KeywordCondition([$"kw{i}a", $"kw{i}b"], KeywordMatch.AnyOf, WholeWord: i % 2 == 0)] : [],
            };
        }

        return new RoutingRuleSetDefinition(rules) { DefaultRoute = new RoutingActions { AssignmentGroup = new AssignmentGroupId("service-desk") } };
    }

    public static RoutingTicket[] TicketsFor(int ruleCount, int seed = 2026)
    {
        var random = new Random(seed);
        var tickets = new RoutingTicket[Tickets];
        var channels = new[] { ContactChannel.Phone, ContactChannel.Email, ContactChannel.Portal, ContactChannel.Chat, ContactChannel.Monitoring };
        for (var t = 0; t < tickets.Length; t++)
        {
            var target = random.Next(ruleCount);
            var miss = random.Next(10) == 0;
            var words = Enumerable.Range(0, 6).Select(_ => Filler[random.Next(Filler.Length)]).ToList();
            if (HasKeywords(target) && random.Next(10) < 7)
            {
                words.Insert(random.Next(words.Count), $"kw{target}{(random.Next(2) == 0 ? 'a' : 'b')}");
            }

            words.Insert(random.Next(words.Count), $"kw{random.Next(ruleCount)}c");
            tickets[t] = new RoutingTicket(string.Join(' ', words), channels[random.Next(channels.Length)], new Impact(2), new Urgency(2), new Priority(1 + random.Next(4)), Instant.FromUtc(2026, 3, 2, 9, 0))
            {
                Category = miss ? "unknown" : Category(target),
                Subcategory = Subcategory(target),
                Location = "paris",
            };
        }

        return tickets;
    }

    private static bool HasKeywords(int rule) => rule % 10 < 3;

    private static string Category(int rule) => $"cat-{rule % 40}";

    private static string Subcategory(int rule) => $"sub-{rule / 40}";
}
