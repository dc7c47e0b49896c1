using ItilCore.ServiceLevels;
using System;
using System.Collections.Generic;
using System.Linq;
using ItilCore.Catalog;
using ItilCore.Incidents;
using ItilCore.Routing;
using ItilCore.Serialization;
using ItilCore.Tests.Support;
using NodaTime;
using Xunit;

namespace ItilCore.Tests.Routing;

public class RoutingRuleSetTests
{
    private static readonly AssignmentGroupId Network = new("network");
    private static readonly AssignmentGroupId Storage = new("storage");
    private static readonly AssignmentGroupId ServiceDesk = new("service-desk");
    private static readonly Instant Monday9 = Instant.FromUtc(2026, 3, 2, 9, 0);

    private static RoutingTicket Ticket(string description, ContactChannel channel = ContactChannel.Phone, int priority = 3, string? category = null, int hour = 9)
        => new(description, channel, new Impact(2), new Urgency(2), new Priority(priority), Instant.FromUtc(2026, 3, 2, hour, 0)) { Category = category };

    private static RoutingRule Rule(string id, AssignmentGroupId group, params RoutingCondition[] conditions)
        => new(new RoutingRuleId(id), new RoutingActions { AssignmentGroup = group }) { Conditions = conditions };

    private static RoutingRuleSetDefinition Sample() => new([
        Rule("vpn", Network, RoutingCondition.ChannelIn(ContactChannel.Phone, ContactChannel.Email)) with
        {
            Keywords = [new KeywordCondition(["VPN", "wifi"], KeywordMatch.AnyOf, WholeWord: true)],
        },
        Rule("disk", Storage) with
        {
            Keywords = [new KeywordCondition(["disk", "full"], KeywordMatch.AllOf)],
            Actions = new RoutingActions { AssignmentGroup = Storage, Priority = new Priority(2), ServiceLevelAgreement = new SlaId("gold"), Tags = ["storage", "capacity"] },
        },
        Rule("network-category", Network, RoutingCondition.Is(RoutingField.Category, "network")),
    ])
    { DefaultRoute = new RoutingActions { AssignmentGroup = ServiceDesk } };

    [Fact]
    public void Create_TimeConditionWithBusinessHoursSetToNull_IsReportedAsUnknownCalendar()
    {
        // BusinessHours is not nullable, but a composition root can still hand over null: the time condition names what
        // is missing instead of a NullReferenceException from the compiler.
        var definition = new RoutingRuleSetDefinition(
        [
            new RoutingRule(new RoutingRuleId("after-hours"), new RoutingActions { AssignmentGroup = Network })
            {
                BusinessHours = new BusinessHoursCondition(new CalendarId("london-desk"), Inside: false),
            },
        ]);

        var e = Assert.Throws<InvalidDefinitionException>(() => RoutingRuleSet.Create(definition, new RoutingReferences { BusinessHours = null! }));

        var problem = Assert.Single(e.Problems);
        Assert.Equal(("$.rules[0].businessHours.calendar", "unknown business hours id 'london-desk'; pass it in the routing references"), (problem.Path, problem.Message));
    }

    [Fact]
    public void Route_FirstMatchingRule_Decides()
    {
        var rules = RoutingRuleSet.Create(Sample());

        var vpn = rules.Route(Ticket("My vpn is down"));
        var disk = rules.Route(Ticket("DISK is FULL", category: "network"));

        Assert.Equal((0, Network), (vpn.RuleIndex, vpn.AssignmentGroup!.Value));
        Assert.Equal(new RoutingRuleId("disk"), disk.Rule);
        Assert.Equal(new Priority(2), disk.PriorityOverride);
        Assert.Equal(new SlaId("gold"), disk.ServiceLevelAgreement);
        Assert.Equal(["storage", "capacity"], disk.Tags);
    }

