using System;
using System.Collections.Generic;
using System.Linq;
using ItilCore.Incidents;
using ItilCore.Serialization;
using ItilCore.Tests.Support;
using Xunit;
using static ItilCore.Tests.Support.Fixture;

namespace ItilCore.Tests.Incidents;

/// <summary>An incident's links to the problem that causes it and the change that fixes it (review s13 item 2).</summary>
public sealed class IncidentLinkTests
{
    private static readonly ProblemId Prb1 = new("PRB0001");
    private static readonly ProblemId Prb2 = new("PRB0002");
    private static readonly ChangeId Chg1 = new("CHG0001");
    private static readonly ChangeId Chg2 = new("CHG0002");

    private readonly Fixture _f = new();

    public static TheoryData<string> LinkableStates => new() { "New", "InProgress", "OnHold", "Resolved" };

    private Incident In(string state) => state switch
    {
        "New" => _f.Log(),
        "InProgress" => _f.InProgress(),
        "OnHold" => OnHold(_f.InProgress(), HoldReason.AwaitingVendor),
        "Resolved" => _f.Resolved(),
        "Closed" => Closed(_f.Resolved()),
        "Canceled" => Canceled(_f.Log()),
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    private static Incident OnHold(Incident incident, HoldReason reason)
    {
        incident.PutOnHold(Agent, reason, "Waiting").ThrowIfRejected();
        return incident;
    }

    private static Incident Closed(Incident incident)
    {
        incident.Close(Agent).ThrowIfRejected();
        return incident;
    }

    private static Incident Canceled(Incident incident)
    {
        incident.Cancel(Agent, "Duplicate").ThrowIfRejected();
        return incident;
    }

    [Theory]
    [MemberData(nameof(LinkableStates))]
    public void LinkToProblemAndChange_OpenOrResolved_AreRecordedWithoutMoving(string state)
    {
        var incident = In(state);
        var before = incident.State;

        var problem = Assert.IsType<IncidentProblemLinked>(Assert.Single(incident.LinkToProblem(Agent, Prb1).ThrowIfRejected()));
        var change = Assert.IsType<IncidentChangeLinked>(Assert.Single(incident.LinkToChange(Agent, Chg1).ThrowIfRejected()));

        Assert.Equal(Prb1, problem.Problem);
        Assert.Equal(Chg1, change.Change);
        Assert.Equal(Prb1, incident.Problem);
        Assert.Equal(Chg1, incident.Change);
        Assert.Equal(before, incident.State);
        Assert.Equal(Prb1, incident.ToSnapshot().Problem);
        Assert.Equal(Chg1, incident.ToSnapshot().Change);
    }

    [Fact]
    public void Links_AreRecordedInTheLifecycleTable()
    {
        IncidentState[] expected = [IncidentState.New, IncidentState.InProgress, IncidentState.OnHold, IncidentState.Resolved];

        Assert.Equal(expected, IncidentLifecycle.Definition.StatesPermitting(IncidentTrigger.LinkToProblem).Order());
        Assert.Equal(expected, IncidentLifecycle.Definition.StatesPermitting(IncidentTrigger.LinkToChange).Order());
        Assert.Contains(IncidentTrigger.LinkToProblem, _f.Resolved().PermittedTriggers());
    }

    [Theory]
    [InlineData("Closed")]
    [InlineData("Canceled")]
    public void Links_OnAFinalIncident_AreRejectedAndChangeNothing(string state)
    {
        var incident = In(state);
        var before = incident.ToSnapshot();

        Assert.Equal(IncidentRejectionCodes.NotPermitted, incident.LinkToProblem(Agent, Prb1).Rejection?.Code);
        Assert.Equal(IncidentRejectionCodes.NotPermitted, incident.LinkToChange(Agent, Chg1).Rejection?.Code);
        Assert.Equal(before, incident.ToSnapshot());
    }

    [Fact]
    public void Links_ToTheSameRecordAgain_AreRejectedAndChangeNothing()
    {
        var incident = _f.InProgress();
        incident.LinkToProblem(Agent, Prb1).ThrowIfRejected();
        incident.LinkToChange(Agent, Chg1).ThrowIfRejected();
        var before = incident.ToSnapshot();

        var problem = incident.LinkToProblem(Agent, Prb1);
        var change = incident.LinkToChange(Agent, Chg1);

        Assert.Equal(IncidentRejectionCodes.NoChange, problem.Rejection?.Code);
        Assert.Equal("The incident is already linked to problem PRB0001.", problem.Rejection?.Message);
        Assert.Equal(IncidentRejectionCodes.NoChange, change.Rejection?.Code);
        Assert.Equal(before, incident.ToSnapshot());
    }

    [Fact]
    public void Links_ToAnotherRecord_ReplaceTheEarlierLink()
    {
        var incident = _f.InProgress();
        incident.LinkToProblem(Agent, Prb1).ThrowIfRejected();
        incident.LinkToChange(Agent, Chg1).ThrowIfRejected();

        incident.LinkToProblem(Agent, Prb2).ThrowIfRejected();
        incident.LinkToChange(Agent, Chg2).ThrowIfRejected();

        Assert.Equal(Prb2, incident.Problem);
        Assert.Equal(Chg2, incident.Change);
    }

    [Fact]
    public void Links_WithAnEmptyId_Throw()
    {
        var incident = _f.InProgress();

        Assert.Equal("problem", Assert.Throws<ArgumentException>(() => incident.LinkToProblem(Agent, default)).ParamName);
        Assert.Equal("change", Assert.Throws<ArgumentException>(() => incident.LinkToChange(Agent, default)).ParamName);
        Assert.Equal("problem", Assert.Throws<ArgumentException>(() => incident.PutOnHold(Agent, HoldReason.AwaitingProblem, problem: default(ProblemId))).ParamName);
        Assert.Equal(1 + 1, incident.Version);
    }

    [Fact]
    public void PutOnHold_AwaitingANamedProblem_RecordsItAndLinksTheIncident()
    {
        var incident = _f.InProgress();

        var held = Assert.IsType<IncidentPutOnHold>(Assert.Single(incident.PutOnHold(Agent, HoldReason.AwaitingProblem, "Known error", problem: Prb1).ThrowIfRejected()));

        Assert.Equal(Prb1, held.Problem);
        Assert.Null(held.Change);
        Assert.Equal(Prb1, incident.Problem);
        Assert.Equal(HoldReason.AwaitingProblem, incident.HoldReason);
    }

    [Fact]
    public void PutOnHold_AwaitingANamedChange_RecordsItAndLinksTheIncident()
    {
        var incident = _f.InProgress();
        incident.LinkToProblem(Agent, Prb1).ThrowIfRejected();

        var held = Assert.IsType<IncidentPutOnHold>(Assert.Single(incident.PutOnHold(Agent, HoldReason.AwaitingChange, change: Chg1).ThrowIfRejected()));

        Assert.Equal(Chg1, held.Change);
        Assert.Null(held.Problem);
        Assert.Equal(Chg1, incident.Change);
        Assert.Equal(Prb1, incident.Problem); // a hold that names no problem keeps the link
    }

    [Fact]
    public void PutOnHold_AwaitingAProblem_WithoutNamingIt_KeepsTheLinkAsItWas()
    {
        var incident = _f.InProgress();

        incident.PutOnHold(Agent, HoldReason.AwaitingProblem).ThrowIfRejected();

        Assert.Null(incident.Problem);
        Assert.Equal(HoldReason.AwaitingProblem, incident.HoldReason);
    }

    [Theory]
    [InlineData(HoldReason.AwaitingVendor, true, false)]
    [InlineData(HoldReason.AwaitingChange, true, false)]
    [InlineData(HoldReason.AwaitingCaller, true, false)]
    [InlineData(HoldReason.AwaitingProblem, false, true)]
    [InlineData(HoldReason.AwaitingVendor, false, true)]
    public void PutOnHold_NamingARecordTheReasonDoesNotWaitOn_IsRejectedAndChangesNothing(HoldReason reason, bool nameProblem, bool nameChange)
    {
        var incident = _f.InProgress();
        var before = incident.ToSnapshot();

        var result = incident.PutOnHold(Agent, reason, "Waiting", nameProblem ? Prb1 : null, nameChange ? Chg1 : null);

        Assert.Equal(IncidentRejectionCodes.HoldReferenceMismatch, result.Rejection?.Code);
        Assert.Empty(result.Events);
        Assert.Equal(before, incident.ToSnapshot());
    }

    [Fact]
    public void PutOnHold_MismatchMessage_SaysWhatMayBeNamed()
    {
        var result = _f.InProgress().PutOnHold(Agent, HoldReason.AwaitingVendor, problem: Prb1);

        Assert.Equal("A problem (PRB0001) can be named only with the hold reason Awaiting Problem, not Awaiting Vendor.", result.Rejection?.Message);
    }

    [Fact]
    public void Links_SurviveResolutionAndReopening()
    {
        var incident = _f.InProgress();
        incident.PutOnHold(Agent, HoldReason.AwaitingProblem, problem: Prb1).ThrowIfRejected();
        incident.LinkToChange(Agent, Chg1).ThrowIfRejected();

        incident.Resolve(Agent, ResolutionCode.SolvedPermanently, "Fixed by the change").ThrowIfRejected();
        Assert.Equal((Prb1, Chg1), (incident.Problem!.Value, incident.Change!.Value));
        incident.Reopen(Agent, "Came back").ThrowIfRejected();

        Assert.Equal((Prb1, Chg1), (incident.Problem!.Value, incident.Change!.Value));
    }

    [Fact]
    public void Rebuild_WithLinksAndNamedHolds_EqualsLiveIncident_AlsoAfterJson()
    {
        var logged = _f.Practice.Log(Agent, Command());
        var incident = logged.Value!;
        var events = new List<DomainEvent>(logged.Events);
        events.AddRange(incident.LinkToProblem(Agent, Prb2).ThrowIfRejected());
        events.AddRange(incident.Assign(Agent, ServiceDesk).ThrowIfRejected());
        events.AddRange(incident.PutOnHold(Agent, HoldReason.AwaitingProblem, problem: Prb1).ThrowIfRejected());
        events.AddRange(incident.Resume(Agent).ThrowIfRejected());
        events.AddRange(incident.PutOnHold(Agent, HoldReason.AwaitingChange, "Fix scheduled", change: Chg1).ThrowIfRejected());
        events.AddRange(incident.Resolve(Agent, ResolutionCode.SolvedPermanently, "Change implemented").ThrowIfRejected());
        events.AddRange(incident.LinkToChange(Agent, Chg2).ThrowIfRejected());

        var json = ItilJson.Serialize(events);
        var reread = ItilJson.Deserialize<List<DomainEvent>>(json);

        Assert.Equal(incident.ToSnapshot(), _f.Practice.Rebuild(events).ToSnapshot());
        Assert.Equal(events, reread);
        Assert.Equal(incident.ToSnapshot(), _f.Practice.Rebuild(reread).ToSnapshot());
        Assert.Equal((Prb1, Chg2), (incident.Problem!.Value, incident.Change!.Value));
        Assert.Contains("\"$type\": \"incident.problem-linked\"", json, StringComparison.Ordinal);
        Assert.Contains("\"$type\": \"incident.change-linked\"", json, StringComparison.Ordinal);
        Assert.Contains("\"problem\": \"PRB0001\"", json, StringComparison.Ordinal);
        Assert.Contains("\"change\": \"CHG0001\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Rebuild_StopsAtAVersion_WithTheLinkOfThatVersion()
    {
        var incident = _f.InProgress();
        var events = new List<DomainEvent>();
        var rebuiltFrom = _f.Practice;
        incident.LinkToProblem(Agent, Prb1).ThrowIfRejected();
        incident.LinkToProblem(Agent, Prb2).ThrowIfRejected();

        // Replaying a history that links twice ends with the second link.
        var f = new Fixture();
        var logged = f.Practice.Log(Agent, Command());
        events.AddRange(logged.Events);
        events.AddRange(logged.Value!.LinkToProblem(Agent, Prb1).ThrowIfRejected());
        events.AddRange(logged.Value!.LinkToProblem(Agent, Prb2).ThrowIfRejected());

        Assert.Equal(Prb1, f.Practice.Rebuild(events.Take(2)).Problem);
        Assert.Equal(Prb2, f.Practice.Rebuild(events).Problem);
        Assert.Equal(Prb2, rebuiltFrom.Rebuild(events).ToSnapshot().Problem);
    }

    [Fact]
    public void PutOnHoldEvent_WrittenBeforeTheLinks_StillReads()
    {
        const string json = """
            {
              "$type": "incident.put-on-hold",
              "envelope": {
                "eventId": "00000001-0000-0000-0000-000000000000",
                "aggregateId": "INC0001",
                "version": 3,
                "occurredAt": "2026-03-02T09:00:00Z",
                "actor": "agent.smith"
              },
              "reason": "awaiting-problem",
              "comment": null
            }
            """;

        var held = Assert.IsType<IncidentPutOnHold>(ItilJson.Deserialize<DomainEvent>(json));

        Assert.Equal(HoldReason.AwaitingProblem, held.Reason);
        Assert.Null(held.Problem);
        Assert.Null(held.Change);
    }

    [Fact]
    public void LinkEvents_RoundTrip_WithTheirWireNames()
    {
        var incident = _f.InProgress();
        var problem = Assert.Single(incident.LinkToProblem(Agent, Prb1).Events);
        var change = Assert.Single(incident.LinkToChange(Agent, Chg1).Events);

        Assert.Equal(problem, ItilJson.Deserialize<DomainEvent>(ItilJson.Serialize(problem)));
        Assert.Equal(change, ItilJson.Deserialize<DomainEvent>(ItilJson.Serialize(change)));
        Assert.Equal("incident.problem-linked", ItilJson.EventTypeNames[typeof(IncidentProblemLinked)]);
        Assert.Equal("incident.change-linked", ItilJson.EventTypeNames[typeof(IncidentChangeLinked)]);
    }
}
