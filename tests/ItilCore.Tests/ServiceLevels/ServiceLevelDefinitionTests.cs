using System;
using System.Linq;
using ItilCore.Catalog;
using ItilCore.Incidents;
using ItilCore.ServiceLevels;
using ItilCore.Serialization;
using NodaTime;
using Xunit;
using static ItilCore.Tests.ServiceLevels.SlaFixture;

namespace ItilCore.Tests.ServiceLevels;

public sealed class ServiceLevelDefinitionTests
{
    private static readonly BusinessCalendar[] NoCalendars = [];

    [Fact]
    public void Create_ValidAgreements_Builds()
    {
        var levels = Levels(NoCalendars, Agreement("sla", null, FirstResponse(Duration.FromMinutes(30)), Resolution(Duration.FromHours(8))));

        Assert.Equal(new SlaId("sla"), Assert.Single(levels.Agreements).Id);
    }

    [Fact]
    public void Create_InvalidAgreements_ReportEveryProblemWithItsPath()
    {
        var missingP5 = Targets(Duration.FromHours(4)).Take(4).Append(new SlaTarget(new Priority(1), Duration.FromHours(1))).ToArray();
        var bad = new ServiceLevelAgreementDefinition(new SlaId("bad"), " ", new ServiceId("fax"), [
            new SlaObjective(SlaMetric.Resolution, missingP5, new StateIn([]), new Always()),
            new SlaObjective(SlaMetric.Resolution, [new SlaTarget(new Priority(6), Duration.Zero)], new Always(), new Always()),
        ])
        {
            Offering = new ServiceOfferingId("gold"),
            Customer = new OrganizationId("nobody"),
            Calendar = new CalendarId("office-hours"),
            WarningThresholds = [75, 50, 120],
        };
        var duplicate = Agreement("bad", null, Resolution(Duration.FromHours(8)));

        var e = Assert.Throws<InvalidDefinitionException>(() => Levels(NoCalendars, bad, duplicate));

        Assert.Equal(
            [
                "$.agreements[0].name: the name is empty",
                "$.agreements[0].service: service fax is not in the service catalogue",
                "$.agreements[0].offering: service offering gold is not in the service catalogue",
                "$.agreements[0].customer: organization nobody is not in the service catalogue",
                "$.agreements[0].calendar: calendar office-hours is not among the calendars given",
                "$.agreements[0].warningThresholds[1]: 50 % does not come after 75 %; thresholds must ascend",
                "$.agreements[0].warningThresholds[2]: 120 % is not above 0 % and at most 100 %",
                "$.agreements[0].objectives[0].start: the condition lists nothing, so it can never hold; use 'never' if that is meant",
                "$.agreements[0].objectives[0].targets[4].priority: P1 already has a target",
                "$.agreements[0].objectives[0].targets: P5 has no target; every priority of the matrix needs one",
                "$.agreements[0].objectives[1].metric: the agreement already has a resolution objective",
                "$.agreements[0].objectives[1].targets[0].priority: priority 6 is not on the matrix's scale 1 to 5",
                "$.agreements[0].objectives[1].targets[0].duration: the target 0:00:00:00 is not positive",
                "$.agreements[0].objectives[1].targets: P1, P2, P3, P4, P5 have no target; every priority of the matrix needs one",
                "$.agreements[1].id: the id bad is used by an earlier agreement",
            ],
            e.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Create_ATargetLongerThanCalendarsCover_IsReported_WhereOneJustShorterIsAccepted()
    {
        var tooLong = Agreement("ages", null, Resolution(Duration.FromDays(300 * 365)));

        var e = Assert.Throws<InvalidDefinitionException>(() => Levels(NoCalendars, tooLong));

        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"$.agreements[0].objectives[0].targets[{i}].duration"), e.Problems.Select(p => p.Path));
        Assert.All(e.Problems, p => Assert.Contains("longer than the whole span business calendars cover", p.Message, System.StringComparison.Ordinal));

        // 200 years fits the span, so it is accepted (its deadline lies past the span's end: never reached).
        var levels = Levels(NoCalendars, Agreement("long", null, Resolution(Duration.FromDays(200 * 365))));
        Assert.Single(levels.Agreements);
    }