    [Fact]
    public void Route_NoRuleMatches_TakesTheDefaultRoute()
    {
        var decision = RoutingRuleSet.Create(Sample()).Route(Ticket("printer jam"));

        Assert.True(decision.IsDefaultRoute);
        Assert.Equal(ServiceDesk, decision.AssignmentGroup);
        Assert.Equal(-1, decision.RuleIndex);
    }

    [Theory]
    [InlineData("vpn", true)]
    [InlineData("VPN!", true)]
    [InlineData("(Vpn)", true)]
    [InlineData("vpnclient broken", false)]
    [InlineData("openvpn", false)]
    [InlineData("Wi-Fi", false)]
    public void Route_WholeWordKeyword_MatchesOnlyBetweenNonLetters(string description, bool matches)
        => Assert.Equal(matches, RoutingRuleSet.Create(Sample()).Route(Ticket(description)).RuleIndex == 0);

    [Theory]
    [InlineData("οδος", "ΟΔΟΣ ΚΛΕΙΣΤΗ")]
    [InlineData("ΟΔΟΣ", "η οδος κλειστη")]
    [InlineData("µs", "latency 5 μs")]
    [InlineData("μs", "latency 5 µs")]
    public void Route_LettersThatShareAnUpperCase_Match(string keyword, string description)
    {
        // Final sigma and sigma, the micro sign and mu: lower-casing alone leaves them apart; folding through the upper case does not.
        var rules = RoutingRuleSet.Create(new RoutingRuleSetDefinition([Rule("greek", Network) with { Keywords = [new KeywordCondition([keyword], WholeWord: true)] }]));

        Assert.Equal(new RoutingRuleId("greek"), rules.Route(Ticket(description)).Rule);
    }

    [Fact]
    public void Route_ThousandsOfChineseKeywords_AgreesWithTheNaiveScan()
    {
        // 3,000 keywords over about 2,500 characters: past the DFA table's limit, so the sparse automaton routes.
        var random = new Random(28);
        string Keyword() => new(Enumerable.Range(0, random.Next(2, 4)).Select(_ => (char)random.Next(0x4E00, 0x4E00 + 2_500)).ToArray());
        AssignmentGroupId[] groups = [Network, Storage, new("desk")];
        var definition = new RoutingRuleSetDefinition(Enumerable.Range(0, 1_500)
            .Select(i => Rule("zh-" + i, groups[i % 3]) with { Keywords = [new KeywordCondition([Keyword(), Keyword()])] })
            .ToArray());
        var rules = RoutingRuleSet.Create(definition);
        var keywords = definition.Rules.SelectMany(r => r.Keywords).SelectMany(k => k.Keywords).ToArray();
        Assert.False(rules.Automaton!.IsDense);

        var routed = 0;
        for (var t = 0; t < 200; t++)
        {
            var ticket = Ticket("用户报告：" + keywords[random.Next(keywords.Length)] + "，" + (t % 2 == 0 ? keywords[random.Next(keywords.Length)] : "无法登录"));
            var expected = NaiveRouter.Route(definition, ticket);
            Assert.Equal(expected, rules.Route(ticket));
            routed += expected.IsDefaultRoute ? 0 : 1;
        }

        Assert.Equal(200, routed);
    }

    [Fact]
    public void Route_NonAsciiKeyword_FoldsCase()
    {
        var rules = RoutingRuleSet.Create(new RoutingRuleSetDefinition([Rule("screen", Network) with { Keywords = [new KeywordCondition(["ÉCRAN"])] }]));

        Assert.False(rules.Route(Ticket("L'écran est noir")).IsDefaultRoute);
        Assert.True(rules.Route(Ticket("L'ecran est noir")).IsDefaultRoute);
    }

    [Fact]
    public void Route_KeywordBeyondTheScannedLength_IsNotSeenButTheTicketIsStillRouted()
    {
        var rules = RoutingRuleSet.Create(Sample());
        var padding = new string('x', RoutingRuleSet.MaxScannedDescriptionLength);

        Assert.Equal(0, rules.Route(Ticket("vpn " + padding)).RuleIndex);
        Assert.True(rules.Route(Ticket(padding + " vpn")).IsDefaultRoute);
    }

