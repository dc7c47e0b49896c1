using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using ItilCore.Catalog;
using ItilCore.Configuration;
using ItilCore.Incidents;
using ItilCore.Replay;
using ItilCore.Routing;
using ItilCore.Serialization;
using ItilCore.ServiceLevels;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace ItilCore.Cli.Tests;

/// <summary>Every command end to end through the `itil` entry point: arguments in, stdout, stderr and exit code out.</summary>
public sealed class CommandLineTests
{
    private const string Calendar = """
        {
          "id": "london-desk",
          "name": "London service desk",
          "timeZone": "Europe/London",
          "weeklyHours": {
            "monday": [{ "start": "09:00", "end": "17:00" }],
            "tuesday": [{ "start": "09:00", "end": "17:00" }],
            "wednesday": [{ "start": "09:00", "end": "17:00" }],
            "thursday": [{ "start": "09:00", "end": "17:00" }],
            "friday": [{ "start": "09:00", "end": "17:00" }]
          }
        }
        """;

    private const string TinyLog = """
        id,when,state,grp
        T1,2026-03-02 09:00,New,Desk
        T1,2026-03-02 10:00,Active,Desk
        T1,2026-03-02 25:99,Resolved,Desk
        T1,2026-03-02 12:00,Resolved,Desk
        T1,2026-03-03 12:00,Closed,Desk
        T2,2026-03-02 09:00,New,Net
        T2,2026-03-02 09:30,Closed,Net
        """;

    private const string TinyMapping = """
        {
          "ticketId": "id",
          "timestamp": { "column": "when", "format": "yyyy-MM-dd HH:mm", "timeZone": "Europe/London" },
          "state": { "columns": ["state"], "map": { "New": "new", "Active": "in-progress", "Resolved": "resolved", "Closed": "closed" } },
          "group": "grp",
          "sla": { "targets": { "P3": "8h" } }
        }
        """;

    [Fact]
    public void NoCommand_RunsTheSimulation()
    {
        var (code, output, error) = Itil.Run("--incidents", "20", "--seed", "7");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.False(string.IsNullOrWhiteSpace(output));
    }

    [Fact]
    public void UnknownOption_IsBadUsage()
    {
        var (code, output, error) = Itil.Run("--incidnets", "20");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("--incidnets", error, StringComparison.Ordinal);
    }