    public static TheoryData<SlaCondition> EmptyLists => new()
    {
        new StateIn([]),
        new HoldReasonIn([]),
        new PriorityIn([]),
        new ItilCore.Requests.RequestStateIn([]),
        new ItilCore.Requests.RequestHoldReasonIn([]),
    };

    [Theory]
    [MemberData(nameof(EmptyLists))]
    public void Create_AConditionThatListsNothing_IsReported(SlaCondition empty)
    {
        var agreement = Agreement("sla", null, Resolution(Duration.FromHours(8)) with { Start = empty });

        var e = Assert.Throws<InvalidDefinitionException>(() => Levels(NoCalendars, agreement));

        Assert.Equal("$.agreements[0].objectives[0].start: the condition lists nothing, so it can never hold; use 'never' if that is meant", Assert.Single(e.Problems).ToString());
    }

    public static TheoryData<SlaCondition, string> EmptyCombinations => new()
    {
        { new AnyOf([]), "the any-of lists no condition, so it can never hold; use 'never' if that is meant" },
        { new AllOf([]), "the all-of lists no condition, so it always holds; use 'always' if that is meant" },
        { new Not(new PriorityIn([])), "the condition it negates lists nothing, so it always holds; use 'always' if that is meant" },
    };

    [Theory]
    [MemberData(nameof(EmptyCombinations))]
    public void Create_AnEmptyCombination_IsReportedForWhatItReallyDoes(SlaCondition empty, string problem)
    {
        var agreement = Agreement("sla", null, Resolution(Duration.FromHours(8)) with { Start = empty });

        var e = Assert.Throws<InvalidDefinitionException>(() => Levels(NoCalendars, agreement));

        Assert.Equal("$.agreements[0].objectives[0].start: " + problem, Assert.Single(e.Problems).ToString());
    }

    [Fact]
    public void Create_ACalendarWithNoWorkingTime_IsReported()
    {
        // A morning desk and an afternoon supplier never work at the same time: their intersection has no working time.
        static BusinessCalendar Office(string id, string start, string end) => BusinessCalendar.Create(new BusinessCalendarDefinition(
            new CalendarId(id), id, "Europe/London", WeeklyHours.MondayToFriday(start, end)));
        var both = BusinessCalendar.Intersect(Office("mornings", "08:00", "12:00"), Office("afternoons", "13:00", "17:00"));

        var e = Assert.Throws<InvalidDefinitionException>(() => Levels([both], Agreement("sla", both.Id, Resolution(Duration.FromHours(8)))));

        Assert.Equal($"$.agreements[0].calendar: calendar {both.Id} has no working time, so no target could ever be reached", Assert.Single(e.Problems).ToString());
    }

    [Fact]
    public void Create_ResumeOnTheResumeConditionThatIsNever_IsReported()
    {
        var agreement = Agreement("sla", null, Resolution(Duration.FromHours(8)) with { ResumeWhen = ResumeWhen.ResumeConditionMet });

        var e = Assert.Throws<InvalidDefinitionException>(() => Levels(NoCalendars, agreement));

        Assert.StartsWith("$.agreements[0].objectives[0].resume: the clock resumes only when the resume condition holds", Assert.Single(e.Problems).ToString(), StringComparison.Ordinal);
        Assert.Single(Levels(NoCalendars, Agreement("sla", null, Resolution(Duration.FromHours(8)) with { ResumeWhen = ResumeWhen.ResumeConditionMet, Pause = new Never() })).Agreements);
    }

    [Fact]
    public void Create_OfferingThatDoesNotDescribeTheService_IsReported()
    {
        var agreement = Agreement("sla", null, Resolution(Duration.FromHours(8))) with { Offering = new ServiceOfferingId("payroll-standard") };

        var e = Assert.Throws<InvalidDefinitionException>(() => Levels(NoCalendars, agreement));

        Assert.Equal("$.agreements[0].offering: service offering payroll-standard does not describe service email", Assert.Single(e.Problems).ToString());
    }