    [Theory]
    [InlineData("disks, then the disk")]
    [InlineData("DISKS only")]
    [InlineData("the \u212Aelvin disk")]
    [InlineData("mail and vpn")]
    [InlineData("vpn")]
    [InlineData("nothing here")]
    [InlineData("")]
    public void Route_FewAsciiKeywords_AgreesWithTheNaiveScan_ShortAndLongDescriptions(string description)
    {
        // Rules with a few ASCII keywords are checked by direct searches when the description is ASCII (lower-cased
        // on the stack up to 256 characters, ignoring case beyond); the automaton decides otherwise.
        var definition = new RoutingRuleSetDefinition([
            Rule("none-of", Network) with { Keywords = [new KeywordCondition(["mail"], KeywordMatch.NoneOf), new KeywordCondition(["disk"], KeywordMatch.AnyOf, WholeWord: true)] },
            Rule("all-of", Storage) with { Keywords = [new KeywordCondition(["mail", "VPN"], KeywordMatch.AllOf)] },
            Rule("kelvin", Network) with { Keywords = [new KeywordCondition(["kelvin"])] },
            Rule("whole", Storage) with { Keywords = [new KeywordCondition(["vpn"], KeywordMatch.AnyOf, WholeWord: true)] },
        ]);
        var rules = RoutingRuleSet.Create(definition);
        foreach (var text in new[] { description, new string('y', 300) + " " + description, new string('y', RoutingRuleSet.MaxScannedDescriptionLength - description.Length - 1) + " " + description + "s" })
        {
            var ticket = Ticket(text);
            Assert.Equal(NaiveRouter.Route(definition, ticket), rules.Route(ticket));
        }
    }

    [Fact]
    public void Route_ApplyAllUntilStop_AccumulatesUntilAStoppingRule()
    {
        var definition = new RoutingRuleSetDefinition([
            new RoutingRule(new RoutingRuleId("tag-phone"), new RoutingActions { Tags = ["phone"] }) { Conditions = [RoutingCondition.ChannelIn(ContactChannel.Phone)] },
            new RoutingRule(new RoutingRuleId("p1"), new RoutingActions { AssignmentGroup = Network, Priority = new Priority(1), Tags = ["urgent", "phone"] }) { Conditions = [RoutingCondition.PriorityIn(new Priority(1))], Stop = true },
            new RoutingRule(new RoutingRuleId("storage"), new RoutingActions { AssignmentGroup = Storage, Tags = ["late"] }),
        ])
        { Policy = RoutingPolicy.ApplyAllUntilStop };
        var rules = RoutingRuleSet.Create(definition);

        var stopped = rules.Route(Ticket("x", priority: 1));
        var all = rules.Route(Ticket("x", priority: 3));

        Assert.Equal((0, 2, Network), (stopped.RuleIndex, stopped.MatchedRuleCount, stopped.AssignmentGroup!.Value));
        Assert.Equal(["phone", "urgent"], stopped.Tags);
        Assert.Equal((2, Storage), (all.MatchedRuleCount, all.AssignmentGroup!.Value));
        Assert.Equal(["phone", "late"], all.Tags);
    }

    [Fact]
    public void Route_ApplyAllUntilStop_TheDefaultRouteIsTheBaseTheRulesWriteOver()
    {
        var definition = new RoutingRuleSetDefinition([
            new RoutingRule(new RoutingRuleId("tag-email"), new RoutingActions { Tags = ["email"] }) { Conditions = [RoutingCondition.ChannelIn(ContactChannel.Email)] },
            new RoutingRule(new RoutingRuleId("p1"), new RoutingActions { AssignmentGroup = Network }) { Conditions = [RoutingCondition.PriorityIn(new Priority(1))] },
        ])
        { Policy = RoutingPolicy.ApplyAllUntilStop, DefaultRoute = new RoutingActions { AssignmentGroup = ServiceDesk, Tags = ["triage"] } };
        var rules = RoutingRuleSet.Create(definition);

        var tagged = rules.Route(Ticket("x", ContactChannel.Email, priority: 3));
        var both = rules.Route(Ticket("x", ContactChannel.Email, priority: 1));

        Assert.False(tagged.IsDefaultRoute);
        Assert.Equal(ServiceDesk, tagged.AssignmentGroup);
        Assert.Equal(["triage", "email"], tagged.Tags);
        Assert.Equal((Network, 2), (both.AssignmentGroup!.Value, both.MatchedRuleCount));
    }

