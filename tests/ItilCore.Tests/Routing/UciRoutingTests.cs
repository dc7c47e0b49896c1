using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using ItilCore.Incidents;
using ItilCore.Routing;
using ItilCore.Tests.Support;
using NodaTime;
using Xunit;
using Xunit.Abstractions;

namespace ItilCore.Tests.Routing;

/// <summary>
/// The UCI incident log (24,918 ServiceNow incidents) as a realistic routing workload: rules learned from the log
/// (category + subcategory + symptom → the first assignment group seen for that combination), every incident routed.
/// </summary>
public class UciRoutingTests(ITestOutputHelper output)
{
    private const int Incidents = 24_918;

    [Fact]
    public void Route_AllUciIncidents_AgreesWithNaiveScanAndReportsAgreementWithTheLog()
    {
        var incidents = ReadIncidents();
        Assert.Equal(Incidents, incidents.Count);

        // One rule per combination, the most specific combinations first so that no rule hides another.
        var combos = new Dictionary<(string? Category, string? Subcategory, string? Symptom), string?>();
        foreach (var incident in incidents)
        {
            var key = (incident.Category, incident.Subcategory, incident.Symptom);
            if (!combos.TryGetValue(key, out var group) || group is null)
            {
                combos[key] = incident.FirstGroup;
            }
        }

        var rules = combos
            .Where(c => c.Value is not null && (c.Key.Category ?? c.Key.Subcategory ?? c.Key.Symptom) is not null)
            .Select((c, order) => (c.Key, Group: c.Value!, order, Specificity: (c.Key.Category is null ? 0 : 1) + (c.Key.Subcategory is null ? 0 : 1) + (c.Key.Symptom is null ? 0 : 1)))
            .OrderByDescending(c => c.Specificity).ThenBy(c => c.order)
            .Select((c, i) => new RoutingRule(new RoutingRuleId($"uci-{i}"), new RoutingActions { AssignmentGroup = Group(c.Group) })
            {
                Conditions = new[]
                {
                    c.Key.Category is null ? null : RoutingCondition.Is(RoutingField.Category, c.Key.Category),
                    c.Key.Subcategory is null ? null : RoutingCondition.Is(RoutingField.Subcategory, c.Key.Subcategory),
                }.OfType<RoutingCondition>().ToArray(),
                Keywords = c.Key.Symptom is null ? [] : [new KeywordCondition([c.Key.Symptom], KeywordMatch.AnyOf, WholeWord: true)],
            })
            .ToArray();
        var mostCommon = incidents.Where(i => i.FirstGroup is not null).GroupBy(i => i.FirstGroup).OrderByDescending(g => g.Count()).First().Key!;
        var definition = new RoutingRuleSetDefinition(rules) { DefaultRoute = new RoutingActions { AssignmentGroup = Group(mostCommon) } };
        var references = new RoutingReferences
        {
            Categories = incidents.Select(i => i.Category).OfType<string>().Distinct().ToArray(),
            Subcategories = incidents.Select(i => i.Subcategory).OfType<string>().Distinct().ToArray(),
            AssignmentGroups = incidents.SelectMany(i => new[] { i.FirstGroup, i.LastGroup }).OfType<string>().Distinct().Select(Group).ToArray(),
        };
        var router = RoutingRuleSet.Create(definition, references);

        int sameAsFirst = 0, sameAsLast = 0, withGroup = 0, byRule = 0;
        foreach (var incident in incidents)
        {
            var decision = router.Route(incident.Ticket);
            var expected = NaiveRouter.Route(definition, incident.Ticket);
            Assert.True(decision == expected, $"{incident.Number}: router {decision}, naive scan {expected}");
            byRule += decision.IsDefaultRoute ? 0 : 1;
            if (incident.FirstGroup is not null)
            {
                withGroup++;
                sameAsFirst += decision.AssignmentGroup == Group(incident.FirstGroup) ? 1 : 0;
                sameAsLast += decision.AssignmentGroup == Group(incident.LastGroup!) ? 1 : 0;
            }
        }

        var first = (double)sameAsFirst / withGroup;
        var last = (double)sameAsLast / withGroup;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rules.Length} rules ({rules.Count(r => r.Keywords.Count > 0)} with a symptom keyword), {router.KeywordCount} distinct keywords; {incidents.Count} incidents routed, {byRule} by a rule, router == naive scan on all."));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Routed group = first group in the log for {sameAsFirst}/{withGroup} incidents ({first:P1}); = last (resolving) group for {sameAsLast}/{withGroup} ({last:P1})."));
        Assert.True(first > 0.5, $"agreement with the first group is only {first:P1}");
    }

    private static AssignmentGroupId Group(string name) => new(name.Replace(' ', '-'));

    private static List<UciIncident> ReadIncidents()
    {
        var path = Path.Combine(Repository.Root, "..", "shared", "data", "uci-incident-eventlog", "incident_event_log.csv.gz");
        Assert.True(File.Exists(path), $"The UCI incident log is missing: expected it at {Path.GetFullPath(path)} (see shared/data/uci-incident-eventlog/SOURCE.md).");
        var incidents = new List<UciIncident>(Incidents);
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        var header = reader.ReadLine()!.Split(',');
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new InvalidDataException($"column {name} missing");
        int number = Column("number"), contact = Column("contact_type"), location = Column("location"), category = Column("category"),
            subcategory = Column("subcategory"), symptom = Column("u_symptom"), impact = Column("impact"), urgency = Column("urgency"),
            priority = Column("priority"), group = Column("assignment_group");
        UciIncident? current = null;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var f = line.Split(',');
            if (current is null || current.Number != f[number])
            {
                static string? Value(string s) => s == "?" ? null : s;
                static int Level(string s) => s[0] - '0';
                var channel = f[contact] switch
                {
                    "Email" => ContactChannel.Email,
                    "Self service" => ContactChannel.Portal,
                    "Direct opening" => ContactChannel.WalkIn,
                    _ => ContactChannel.Phone,
                };
                var ticket = new RoutingTicket(Value(f[symptom]) ?? string.Empty, channel, new Impact(Level(f[impact])), new Urgency(Level(f[urgency])), new Priority(Level(f[priority])), Instant.FromUtc(2016, 3, 1, 9, 0))
                {
                    Category = Value(f[category]),
                    Subcategory = Value(f[subcategory]),
                    Location = Value(f[location]),
                };
                current = new UciIncident(f[number], Value(f[category]), Value(f[subcategory]), Value(f[symptom]), ticket);
                incidents.Add(current);
            }

            if (f[group] != "?")
            {
                current.FirstGroup ??= f[group];
                current.LastGroup = f[group];
            }
        }

        return incidents;
    }

    private sealed record UciIncident(string Number, string? Category, string? Subcategory, string? Symptom, RoutingTicket Ticket)
    {
        public string? FirstGroup { get; set; }

        public string? LastGroup { get; set; }
    }
}