    private static ItilCore.Configuration.ServiceModel ModelWith(ServiceStatus email, ServiceStatus bundle)
    {
        var document = Model.ToDocument();
        return ItilCore.Configuration.ServiceModel.Create(document with
        {
            Services = document.Services.Select(s => s.Id == Email ? s with { Status = email } : s).ToArray(),
            Offerings = document.Offerings.Select(o => o.Id.Value == "office-worker-bundle" ? o with { Status = bundle } : o).ToArray(),
        });
    }

    [Fact]
    public void Create_AgreementOnARetiredServiceOrOffering_IsReportedNamingIt()
    {
        var agreement = Agreement("sla", null, Resolution(Duration.FromHours(8))) with { Offering = new ServiceOfferingId("office-worker-bundle") };
        var document = new ServiceLevelDocument([agreement]);

        var retiredService = Assert.Throws<InvalidDefinitionException>(() => ServiceLevelManagement.Create(document, ModelWith(ServiceStatus.Retired, ServiceStatus.Live), PriorityMatrix.ServiceNowDefault, NoCalendars));
        var retiredOffering = Assert.Throws<InvalidDefinitionException>(() => ServiceLevelManagement.Create(document, ModelWith(ServiceStatus.Live, ServiceStatus.Retired), PriorityMatrix.ServiceNowDefault, NoCalendars));

        Assert.Equal("$.agreements[0].service: service email is retired; an agreement cannot be made for a retired service", Assert.Single(retiredService.Problems).ToString());
        Assert.Equal("$.agreements[0].offering: service offering office-worker-bundle is retired; an agreement cannot be made for a retired offering", Assert.Single(retiredOffering.Problems).ToString());
    }

    [Fact]
    public void Create_AgreementOnAPipelineService_Builds()
    {
        var agreement = Agreement("sla", null, Resolution(Duration.FromHours(8))) with { Offering = new ServiceOfferingId("office-worker-bundle") };

        var levels = ServiceLevelManagement.Create(new ServiceLevelDocument([agreement]), ModelWith(ServiceStatus.Pipeline, ServiceStatus.Pipeline), PriorityMatrix.ServiceNowDefault, NoCalendars);

        Assert.Single(levels.Agreements);
    }