    [Theory]
    [InlineData("abc", "'abc'")]
    [InlineData("0", "--incidents must be a positive number")]
    [InlineData("-5", "--incidents must be a positive number")]
    public void Simulation_IncidentsNotAPositiveNumber_IsBadUsageNamingTheOption(string incidents, string message)
    {
        var (code, output, error) = Itil.Run("--incidents", incidents);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("--incidents", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-3")]
    [InlineData("0")]
    public void Replay_TopNotAPositiveNumber_IsBadUsageBeforeReading(string top)
    {
        var log = Itil.TempFile("log.csv", TinyLog);
        var mapping = Itil.TempFile("mapping.json", TinyMapping);

        var (code, output, error) = Itil.Run("replay", log, "-m", mapping, "--top", top);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("--top must be a positive number", error, StringComparison.Ordinal);
    }
    [Fact]
    public void Replay_TinyLog_ReportsTheMalformedTimestampAndGoesOn()
    {
        var log = Itil.TempFile("log.csv", TinyLog);
        var mapping = Itil.TempFile("mapping.json", TinyMapping);

        var (code, output, error) = Itil.Run("replay", log, "--mapping", mapping, "--json");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(7, json.GetProperty("rows").GetInt32());
        Assert.Equal(1, json.GetProperty("badRows").GetInt32());
        var bad = json.GetProperty("badRowSamples")[0];
        Assert.Equal(4, bad.GetProperty("line").GetInt32());
        Assert.Contains("'2026-03-02 25:99' is not a time", bad.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, json.GetProperty("tickets").GetInt32());
        Assert.Equal(3, json.GetProperty("conformance").GetProperty("accepted").GetInt32());
        Assert.Equal(1, json.GetProperty("conformance").GetProperty("rejected").GetInt32());
    }

    [Fact]
    public void Replay_NoStateChanges_HasNoConformanceRate()
    {
        // One row per ticket (a case table): nothing to judge, so no "100 %" and no empty conformance tables.
        var log = Itil.TempFile("cases.csv", """
            id,when,state,grp
            T1,2026-03-02 09:00,Closed,Desk
            T2,2026-03-02 10:00,Closed,Net
            """);
        var mapping = Itil.TempFile("mapping.json", """
            {
              "ticketId": "id",
              "timestamp": { "column": "when", "format": "yyyy-MM-dd HH:mm", "timeZone": "Europe/London" },
              "state": { "columns": ["state"], "map": { "Closed": "closed" } },
              "group": "grp"
            }
            """);

        var (jsonCode, json, jsonError) = Itil.Run("replay", log, "--mapping", mapping, "--json");
        var (code, output, error) = Itil.Run("replay", log, "--mapping", mapping);

        Assert.Equal((0, ""), (jsonCode, jsonError));
        var conformance = JsonDocument.Parse(json).RootElement.GetProperty("conformance");
        Assert.False(conformance.TryGetProperty("rate", out _)); // null, which ItilJson leaves out
        Assert.Equal(0, conformance.GetProperty("accepted").GetInt32() + conformance.GetProperty("rejected").GetInt32());
        Assert.Equal((0, ""), (code, error));
        Assert.Contains("n/a (no state changes)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("100.00 %", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Conforming tickets", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Top deviations", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Accepted state changes", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_SortedByTime_TheSlaStillStartsAtTheOpeningTheFirstRowGave()
    {
        // The ticket's first row in the file (its resolution) carries the opening, a week earlier; sorting puts the New row first.
        var log = Itil.TempFile("log.csv", """
            id,when,state,grp,opened,prio
            T1,2026-03-02 12:00,Resolved,Desk,2026-02-23 09:00,3
            T1,2026-03-02 11:00,New,Desk,,3
            """);
        var mapping = Itil.TempFile("mapping.json", """
            {
              "ticketId": "id",
              "order": "unsorted",
              "sortByTime": true,
              "openedAt": "opened",
              "timestamp": { "column": "when", "format": "yyyy-MM-dd HH:mm", "timeZone": "Europe/London" },
              "state": { "columns": ["state"], "map": { "New": "new", "Resolved": "resolved" } },
              "group": "grp",
              "priority": { "column": "prio" },
              "sla": { "targets": { "P3": "8h" } }
            }
            """);

        var (code, output, error) = Itil.Run("replay", log, "--mapping", mapping, "--json");

        Assert.Equal("", error);
        Assert.Equal(0, code);
        var sla = JsonDocument.Parse(output).RootElement.GetProperty("sla");
        Assert.Equal((0, 1), (sla.GetProperty("met").GetInt32(), sla.GetProperty("breached").GetInt32()));
    }

    [Fact]
    public void Replay_Tables_ShowTheDeviationsAndTheSla()
    {
        var log = Itil.TempFile("log.csv", TinyLog);
        var mapping = Itil.TempFile("mapping.json", TinyMapping);

        var (code, output, _) = Itil.Run("replay", log, "-m", mapping, "--target", "P3=1h");

        Assert.Equal(0, code);
        Assert.Contains("Top deviations", output, StringComparison.Ordinal);
        Assert.Contains("Closed is reached only from Resolved", output, StringComparison.Ordinal);
        Assert.Contains("met 0, breached 0", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("P7=4h", "", "--target.P7", "P7 is not one of them")]
    [InlineData("1=4h", "P1=8h", "--target.P1", "priority P1 already has a target (written as \"1\")")]
    [InlineData("P2=4h", "P2=8h", "--target P2 is given twice", "")]
    public void Replay_TargetsForAPriorityTheMatrixLacksOrGivenTwice_ExitWith2(string first, string second, string where, string message)
    {
        // A P7 target ran with every ticket under "no target"; a second target for a priority silently replaced the first.
        var log = Itil.TempFile("log.csv", TinyLog);
        var mapping = Itil.TempFile("mapping.json", TinyMapping);
        string[] targets = second.Length == 0 ? ["--target", first] : ["--target", first, "--target", second];

        var (code, output, error) = Itil.Run([.. new[] { "replay", log, "-m", mapping }, .. targets]);

        Assert.Equal((2, ""), (code, output));
        Assert.Contains(where, error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReplayMapping_TargetsForAPriorityTheMatrixLacksOrWrittenTwice_AreEachAProblem()
    {
        var e = Assert.Throws<InvalidDefinitionException>(() => ReplayMapping.FromJson(
            TinyMapping.Replace("{ \"P3\": \"8h\" }", "{ \"4\": \"10d\", \"P4\": \"1h\", \"P9\": \"2h\" }", StringComparison.Ordinal)));

        Assert.Equal(["$.sla.targets.P4", "$.sla.targets.P9"], e.Problems.Select(p => p.Path).Order(StringComparer.Ordinal));
        Assert.Contains(e.Problems, p => p.Message.Contains("already has a target", StringComparison.Ordinal));
    }

    [Fact]
    public void ReplayMapping_NullStateNames_AreProblemsNamingTheirPath()
    {
        // JSON null as a mapped state or as an ignored name threw ArgumentNullException from the dictionary.
        var e = Assert.Throws<InvalidDefinitionException>(() => ReplayMapping.FromJson(
            TinyMapping.Replace("\"Active\": \"in-progress\"", "\"Active\": null", StringComparison.Ordinal)
                .Replace("\"map\":", "\"ignore\": [null], \"map\":", StringComparison.Ordinal)));

        Assert.Equal(["$.state.ignore[0]", "$.state.map.Active"], e.Problems.Select(p => p.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ReplayMapping_TargetBeyondWhatADurationHolds_IsAProblem()
    {
        var e = Assert.Throws<InvalidDefinitionException>(() => ReplayMapping.FromJson(
            TinyMapping.Replace("{ \"P3\": \"8h\" }", "{ \"P3\": \"999999999d\" }", StringComparison.Ordinal)));

        Assert.Equal(["$.sla.targets.P3"], e.Problems.Select(p => p.Path));
    }

    [Fact]
    public void Replay_MissingFile_ExitsWith2()
    {
        var (code, output, error) = Itil.Run("replay", "/no/such/log.csv.gz", "--mapping", "uci");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("/no/such/log.csv.gz", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_MappingNamingAColumnTheFileLacks_NamesTheKeyAndColumn()
    {
        var log = Itil.TempFile("log.csv", TinyLog);
        var mapping = Itil.TempFile("mapping.json", TinyMapping.Replace("\"group\": \"grp\"", "\"group\": \"assignment_group\"", StringComparison.Ordinal));

        var (code, _, error) = Itil.Run("replay", log, "--mapping", mapping);

        Assert.Equal(2, code);
        Assert.Contains("$.group", error, StringComparison.Ordinal);
        Assert.Contains("'assignment_group' is not in the header", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_MappingWithAnUnknownTimeZone_NamesTheKey()
    {
        var log = Itil.TempFile("log.csv", TinyLog);
        var mapping = Itil.TempFile("mapping.json", TinyMapping.Replace("Europe/London", "Mars/Olympus_Mons", StringComparison.Ordinal));

        var (code, _, error) = Itil.Run("replay", log, "--mapping", mapping);

        Assert.Equal(2, code);
        Assert.Contains("$.timestamp.timeZone: 'Mars/Olympus_Mons' is not an IANA time zone", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_MappingWithAnUnknownKeyOrState_SaysWhere()
    {
        var log = Itil.TempFile("log.csv", TinyLog);
        var typo = Itil.TempFile("typo.json", TinyMapping.Replace("\"ticketId\"", "\"ticket\"", StringComparison.Ordinal));
        var state = Itil.TempFile("state.json", TinyMapping.Replace("\"Active\": \"in-progress\"", "\"Active\": \"working\"", StringComparison.Ordinal));

        var (typoCode, _, typoError) = Itil.Run("replay", log, "--mapping", typo);
        var (stateCode, _, stateError) = Itil.Run("replay", log, "--mapping", state);

        Assert.Equal((2, 2), (typoCode, stateCode));
        Assert.Contains("ticket", typoError, StringComparison.Ordinal);
        Assert.Contains("$.state.map.Active: 'working' is not an ItilCore incident state", stateError, StringComparison.Ordinal);
    }

    [Fact]
    public void CalendarAdd_ExplainsTheIntervals()
    {
        var calendar = Itil.TempFile("calendar.json", Calendar);

        var (code, output, error) = Itil.Run("calendar", "add", "--calendar", calendar, "--at", "2026-03-06T16:00 Europe/London", "--duration", "2h", "--explain");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("result: 2026-03-09T10:00:00+00:00 Europe/London (2026-03-09T10:00:00Z)", output, StringComparison.Ordinal);
        Assert.Contains("working intervals (2):", output, StringComparison.Ordinal);
        Assert.Contains("2026-03-06 Fri 16:00 – 17:00 Europe/London  1h", output, StringComparison.Ordinal);
    }

    [Fact]
    public void CalendarBetween_MeasuresBusinessTime()
    {
        var calendar = Itil.TempFile("calendar.json", Calendar);

        var (code, output, _) = Itil.Run("calendar", "between", "-c", calendar, "--from", "2026-03-02T00:00:00Z", "--to", "2026-03-09T00:00:00+00:00");

        Assert.Equal(0, code);
        Assert.Contains("business: 1d16h (40 h)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void CalendarOpenAt_SaysOpenOrClosedAndWhen()
    {
        var calendar = Itil.TempFile("calendar.json", Calendar);

        var (openCode, open, _) = Itil.Run("calendar", "open-at", "-c", calendar, "--at", "2026-07-01T10:00[Europe/London]");
        var (closedCode, closed, _) = Itil.Run("calendar", "open-at", "-c", calendar, "--at", "2026-07-04T10:00+01:00", "--explain");

        Assert.Equal((0, 0), (openCode, closedCode));
        Assert.Contains(": open", open, StringComparison.Ordinal);
        Assert.Contains("closes: 2026-07-01T17:00:00+01:00", open, StringComparison.Ordinal);
        Assert.Contains(": closed", closed, StringComparison.Ordinal);
        Assert.Contains("opens:  2026-07-06T09:00:00+01:00", closed, StringComparison.Ordinal);
        Assert.Contains("working intervals (0):", closed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-03-06T16:00 Mars/Olympus_Mons", "unknown time zone 'Mars/Olympus_Mons'")]
    [InlineData("6/3/2026 16:00", "'6/3/2026' is not an ISO-8601 local date and time")]
    [InlineData("tomorrow", "is not an instant")]
    [InlineData("2026-13-45T16:00 Europe/London", "is not an ISO-8601 local date and time")]
    public void Calendar_BadInstant_ExitsWith2(string at, string message)
    {
        var calendar = Itil.TempFile("calendar.json", Calendar);

        var (code, output, error) = Itil.Run("calendar", "open-at", "-c", calendar, "--at", at);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Calendar_MissingFileOrOption_ExitsWith2()
    {
        Assert.Equal(2, Itil.Run("calendar", "open-at", "-c", "/no/such/calendar.json", "--at", "2026-03-02T09:00Z").ExitCode);
        Assert.Equal(2, Itil.Run("calendar", "add", "--at", "2026-03-02T09:00Z").ExitCode);
    }

    [Theory]
    [InlineData("cover 1900", "open-at", "--at", "1850-01-01T00:00Z")]
    [InlineData("supported range", "add", "--at", "2026-03-02T09:00Z", "--duration", "100000d")]
    public void Calendar_OutsideTheSupportedRange_ExitsWith2WithAnError(string reason, string command, params string[] more)
    {
        var calendar = Itil.TempFile("calendar.json", Calendar);

        var (code, output, error) = Itil.Run([.. new[] { "calendar", command, "-c", calendar }, .. more]);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2150-10-30T10:00Z", ": open", "closes: 2150-10-30T17:00:00")]
    [InlineData("2150-10-31T10:00Z", ": closed", "opens:  not before the end of the span calendars cover")]
    [InlineData("2150-10-31T23:30Z", ": closed", "working intervals (0):", "America/New_York")]
    [InlineData("1900-01-01T00:30Z", ": closed", "1900-01-01 Mon 09:00 – 17:00 Europe/Berlin", "Europe/Berlin")]
    public void CalendarOpenAt_NearTheEndsOfTheSupportedRange_AnswersWithoutAnError(string at, string state, string next, string? zone = null)
    {
        // Looking a week ahead, for the next opening or (--explain) at the whole local day used to run past the range:
        // an answer on stdout, then an error about a parameter nobody gave.
        var calendar = Itil.TempFile("calendar.json", zone is null ? Calendar : Calendar.Replace("Europe/London", zone, StringComparison.Ordinal));

        var (code, output, error) = Itil.Run("calendar", "open-at", "-c", calendar, "--at", at, "--explain");

        Assert.Equal((0, ""), (code, error));
        Assert.Contains(state, output, StringComparison.Ordinal);
        Assert.Contains(next, output, StringComparison.Ordinal);
    }

    [Fact]
    public void CalendarOpenAt_Explain_TheDayBeforeADateTheZoneSkipped_ShowsThatDay()
    {
        // Samoa skipped 2011-12-30 (it moved across the date line): the local day after Thursday 29 December is Saturday
        // 31, and --explain looked for the start of the 30th, which does not exist (NodaTime's SkippedTimeException).
        var calendar = Itil.TempFile("calendar.json", Calendar.Replace("Europe/London", "Pacific/Apia", StringComparison.Ordinal));

        var (code, output, error) = Itil.Run("calendar", "open-at", "-c", calendar, "--at", "2011-12-29T12:00 Pacific/Apia", "--explain");

        Assert.Equal((0, ""), (code, error));
        Assert.Contains(": open", output, StringComparison.Ordinal);
        Assert.Contains("working intervals (1):", output, StringComparison.Ordinal);
        Assert.Contains("2011-12-29 Thu 09:00 – 17:00 Pacific/Apia", output, StringComparison.Ordinal);
    }

    [Fact]
    public void CatalogValidate_TheExampleCatalogue_IsFine()
    {
        var (code, output, error) = Itil.Run("catalog", "validate", RealData.Repo("docs/examples/catalog.json"));

        Assert.Equal(0, code);
        Assert.Contains("valid", output, StringComparison.Ordinal);
        Assert.Equal("", error);
    }

    [Fact]
    public void CatalogValidate_Problems_AreListedWithPathsOnStderrAndExit1()
    {
        var json = File.ReadAllText(RealData.Repo("docs/examples/catalog.json")).Replace("\"id\": \"vpn\"", "\"id\": \"email\"", StringComparison.Ordinal);
        var path = Itil.TempFile("catalog.json", json);
        var typo = Itil.TempFile("typo.json", """{ "services": [], "colour": "blue" }""");

        var (code, output, error) = Itil.Run("catalog", "validate", path);
        var (typoCode, _, typoError) = Itil.Run("catalog", "validate", typo);

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("$.services[1]", error, StringComparison.Ordinal);
        Assert.Equal(1, typoCode);
        Assert.Contains("colour", typoError, StringComparison.Ordinal);
        Assert.StartsWith(typo + ":1: ", typoError, StringComparison.Ordinal);
    }

    [Fact]
    public void CatalogValidate_JsonError_SaysItStoppedThereInsteadOfCountingOneProblem()
    {
        // A duplicate service (a definition problem) and a configuration item id with a space (a JSON read error): only the
        // read error can be reported, so the summary must not claim the catalogue has one problem.
        var json = File.ReadAllText(RealData.Repo("docs/examples/catalog.json"))
            .Replace("\"id\": \"vpn\"", "\"id\": \"email\"", StringComparison.Ordinal)
            .Replace("\"id\": \"mail-db\"", "\"id\": \"mail db\"", StringComparison.Ordinal);
        var path = Itil.TempFile("catalog.json", json);

        var (code, output, error) = Itil.Run("catalog", "validate", path);

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("$.configuration.items[1].id", error, StringComparison.Ordinal);
        Assert.Contains(path + ": stopped at the first JSON error", error, StringComparison.Ordinal);
        Assert.DoesNotContain("1 problem", error, StringComparison.Ordinal);
    }

    [Fact]
    public void CatalogValidate_BadUsage_ExitsWith2()
    {
        Assert.Equal(2, Itil.Run("catalog", "validate").ExitCode);
        Assert.Equal(2, Itil.Run("catalog", "validate", "/no/such/catalog.json").ExitCode);
    }

    [Fact]
    public void Route_PrintsGroupAgentAndExplanation()
    {
        var network = new AssignmentGroupId("network");
        var rules = RoutingRuleSet.Create(new RoutingRuleSetDefinition([
            new RoutingRule(new RoutingRuleId("vpn"), new RoutingActions { AssignmentGroup = network }) { Keywords = [new KeywordCondition(["VPN"], KeywordMatch.AnyOf, WholeWord: true)] },
        ])
        { DefaultRoute = new RoutingActions { AssignmentGroup = new AssignmentGroupId("service-desk") } });
        var rulesPath = Itil.TempFile("rules.json", rules.ToJson());
        var ticket = Itil.TempFile("ticket.json", """{ "shortDescription": "My VPN is down", "channel": "phone", "impact": 2, "urgency": 2, "receivedAt": "2026-03-02T09:00:00Z" }""");
        var agents = Itil.TempFile("agents.json", """{ "network": { "strategy": "round-robin", "agents": [{ "id": "agent.ana" }, { "id": "agent.bo" }] } }""");

        var (code, output, error) = Itil.Run("route", "--rules", rulesPath, "--ticket", ticket, "--agents", agents);

        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.Contains("group: network", output, StringComparison.Ordinal);
        Assert.Contains("agent: agent.", output, StringComparison.Ordinal);
        Assert.Contains("rule 0 'vpn': matched", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Route_TicketWithoutItsReceiveTime_ExitsWith2()
    {
        var rules = Itil.TempFile("rules.json", RoutingRuleSet.Create(new RoutingRuleSetDefinition([])).ToJson());
        var ticket = Itil.TempFile("ticket.json", """{ "shortDescription": "x", "channel": "phone" }""");

        var (code, _, error) = Itil.Run("route", "--rules", rules, "--ticket", ticket);

        Assert.Equal(2, code);
        Assert.Contains("receivedAt", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("network", "/no/such/agents.json", "the agents file '/no/such/agents.json' does not exist")]
    [InlineData(null, "/no/such/agents.json", "the agents file '/no/such/agents.json' does not exist")]
    [InlineData("network", "least-loaded", "asks for least-loaded, which needs each agent's open work")]
    public void Route_BadAgents_ExitWith2BeforeAnythingIsPrinted(string? group, string agents, string message)
    {
        // Printed "group: network" first and failed after, or (with no group chosen) never read the agents file.
        var rules = Itil.TempFile("rules.json", RoutingRuleSet.Create(new RoutingRuleSetDefinition([])
        { DefaultRoute = group is null ? null : new RoutingActions { AssignmentGroup = new AssignmentGroupId(group) } }).ToJson());
        var ticket = Itil.TempFile("ticket.json", """{ "shortDescription": "x", "channel": "phone", "receivedAt": "2026-03-02T09:00:00Z" }""");
        var agentsPath = agents.StartsWith('/')
            ? agents
            : Itil.TempFile("agents.json", $$"""{ "network": { "strategy": "{{agents}}", "agents": [{ "id": "agent.ana" }] } }""");

        var (code, output, error) = Itil.Run("route", "--rules", rules, "--ticket", ticket, "--agents", agentsPath);

        Assert.Equal((2, ""), (code, output));
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Route_AgentListedTwice_ExitsWith2WithTheLibrarysReason()
    {
        var rules = Itil.TempFile("rules.json", RoutingRuleSet.Create(new RoutingRuleSetDefinition([])
        { DefaultRoute = new RoutingActions { AssignmentGroup = new AssignmentGroupId("network") } }).ToJson());
        var ticket = Itil.TempFile("ticket.json", """{ "shortDescription": "x", "channel": "phone", "receivedAt": "2026-03-02T09:00:00Z" }""");
        var agents = Itil.TempFile("agents.json", """{ "network": { "strategy": "round-robin", "agents": [{ "id": "agent.ana" }, { "id": "agent.ana" }] } }""");

        var (code, _, error) = Itil.Run("route", "--rules", rules, "--ticket", ticket, "--agents", agents);

        Assert.Equal(2, code);
        Assert.StartsWith("error: An agent is listed more than once.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "network": { "strategy": "least-loaded", "agents": [{ "id": "agent.ana" }] } }""", "round-robin only")]
    [InlineData("""{ "network": { "agents": [{ "id": "agent.ana", "shift": "day" }] } }""", "no shift calendars")]
    public void Route_WhatOneRunCannotKnow_IsRefusedWithTheReason(string agentsJson, string reason)
    {
        var rules = Itil.TempFile("rules.json", RoutingRuleSet.Create(new RoutingRuleSetDefinition([])
        { DefaultRoute = new RoutingActions { AssignmentGroup = new AssignmentGroupId("network") } }).ToJson());
        var ticket = Itil.TempFile("ticket.json", """{ "shortDescription": "x", "channel": "phone", "receivedAt": "2026-03-02T09:00:00Z" }""");
        var agents = Itil.TempFile("agents.json", agentsJson);

        var (code, _, error) = Itil.Run("route", "--rules", rules, "--ticket", ticket, "--agents", agents);

        Assert.Equal(2, code);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void CalendarOpenAt_OpenAllWeek_SaysItDoesNotCloseWithinTheWeek()
    {
        var calendar = Itil.TempFile("always.json", """
            { "id": "always", "name": "Always", "timeZone": "Europe/London",
              "weeklyHours": { "monday": [{ "start": "00:00", "end": "24:00" }], "tuesday": [{ "start": "00:00", "end": "24:00" }],
                "wednesday": [{ "start": "00:00", "end": "24:00" }], "thursday": [{ "start": "00:00", "end": "24:00" }],
                "friday": [{ "start": "00:00", "end": "24:00" }], "saturday": [{ "start": "00:00", "end": "24:00" }],
                "sunday": [{ "start": "00:00", "end": "24:00" }] } }
            """);

        var (code, output, _) = Itil.Run("calendar", "open-at", "-c", calendar, "--at", "2026-03-02T09:00Z");

        Assert.Equal(0, code);
        Assert.Contains("closes: not within 7 days", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Route_BadTicket_ExitsWith2()
    {
        var rules = Itil.TempFile("rules.json", RoutingRuleSet.Create(new RoutingRuleSetDefinition([])).ToJson());
        var ticket = Itil.TempFile("ticket.json", """{ "shortDescription": "x", "receivedAt": "yesterday" }""");

        var (code, _, error) = Itil.Run("route", "--rules", rules, "--ticket", ticket);

        Assert.Equal(2, code);
        Assert.Contains("receivedAt", error, StringComparison.Ordinal);
    }

    [Fact]
    public void SlaStatus_PrintsStageElapsedRemainingAndBreach()
    {
        var (history, slas) = EmailIncidentAndSla();

        var (code, output, error) = Itil.Run("sla", "status", "--history", history, "--sla", slas, "--at", "2026-03-02T12:00:00Z");

        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.Contains("email-sla resolution", output, StringComparison.Ordinal);
        Assert.Contains("elapsed   3h business", output, StringComparison.Ordinal);
        Assert.Contains("remaining 5h", output, StringComparison.Ordinal);
        Assert.Contains("breach    2026-03-02T17:00:00+00:00", output, StringComparison.Ordinal);
    }

    [Fact]
    public void SlaStatus_PrintsWarningsInTheCalendarsZoneAndUtc()
    {
        var (history, slas) = EmailIncidentAndSla();

        // 8 h target from 09:00: 50 % was reached at 13:00; at 14:00 the warning is listed.
        var (code, output, error) = Itil.Run("sla", "status", "--history", history, "--sla", slas, "--at", "2026-03-02T14:00:00Z");

        Assert.Equal("", error);
        Assert.Equal(0, code);
        var warning = Assert.Single(output.Split('\n'), line => line.Contains("warning", StringComparison.Ordinal));
        Assert.StartsWith("  warning   50 % at 2026-03-02T13:00:00+00:00 ", warning, StringComparison.Ordinal);
        Assert.EndsWith("(2026-03-02T13:00:00Z)", warning.TrimEnd(), StringComparison.Ordinal);
        Assert.DoesNotContain("SlaWarning", output, StringComparison.Ordinal);
    }

    [Fact]
    public void RealEntryPoint_AsAProcess_ReportsErrorsOnStderrWithExitCode2()
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "itil.dll"), "catalog", "validate", "/no/such/catalog.json"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(2, process.ExitCode);
        Assert.Equal("", output);
        Assert.Contains("/no/such/catalog.json", error, StringComparison.Ordinal);
    }

    private static (string History, string Slas) EmailIncidentAndSla()
    {
        var opened = Instant.FromUtc(2026, 3, 2, 9, 0);
        var model = ServiceModel.Load(RealData.Repo("docs/examples/catalog.json"));
        var practice = new IncidentManagement(new FakeClock(opened), new IncidentManagementOptions { ServiceModel = model });
        var logged = practice.Log(new ActorId("agent.ana"), new LogIncident(new IncidentId("INC0001"), "Mail is slow", new ActorId("caller.eva"), ContactChannel.Phone, new Impact(2), new Urgency(2)) { Service = new ServiceId("email") });
        var history = Itil.TempFile("history.json", ItilJson.Serialize(logged.Events.ToList()));
        var objective = new SlaObjective(
            SlaMetric.Resolution,
            Enumerable.Range(1, 5).Select(p => new SlaTarget(new Priority(p), Duration.FromHours(8))).ToArray(),
            new StateIn([IncidentState.New, IncidentState.InProgress, IncidentState.OnHold]),
            new StateIn([IncidentState.Resolved, IncidentState.Closed]));
        var slas = Itil.TempFile("sla.json", ItilJson.Serialize(new ServiceLevelDocument([new ServiceLevelAgreementDefinition(new SlaId("email-sla"), "E-mail", new ServiceId("email"), [objective])])));
        return (history, slas);
    }
}