    [Theory]
    [InlineData("re\u0301seau down", false)]
    [InlineData("r\u00E9seau down", false)]
    [InlineData("\U0001D400re\U0001D400 x", false)]
    [InlineData("\U0001F600re\U0001F600 x", true)]
    [InlineData("the re: line", true)]
    public void Route_WholeWord_ACombiningMarkOrALetterBeyondTheBmpIsPartOfTheWord(string description, bool matches)
    {
        var rules = RoutingRuleSet.Create(new RoutingRuleSetDefinition([
            new RoutingRule(new RoutingRuleId("re"), new RoutingActions { AssignmentGroup = Network }) { Keywords = [new KeywordCondition(["re"], KeywordMatch.AnyOf, WholeWord: true)] },
        ]));

        Assert.Equal(matches, !rules.Route(Ticket(description)).IsDefaultRoute);
    }

    [Theory]
    [InlineData("printer offline app0037 since morning", 37)]
    [InlineData("app0040 and app0012 both down", 12)]
    [InlineData("app0044 down for every user", 5)]
    [InlineData("appli\u00e9 app0038 en panne", 38)]
    [InlineData("nothing to see here", -1)]
    [InlineData("app0003x is not a whole word", -1)]
    public void Route_ManyRulesToldApartByKeywordsAlone_AgreeWithAPlainScan(string description, int rule)
    {
        // 50 rules of one whole-word keyword each; rule 5 also matches anything without "app0001" (none-of), and rule 44
        // needs both of its keywords. More candidates than are checked one by one, so the keyword index decides.
        var rules = Enumerable.Range(0, 50).Select(i => new RoutingRule(new RoutingRuleId($"r{i}"), new RoutingActions { AssignmentGroup = Network })
        {
            Keywords = i switch
            {
                5 => [new KeywordCondition(["every user"]), new KeywordCondition(["app0001"], KeywordMatch.NoneOf)],
                44 => [new KeywordCondition(["app0044", "nowhere"], KeywordMatch.AllOf, WholeWord: true)],
                _ => [new KeywordCondition([$"app{i:D4}"], KeywordMatch.AnyOf, WholeWord: true)],
            },
        }).ToArray();
        var definition = new RoutingRuleSetDefinition(rules);

        var decision = RoutingRuleSet.Create(definition).Route(Ticket(description));

        Assert.Equal(rule, decision.RuleIndex);
        Assert.Equal(NaiveRouter.Route(definition, Ticket(description)).RuleIndex, decision.RuleIndex);
    }

    [Fact]
    public void Route_TimeCondition_AsksTheCalendarThroughIBusinessHours()
    {
        var desk = new CalendarId("service-desk");
        var references = new RoutingReferences { BusinessHours = new Dictionary<CalendarId, IBusinessHours> { [desk] = new NineToFive() } };
        var rules = RoutingRuleSet.Create(
            new RoutingRuleSetDefinition([Rule("out-of-hours", Network) with { BusinessHours = new BusinessHoursCondition(desk, Inside: false) }]),
            references);

        Assert.True(rules.Route(Ticket("x", hour: 10)).IsDefaultRoute);
        Assert.False(rules.Route(Ticket("x", hour: 22)).IsDefaultRoute);
        Assert.Equal([desk], rules.BusinessHoursUsed());
    }