    [Fact]
    public void Json_RoundTrips_AndReadsBackTheSameAgreements()
    {
        var levels = Levels(NoCalendars, Agreement("sla", null, FirstResponse(Duration.FromMinutes(30)), Resolution(Duration.FromHours(8)) with
        {
            Reset = new AllOf([new MajorIncident(), new Not(new PriorityIn([new Priority(5)]))]),
            RetroactiveStart = true,
        }) with { Kind = AgreementKind.OperationalLevelAgreement, TimeZoneSource = TimeZoneSource.Caller });

        var json = levels.ToJson();
        var back = ServiceLevelManagement.FromJson(json, Model, PriorityMatrix.ServiceNowDefault, NoCalendars);

        Assert.Equal(json, back.ToJson());
        Assert.Contains("\"when\": \"hold-reason-in\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"operational-level-agreement\"", json, StringComparison.Ordinal);
        Assert.Contains("\"duration\": \"8:00:00\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_UnknownCondition_SaysWhere()
    {
        const string json = """{ "agreements": [ { "id": "a", "name": "A", "service": "email", "objectives": [ { "metric": "resolution", "targets": [], "start": { "when": "moon-is-full" }, "stop": { "when": "always" } } ] } ] }""";

        var e = Assert.Throws<JsonReadException>(() => ServiceLevelManagement.FromJson(json, Model, PriorityMatrix.ServiceNowDefault, NoCalendars, source: "sla.json"));

        Assert.Contains("moon-is-full", e.Message, StringComparison.Ordinal);
        Assert.Equal("sla.json", e.SourceName);
    }

    [Fact]
    public void Conditions_DescribeThemselves()
    {
        var condition = new AllOf([new StateIn([IncidentState.OnHold]), new HoldReasonIn([HoldReason.AwaitingCaller, HoldReason.AwaitingVendor])]);

        Assert.Equal("(state is On Hold and on hold awaiting caller or awaiting vendor)", condition.Describe());
    }

    [Fact]
    public void AgreementsFor_AllMatchingAndFirstMatch_FollowThePolicy()
    {
        var general = Agreement("general", null, Resolution(Duration.FromHours(8)));
        var office = Agreement("office", null, Resolution(Duration.FromHours(4)), FirstResponse(Duration.FromHours(1))) with { Offering = new ServiceOfferingId("office-worker-bundle") };
        var document = new ServiceLevelDocument([general, office]);
        var f = new SlaFixture(Instant.FromUtc(2026, 3, 2, 9, 0));
        f.Log();
        var ticket = f.Timeline[0] with { Offering = new ServiceOfferingId("office-worker-bundle") };

        var all = ServiceLevelManagement.Create(document, Model, PriorityMatrix.ServiceNowDefault, NoCalendars);
        var first = ServiceLevelManagement.Create(document with { AttachPolicy = AttachPolicy.FirstMatch }, Model, PriorityMatrix.ServiceNowDefault, NoCalendars);

        Assert.Equal(["general", "office"], all.AgreementsFor(ticket).Select(a => a.Id.Value));
        Assert.Equal(["general", "office"], first.AgreementsFor(ticket).Select(a => a.Id.Value));
        Assert.Equal(["general"], all.AgreementsFor(f.Timeline[0]).Select(a => a.Id.Value));
        Assert.Equal(3, all.Evaluate([ticket], ticket.OpenedAt).Count);
        Assert.Equal([SlaMetric.Resolution, SlaMetric.FirstResponse], first.Evaluate([ticket], ticket.OpenedAt).Select(s => s.Metric));
        Assert.Equal(["general", "office"], first.Evaluate([ticket], ticket.OpenedAt).Select(s => s.Agreement.Value));
    }

    [Fact]
    public void AgreementsFor_CustomerScope_NeedsTheCallerInTheCustomersRelationships()
    {
        var relationship = Model.Catalog.ToDocument().Relationships[0];
        var agreement = Agreement("acme", null, Resolution(Duration.FromHours(8))) with { Customer = relationship.Consumer };
        var levels = Levels(NoCalendars, agreement);
        var f = new SlaFixture(Instant.FromUtc(2026, 3, 2, 9, 0));
        f.Log();
        var member = relationship.Users.Concat(relationship.Customers).First();

        Assert.Empty(levels.AgreementsFor(f.Timeline[0]));
        Assert.Single(levels.AgreementsFor(f.Timeline[0] with { Caller = member }));
    }

    private static readonly SlaObjective TimeToFulfil = new(
        SlaMetric.Fulfilment,
        Targets(Duration.FromHours(16)),
        new ItilCore.Requests.RequestStateIn([ItilCore.Requests.ServiceRequestState.Submitted, ItilCore.Requests.ServiceRequestState.Fulfilling]),
        new ItilCore.Requests.RequestStateIn([ItilCore.Requests.ServiceRequestState.Fulfilled]));

    [Fact]
    public void Measures_WithoutAppliesTo_FollowsWhatTheConditionsRead_IncidentsWhenTheyReadNeither()
    {
        var mixed = Resolution(Duration.FromHours(8)) with { Start = new AnyOf([new StateIn([IncidentState.New]), new Not(new ItilCore.Requests.RequestStateIn([ItilCore.Requests.ServiceRequestState.Closed]))]) };

        Assert.Equal((true, false), (Resolution(Duration.FromHours(8)).Measures(TicketKind.Incident), Resolution(Duration.FromHours(8)).Measures(TicketKind.ServiceRequest)));
        Assert.Equal((false, true), (TimeToFulfil.Measures(TicketKind.Incident), TimeToFulfil.Measures(TicketKind.ServiceRequest)));
        Assert.Equal((true, false), (FirstResponse(Duration.FromHours(1)).Measures(TicketKind.Incident), FirstResponse(Duration.FromHours(1)).Measures(TicketKind.ServiceRequest)));
        Assert.Equal((true, true), (mixed.Measures(TicketKind.Incident), mixed.Measures(TicketKind.ServiceRequest)));
    }

    [Fact]
    public void Measures_WithAppliesTo_IsWhatItLists()
    {
        var both = FirstResponse(Duration.FromHours(1)) with { AppliesTo = [TicketKind.Incident, TicketKind.ServiceRequest] };
        var requests = FirstResponse(Duration.FromHours(1)) with { AppliesTo = [TicketKind.ServiceRequest] };

        Assert.Equal((true, true), (both.Measures(TicketKind.Incident), both.Measures(TicketKind.ServiceRequest)));
        Assert.Equal((false, true), (requests.Measures(TicketKind.Incident), requests.Measures(TicketKind.ServiceRequest)));
    }

    [Fact]
    public void AgreementsFor_ATicketThatDoesNotSayItsKind_GetsEveryObjective()
    {
        var levels = Levels(NoCalendars, Agreement("incidents", null, Resolution(Duration.FromHours(8))), Agreement("requests", null, TimeToFulfil));
        var f = new SlaFixture(Instant.FromUtc(2026, 3, 2, 9, 0));
        f.Log();

        var ticket = f.Timeline[0].ToSlaTicket();

        Assert.Equal(["incidents"], levels.AgreementsFor(ticket).Select(a => a.Id.Value));
        Assert.Equal(["incidents", "requests"], levels.AgreementsFor(ticket with { Kind = null }).Select(a => a.Id.Value));
    }

    [Fact]
    public void Json_AppliesTo_IsWrittenWhenGiven_AndReadBack()
    {
        var levels = Levels(NoCalendars, Agreement("sla", null, FirstResponse(Duration.FromHours(1)) with { AppliesTo = [TicketKind.Incident, TicketKind.ServiceRequest] }, Resolution(Duration.FromHours(8))));

        var json = levels.ToJson();
        var back = ServiceLevelManagement.FromJson(json, Model, PriorityMatrix.ServiceNowDefault, NoCalendars);

        Assert.Equal(json, back.ToJson());
        Assert.Contains("\"appliesTo\": [\n            \"incident\",\n            \"service-request\"\n          ]", json.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(json, "appliesTo"));
        Assert.Equal([TicketKind.Incident, TicketKind.ServiceRequest], back.Agreements[0].Objectives[0].AppliesTo!);
        Assert.Null(back.Agreements[0].Objectives[1].AppliesTo);
    }

    [Fact]
    public void FromJson_AnUnknownKindOfTicket_SaysWhichNamesAreAccepted()
    {
        const string json = """{ "agreements": [ { "id": "a", "name": "A", "service": "email", "objectives": [ { "metric": "resolution", "targets": [], "start": { "when": "always" }, "stop": { "when": "never" }, "appliesTo": ["problem"] } ] } ] }""";

        var e = Assert.Throws<JsonReadException>(() => ServiceLevelManagement.FromJson(json, Model, PriorityMatrix.ServiceNowDefault, NoCalendars, source: "sla.json"));

        Assert.Contains("problem", e.Message, StringComparison.Ordinal);
        Assert.Contains("service-request", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_AppliesToThatMeasuresNothingOrContradictsTheConditions_IsReported()
    {
        var agreement = Agreement(
            "sla",
            null,
            Resolution(Duration.FromHours(8)) with { AppliesTo = [TicketKind.Incident, TicketKind.ServiceRequest, TicketKind.Incident] },
            FirstResponse(Duration.FromHours(1)) with { AppliesTo = [] },
            TimeToFulfil with { AppliesTo = [TicketKind.Incident, (TicketKind)7] });

        var e = Assert.Throws<InvalidDefinitionException>(() => Levels(NoCalendars, agreement));

        Assert.Equal(
            [
                "$.agreements[0].objectives[0].appliesTo[1]: the objective applies to service requests, but its conditions read only incidents, and service requests have none of what they test",
                "$.agreements[0].objectives[0].appliesTo[2]: incidents are already listed",
                "$.agreements[0].objectives[1].appliesTo: the objective applies to no kind of ticket, so it measures nothing; leave 'appliesTo' out to measure the kind its conditions read",
                "$.agreements[0].objectives[2].appliesTo[0]: the objective applies to incidents, but its conditions read only service requests, and incidents have none of what they test",
                "$.agreements[0].objectives[2].appliesTo[1]: 7 is not a kind of ticket",
            ],
            e.Problems.Select(p => p.ToString()));
    }
}
