using ItilCore.ServiceLevels;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using ItilCore.Catalog;
using ItilCore.Incidents;
using ItilCore.Routing;
using NodaTime;

namespace ItilCore.Tests.Routing;

/// <summary>Random rule sets and tickets over small domains, so that rules and tickets often meet.</summary>
internal static class RoutingGenerators
{
    public static readonly string[] Categories = ["network", "email", "hardware"];
    public static readonly string[] Words = ["disk", "mail", "vpn", "disk full", "écran", "ÜBER", "a", "οδος", "µs"];
    public static readonly string[] Descriptions = ["", "Disk full on server", "mail down", "VPN and mail", "disks", "l'écran est noir", "über alles", "my DISK", "vpnmail", "a disk full of mail", "ΟΔΟΣ ΚΛΕΙΣΤΗ", "η οδοσιν", "latency 5 μs"];
    public static readonly CalendarId Even = new("even-hours");
    public static readonly CalendarId Odd = new("odd-hours");

    public static IReadOnlyDictionary<CalendarId, IBusinessHours> Calendars { get; } = new Dictionary<CalendarId, IBusinessHours>
    {
        [Even] = new HourParity(0),
        [Odd] = new HourParity(1),
    };

    public static RoutingReferences References { get; } = new() { BusinessHours = Calendars };

    public static Gen<RoutingCondition> Conditions()
        => from field in Gen.Elements(RoutingField.Category, RoutingField.Channel, RoutingField.Priority, RoutingField.Service, RoutingField.Location)
           from op in Gen.Elements(RoutingConditionOperator.Is, RoutingConditionOperator.IsNot, RoutingConditionOperator.In, RoutingConditionOperator.NotIn)
           from count in op is RoutingConditionOperator.Is or RoutingConditionOperator.IsNot ? Gen.Constant(1) : Gen.Choose(1, 3)
           from values in Gen.ArrayOf(Values(field), count)
           select new RoutingCondition(field, op, values.Distinct().ToArray());

    public static Gen<string> Values(RoutingField field) => field switch
    {
        RoutingField.Category => Gen.Elements(Categories),
        RoutingField.Channel => Gen.Elements("phone", "email", "portal", "monitoring"),
        RoutingField.Priority => Gen.Elements("1", "2", "3", "4"),
        RoutingField.Service => Gen.Elements("mail", "vpn"),
        _ => Gen.Elements("paris", "oslo"),
    };

    public static Gen<KeywordCondition> KeywordConditions()
        => from count in Gen.Choose(1, 3)
           from words in Gen.ArrayOf(Gen.Elements(Words), count)
           from match in Gen.Elements(KeywordMatch.AnyOf, KeywordMatch.AllOf, KeywordMatch.NoneOf)
           from wholeWord in Gen.Elements(true, false)
           select new KeywordCondition(words.Distinct().ToArray(), match, wholeWord);

    public static Gen<RoutingRule> Rules(int index)
        => from conditionCount in Gen.Choose(0, 3)
           from conditions in Gen.ArrayOf(Conditions(), conditionCount)
           from keywordCount in Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Constant(1)), (1, Gen.Constant(2)))
           from keywords in Gen.ArrayOf(KeywordConditions(), keywordCount)
           from time in Gen.Frequency((4, Gen.Constant<BusinessHoursCondition?>(null)), (1, Gen.Elements(Even, Odd).Select(c => (BusinessHoursCondition?)new BusinessHoursCondition(c, true))), (1, Gen.Constant<BusinessHoursCondition?>(new BusinessHoursCondition(Even, false))))
           from team in Gen.Elements("g1", "g2", "g3")
           from hasGroup in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
           from priority in Gen.Elements<int?>(null, null, 1, 2)
           from tags in Gen.SubListOf(new[] { "t1", "t2", "t3" })
           from stop in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
           select new RoutingRule(new RoutingRuleId($"rule-{index}"), new RoutingActions
           {
               AssignmentGroup = hasGroup ? new AssignmentGroupId(team) : null,
               Priority = priority is { } p ? new Priority(p) : null,
               ServiceLevelAgreement = priority == 1 ? new SlaId("gold") : null,
               Tags = tags.ToArray(),
           })
           {
               Conditions = conditions,
               Keywords = keywords,
               BusinessHours = time,
               Stop = stop,
           };

    public static Gen<RoutingRuleSetDefinition> RuleSets(int maxRules)
        => from count in Gen.Choose(0, maxRules)
           from rules in Gen.CollectToArray(Enumerable.Range(0, count), Rules)
           from policy in Gen.Elements(RoutingPolicy.FirstMatch, RoutingPolicy.ApplyAllUntilStop)
           from hasDefault in Gen.Elements(true, false)
           select new RoutingRuleSetDefinition(rules.ToArray())
           {
               Policy = policy,
               DefaultRoute = hasDefault ? new RoutingActions { AssignmentGroup = new AssignmentGroupId("service-desk"), Tags = ["default"] } : null,
           };

    public static Gen<RoutingTicket> Tickets()
        => from description in Gen.Elements(Descriptions)
           from channel in Gen.Elements(ContactChannel.Phone, ContactChannel.Email, ContactChannel.Portal, ContactChannel.Monitoring, ContactChannel.Chat)
           from priority in Gen.Choose(1, 5)
           from category in Gen.Elements<string?>(null, "network", "email", "hardware", "other")
           from service in Gen.Elements<string?>(null, "mail", "vpn", "erp")
           from location in Gen.Elements<string?>(null, "paris", "oslo", "rome")
           from hour in Gen.Choose(0, 23)
           select new RoutingTicket(description, channel, new Impact(2), new Urgency(2), new Priority(priority), Instant.FromUtc(2026, 3, 2, hour, 30))
           {
               Category = category,
               Service = service is null ? null : new ServiceId(service),
               Location = location,
           };

    /// <summary>Open in hours of one parity: a calendar that is trivially thread-safe and easy to reason about.</summary>
    private sealed class HourParity(int parity) : IBusinessHours
    {
        public bool IsOpenAt(Instant instant) => instant.InUtc().Hour % 2 == parity;
    }
}