    [Fact]
    public void Route_AnyTicket_AllocatesNothing()
    {
        var rules = RoutingRuleSet.Create(Sample());
        var tickets = new[] { Ticket("My vpn is down"), Ticket("disk full", category: "network"), Ticket("printer"), Ticket("x", category: "network") };
        foreach (var t in tickets)
        {
            rules.Route(t);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            rules.Route(tickets[i % tickets.Length]);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Explain_SaysWhichRuleMatchedAndWhyEarlierOnesDidNot()
    {
        var explanation = RoutingRuleSet.Create(Sample()).Explain(Ticket("printer", ContactChannel.Portal, category: "network"));

        Assert.Equal(2, explanation.Decision.RuleIndex);
        Assert.Equal([false, false, true], explanation.Rules.Select(r => r.Matched));
        var vpn = explanation.Rules[0].Conditions;
        Assert.Equal(("$.rules[0].conditions[0]", false, "portal"), (vpn[0].Path, vpn[0].Held, vpn[0].TicketValue));
        Assert.Equal(("$.rules[0].keywords[0]", false), (vpn[1].Path, vpn[1].Held));
        Assert.Contains("rule 2 'network-category': matched", explanation.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_CopiesTheConditionsLists_SoChangingThemLaterChangesNothing()
    {
        // The caller's lists, changed after the rule set is built: routing, Explain and ToJson all keep the built rule set.
        string[] values = ["network"];
        string[] words = ["vpn"];
        var rules = RoutingRuleSet.Create(new RoutingRuleSetDefinition([
            Rule("net", Network, RoutingCondition.In(RoutingField.Category, values)) with { Keywords = [new KeywordCondition(words)] },
        ]));
        var json = rules.ToJson();

        values[0] = "hardware";
        words[0] = "printer";
        var ticket = Ticket("vpn down", category: "network");
        var explanation = rules.Explain(ticket);

        Assert.Equal(new RoutingRuleId("net"), rules.Route(ticket).Rule);
        Assert.True(Assert.Single(explanation.Rules).Matched);
        Assert.All(explanation.Rules[0].Conditions, c => Assert.True(c.Held, c.Condition));
        Assert.Contains("network", explanation.Rules[0].Conditions[0].Condition, StringComparison.Ordinal);
        Assert.Equal(json, rules.ToJson());
        Assert.Equal(new RoutingRuleId("net"), RoutingRuleSet.FromJson(rules.ToJson()).Route(ticket).Rule);
    }

    [Fact]
    public void Create_InvalidRuleSet_ReportsEveryProblemWithItsPath()
    {
        var catalog = ServiceCatalog.Create(new ServiceCatalogDocument { Services = [new Service(new ServiceId("mail"), "Mail")] });
        var definition = new RoutingRuleSetDefinition([
            new RoutingRule(new RoutingRuleId("a"), new RoutingActions { AssignmentGroup = new AssignmentGroupId("ghosts"), ServiceLevelAgreement = new SlaId("platinum") })
            {
                Conditions = [RoutingCondition.ServiceIn(new ServiceId("erp")), RoutingCondition.In(RoutingField.Channel, "fax"), RoutingCondition.Is(RoutingField.Category, "printers"), new RoutingCondition(RoutingField.Location, RoutingConditionOperator.Is, ["a", "b"])],
                Keywords = [new KeywordCondition([" "])],
                BusinessHours = new BusinessHoursCondition(new CalendarId("nowhere")),
            },
            new RoutingRule(new RoutingRuleId("a"), new RoutingActions()),
        ]);
        var references = new RoutingReferences
        {
            Catalog = catalog,
            AssignmentGroups = [Network],
            Categories = ["network"],
            ServiceLevelAgreements = [new SlaId("gold")],
        };

        var e = Assert.Throws<InvalidDefinitionException>(() => RoutingRuleSet.Create(definition, references));

        Assert.Equal(
            [
                "$.rules[0].conditions[0].values[0]",
                "$.rules[0].conditions[1].values[0]",
                "$.rules[0].conditions[2].values[0]",
                "$.rules[0].conditions[3].values",
                "$.rules[0].keywords[0].keywords[0]",
                "$.rules[0].businessHours.calendar",
                "$.rules[0].actions.assignmentGroup",
                "$.rules[0].actions.serviceLevelAgreement",
                "$.rules[1].id",
            ],
            e.Problems.Select(p => p.Path));
        Assert.Contains("unknown service id 'erp'", e.Message, StringComparison.Ordinal);
        Assert.Contains("'fax' is not a channel", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_CategoryValueWithSpacesAround_IsReportedAsNeverMatching()
    {
        // An incident's category and subcategory are trimmed when logged, so these values could never equal a ticket's.
        var incident = new IncidentManagement(new NodaTime.Testing.FakeClock(Monday9)).Log(new ActorId("agent"), new LogIncident(new IncidentId("INC1"), "vpn down", new ActorId("caller"), ContactChannel.Phone, new Impact(2), new Urgency(2)) { Category = "network ", Subcategory = " wifi" }).Value!;
        Assert.Equal(("network", "wifi"), (incident.Category, incident.Subcategory));
        var definition = new RoutingRuleSetDefinition([
            Rule("network", Network, RoutingCondition.Is(RoutingField.Category, "network ")),
            Rule("wifi", Network, RoutingCondition.In(RoutingField.Subcategory, "vpn", " wifi")),
        ]);

        var e = Assert.Throws<InvalidDefinitionException>(() => RoutingRuleSet.Create(definition));
        var listed = Assert.Throws<InvalidDefinitionException>(() => RoutingRuleSet.Create(definition, new RoutingReferences { Categories = ["network "], Subcategories = ["vpn", " wifi"] }));

        Assert.Equal(["$.rules[0].conditions[0].values[0]", "$.rules[1].conditions[0].values[1]"], e.Problems.Select(p => p.Path));
        Assert.Equal(["$.rules[0].conditions[0].values[0]", "$.rules[1].conditions[0].values[1]"], listed.Problems.Select(p => p.Path));
        Assert.Equal("category 'network ' has spaces around it; an incident's category is trimmed, so it could never match", e.Problems[0].Message);
        Assert.Contains("subcategory ' wifi' has spaces around it", e.Problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_PrioritiesAndLevelsOffTheMatrixScale_AreReportedWhenTheMatrixIsGiven()
    {
        // ServiceNow's matrix: impact and urgency 1 to 3, priority 1 to 5.
        var definition = new RoutingRuleSetDefinition([
            new RoutingRule(new RoutingRuleId("p7"), new RoutingActions { AssignmentGroup = Network, Priority = new Priority(7) })
            {
                Conditions = [RoutingCondition.PriorityIn(new Priority(1), new Priority(6)), RoutingCondition.ImpactIn(new Impact(4)), RoutingCondition.UrgencyIn(new Urgency(3))],
            },
        ])
        { DefaultRoute = new RoutingActions { AssignmentGroup = ServiceDesk, Priority = new Priority(9) } };

        var e = Assert.Throws<InvalidDefinitionException>(() => RoutingRuleSet.Create(definition, new RoutingReferences { PriorityMatrix = PriorityMatrix.ServiceNowDefault }));

        Assert.Equal(["$.rules[0].conditions[0].values[1]", "$.rules[0].conditions[1].values[0]", "$.rules[0].actions.priority", "$.defaultRoute.priority"], e.Problems.Select(p => p.Path));
        Assert.Equal("priority 6 is not on the matrix's scale 1 to 5", e.Problems[0].Message);
        Assert.Equal("impact 4 is not on the matrix's scale 1 to 3", e.Problems[1].Message);
        Assert.Equal("priority 7 is not on the matrix's scale 1 to 5", e.Problems[2].Message);
        Assert.Equal(1, RoutingRuleSet.Create(definition).RuleCount); // without a matrix, levels are not checked
    }

    [Fact]
    public void Create_WholeWordKeywordWithSpacesAround_IsReported()
    {
        // The letters next to the spaces decide a whole word's bounds, so " vpn" would miss "my vpn is down" where "vpn"
        // finds it; spaces inside ("disk full") and around a substring keyword (a word's start) stay allowed.
        var found = new ulong[1];
        new KeywordAutomaton([" vpn", "vpn"], [-1, -1], [0, 1]).Scan("my vpn is down", RoutingRuleSet.MaxScannedDescriptionLength, found);
        Assert.Equal(0b10UL, found[0]);
        var definition = new RoutingRuleSetDefinition([
            Rule("vpn", Network) with { Keywords = [new KeywordCondition(["wifi", " vpn", "disk full", "lan "], WholeWord: true)] },
            Rule("word-start", Storage) with { Keywords = [new KeywordCondition([" disk"])] },
        ]);

        var e = Assert.Throws<InvalidDefinitionException>(() => RoutingRuleSet.Create(definition));

        Assert.Equal(["$.rules[0].keywords[0].keywords[1]", "$.rules[0].keywords[0].keywords[3]"], e.Problems.Select(p => p.Path));
        Assert.Equal("the whole-word keyword ' vpn' has spaces around it; the letters next to those spaces would stop it matching where 'vpn' matches", e.Problems[0].Message);
    }

    [Fact]
    public void Create_ContradictoryConditions_AreReported()
    {
        var definition = new RoutingRuleSetDefinition([
            Rule("phone-and-email", Network, RoutingCondition.ChannelIn(ContactChannel.Phone), RoutingCondition.ChannelIn(ContactChannel.Email)),
            Rule("in-and-out", Network, RoutingCondition.Is(RoutingField.Category, "a"), RoutingCondition.IsNot(RoutingField.Category, "a")),
            Rule("keywords", Network) with { Keywords = [new KeywordCondition(["disk"], KeywordMatch.AllOf, true), new KeywordCondition(["disk"], KeywordMatch.NoneOf)] },
        ]);

        var e = Assert.Throws<InvalidDefinitionException>(() => RoutingRuleSet.Create(definition));

        Assert.Equal(["$.rules[0].conditions", "$.rules[1].conditions", "$.rules[2].keywords"], e.Problems.Select(p => p.Path));
        Assert.Contains("conditions on channel contradict", e.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_RuleHiddenByAnEarlierBroaderRule_IsReportedAsShadowed()
    {
        var definition = new RoutingRuleSetDefinition([
            Rule("phone-or-email", Network, RoutingCondition.ChannelIn(ContactChannel.Phone, ContactChannel.Email)),
            Rule("phone-network", Storage, RoutingCondition.ChannelIn(ContactChannel.Phone), RoutingCondition.Is(RoutingField.Category, "network")),
            Rule("not-phone", Storage, RoutingCondition.ChannelNotIn(ContactChannel.Phone)),
            Rule("vpn-words", Storage) with { Keywords = [new KeywordCondition(["vpn"], KeywordMatch.AllOf, WholeWord: true)] },
            Rule("vpn-any", Storage) with { Keywords = [new KeywordCondition(["vpn", "wifi"])] },
        ]);

        var e = Assert.Throws<InvalidDefinitionException>(() => RoutingRuleSet.Create(definition));

        Assert.Equal(["$.rules[1]"], e.Problems.Select(p => p.Path));
        Assert.Contains("rule 'phone-or-email' ($.rules[0]) comes first", e.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJsonThenFromJson_GivesTheSameRuleSet()
    {
        var rules = RoutingRuleSet.Create(Sample());

        var json = rules.ToJson();
        var reread = RoutingRuleSet.FromJson(json);

        Assert.Equal(json, reread.ToJson());
        Assert.Contains("\"operator\": \"in\"", json, StringComparison.Ordinal);
        Assert.Contains("\"match\": \"all-of\"", json, StringComparison.Ordinal);
        Assert.Equal(rules.Route(Ticket("disk full")), reread.Route(Ticket("disk full")));
    }

    [Fact]
    public void FromJson_UnknownMember_IsAReadError()
        => Assert.Throws<JsonReadException>(() => RoutingRuleSet.FromJson("""{ "rules": [], "polcy": "first-match" }"""));

    [Fact]
    public void FromJson_FieldTypo_NamesTheValueAndTheFields()
    {
        const string json = """{ "rules": [ { "id": "network", "actions": { "assignmentGroup": "network" }, "conditions": [ { "field": "categry", "operator": "is", "values": [ "network" ] } ] } ] }""";

        var e = Assert.Throws<JsonReadException>(() => RoutingRuleSet.FromJson(json, source: "rules.json"));

        Assert.Equal("$.rules[0].conditions[0].field", e.JsonPath);
        Assert.Equal("\"categry\" is not a valid RoutingField; expected service, offering, category, subcategory, configuration-item, configuration-item-class, location, channel, impact, urgency, priority or customer.", e.Problem);
        Assert.StartsWith("rules.json at line 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_KeywordMatchTypo_NamesTheValueAndTheMatches()
    {
        const string json = """{ "rules": [ { "id": "vpn", "actions": { "assignmentGroup": "network" }, "keywords": [ { "keywords": [ "vpn" ], "match": "any" } ] } ] }""";

        var e = Assert.Throws<JsonReadException>(() => RoutingRuleSet.FromJson(json));

        Assert.Equal("$.rules[0].keywords[0].match", e.JsonPath);
        Assert.Contains("($.rules[0].keywords[0].match): \"any\" is not a valid KeywordMatch; expected any-of, all-of or none-of.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("all-of, none-of")]
    [InlineData("all-of,none-of")]
    [InlineData("all-of\\u002c none-of")]
    public void FromJson_SeveralNamesForAnEnumThatIsNotFlags_IsRejected(string match)
    {
        // The framework's converter combined them (read as none-of, inverting the rule).
        var json = $$"""{ "rules": [ { "id": "vpn", "actions": { "assignmentGroup": "network" }, "keywords": [ { "keywords": [ "vpn" ], "match": "{{match}}" } ] } ] }""";

        var e = Assert.Throws<JsonReadException>(() => RoutingRuleSet.FromJson(json));

        Assert.Equal("$.rules[0].keywords[0].match", e.JsonPath);
        Assert.EndsWith("is not a valid KeywordMatch; expected any-of, all-of or none-of.", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_PolicyAsANumber_IsRejectedNamingThePolicies()
    {
        var e = Assert.Throws<JsonReadException>(() => RoutingRuleSet.FromJson("""{ "rules": [], "policy": 1 }"""));

        Assert.Equal("$.policy", e.JsonPath);
        Assert.Equal("1 is not a valid RoutingPolicy; expected first-match or apply-all-until-stop.", e.Problem);
    }

    [Fact]
    public void FromIncident_CopiesTheFieldsRoutingReads()
    {
        var fixture = new Fixture();
        var incident = fixture.Practice.Log(Fixture.Agent, Fixture.Command() with { Category = "network" }).ThrowIfRejected();

        var ticket = RoutingTicket.FromIncident(incident);

        Assert.Equal(("E-mail is down", ContactChannel.Phone, "network", incident.Priority, incident.OpenedAt), (ticket.ShortDescription, ticket.Channel, ticket.Category, ticket.Priority, ticket.ReceivedAt));
    }

    [Fact]
    public void RoutingTicket_DefaultLevel_ThrowsNamingTheParameter()
        => Assert.Equal("priority", Assert.Throws<ArgumentException>(() => new RoutingTicket("x", ContactChannel.Phone, new Impact(1), new Urgency(1), default, Monday9)).ParamName);

    private sealed class NineToFive : IBusinessHours
    {
        public bool IsOpenAt(Instant instant) => instant.InUtc().Hour is >= 9 and < 17;
    }
}
