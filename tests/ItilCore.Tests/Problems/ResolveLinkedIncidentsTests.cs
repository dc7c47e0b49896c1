using System;
using System.Collections.Generic;
using System.Linq;
using ItilCore.Incidents;
using ItilCore.Problems;
using ItilCore.Serialization;
using ItilCore.Tests.Support;
using NodaTime;
using NodaTime.Testing;
using Xunit;
using static ItilCore.Tests.Support.ProblemFixture;

namespace ItilCore.Tests.Problems;

/// <summary>ServiceNow's "Resolve Incidents" on a resolved problem: the incidents on hold awaiting it are resolved.</summary>
public sealed class ResolveLinkedIncidentsTests
{
    private static readonly AssignmentGroupId Desk = new("service-desk");

    private static Incident Waiting(ProblemFixture f, string id, HoldReason reason = HoldReason.AwaitingProblem, string? problem = null)
    {
        var incident = f.Incident(id);
        incident.Assign(Agent, Desk).ThrowIfRejected();
        incident.PutOnHold(Agent, reason, "Waiting", problem is null ? null : new ProblemId(problem)).ThrowIfRejected();
        return incident;
    }

    [Fact]
    public void ResolveLinkedIncidents_ResolvesTheIncidentsOnHoldAwaitingTheProblem_AndLeavesTheOthers()
    {
        var f = new ProblemFixture();
        var named = Waiting(f, "INC1", problem: "PRB1");
        var unnamed = Waiting(f, "INC2");
        var inProgress = f.Incident("INC3");
        inProgress.Assign(Agent, Desk).ThrowIfRejected();
        var vendor = Waiting(f, "INC4", HoldReason.AwaitingVendor);
        var otherProblem = Waiting(f, "INC5", problem: "PRB9");
        var canceled = f.Incident("INC6");
        canceled.Cancel(Agent, "Duplicate").ThrowIfRejected();
        var fresh = f.Incident("INC7");
        var all = new[] { named, unnamed, inProgress, vendor, otherProblem, canceled, fresh };
        var problem = f.Analysing("PRB1", "INC1", "INC2", "INC3", "INC4", "INC5", "INC6", "INC7");
        problem.RecordRootCause(Agent, "Relay queue limit too low").ThrowIfRejected();
        problem.DocumentWorkaround(Agent, "Restart the relay service").ThrowIfRejected();
        problem.RecordKnownError(Agent, "Mail stuck in outbox").ThrowIfRejected();
        problem.RequestChange(Agent, new ChangeId("CHG0001")).ThrowIfRejected();
        problem.RecordPermanentSolution(Agent, "Raise the queue limit to 10,000").ThrowIfRejected();
        problem.Resolve(Agent, "Queue limit raised in CHG0001").ThrowIfRejected();
        var untouched = new[] { inProgress, vendor, otherProblem, canceled, fresh }.Select(i => i.ToSnapshot()).ToArray();
        var problemBefore = problem.ToSnapshot();
        f.Clock.Advance(Duration.FromMinutes(5));

        var result = f.Practice.ResolveLinkedIncidents(Agent, problem, all.Reverse());

        Assert.True(result.IsAccepted, result.ToString());
        var resolved = result.Events.Cast<IncidentResolved>().ToArray();
        Assert.Equal(["INC1", "INC2"], resolved.Select(e => e.IncidentId.Value));
        Assert.All(resolved, e => Assert.Equal(ResolutionCode.SolvedPermanently, e.Code));
        Assert.All(resolved, e => Assert.Equal("Resolved by problem PRB1 (fix applied): Queue limit raised in CHG0001", e.Notes));
        Assert.All(resolved, e => Assert.Equal(f.Clock.GetCurrentInstant(), e.Envelope.OccurredAt));
        Assert.All(new[] { named, unnamed }, i => Assert.Equal(IncidentState.Resolved, i.State));
        Assert.All(new[] { named, unnamed }, i => Assert.NotNull(i.AssignmentGroup));
        Assert.Equal(untouched, new[] { inProgress, vendor, otherProblem, canceled, fresh }.Select(i => i.ToSnapshot()));
        Assert.Equal(problemBefore, problem.ToSnapshot());
        Assert.Equal(ProblemManagement.ResolutionNoteText(problem), resolved[0].Notes);
    }

    [Fact]
    public void ResolveLinkedIncidents_AfterAMerge_ResolvesTheIncidentsThatAwaitTheDuplicate()
    {
        // INC1 waits for PRB-D, which is merged into PRB-M: fixing PRB-M resolves it (it was stranded, naming a
        // duplicate that can no longer be fixed), and INC5 naming an unrelated problem still waits.
        var f = new ProblemFixture();
        var onDuplicate = Waiting(f, "INC1", problem: "PRB-D");
        var other = Waiting(f, "INC5", problem: "PRB9");
        var duplicate = f.Log("PRB-D", "INC1", "INC5");
        var own = f.Incident("INC7");
        var master = f.Analysing("PRB-M", "INC7");
        f.Practice.MergeDuplicate(Agent, duplicate, master).ThrowIfRejected();
        master.RecordRootCause(Agent, "Relay queue limit too low").ThrowIfRejected();
        master.RecordKnownError(Agent, "Mail stuck in outbox").ThrowIfRejected();
        master.RequestChange(Agent, new ChangeId("CHG0001")).ThrowIfRejected();
        master.RecordPermanentSolution(Agent, "Raise the queue limit").ThrowIfRejected();
        master.Resolve(Agent, "Queue limit raised").ThrowIfRejected();
        f.Clock.Advance(Duration.FromMinutes(5));

        var result = f.Practice.ResolveLinkedIncidents(Agent, master, [own, onDuplicate, other]);

        Assert.True(result.IsAccepted, result.ToString());
        Assert.Equal(["INC1"], result.Events.Cast<IncidentResolved>().Select(e => e.IncidentId.Value));
        Assert.Equal(IncidentState.OnHold, other.State);
    }

    [Fact]
    public void ResolveLinkedIncidents_AfterChainedMerges_ResolvesTheIncidentsThatAwaitAnEarlierDuplicate()
    {
        // INC1 waits for PRB-C; PRB-C is merged into PRB-D, then PRB-D into PRB-M. INC1 came to PRB-M with the merges and
        // still names PRB-C, which can no longer be fixed: fixing PRB-M must resolve it, as it does after one merge.
        var f = new ProblemFixture();
        var onFirst = Waiting(f, "INC1", problem: "PRB-C");
        var second = f.Incident("INC2");
        var own = f.Incident("INC7");
        var first = f.Log("PRB-C", "INC1");
        var middle = f.Log("PRB-D", "INC2");
        var logged = f.Practice.Log(Agent, Command("PRB-M", "INC7"));
        var master = logged.ThrowIfRejected();
        var events = new List<DomainEvent>(logged.Events);
        events.AddRange(master.Assess(Agent, ProblemTeam).ThrowIfRejected());
        f.Practice.MergeDuplicate(Agent, first, middle).ThrowIfRejected();
        events.AddRange(f.Practice.MergeDuplicate(Agent, middle, master).ThrowIfRejected().Where(e => e.Envelope.AggregateId == "PRB-M"));
        events.AddRange(master.StartRootCauseAnalysis(Agent).ThrowIfRejected());
        events.AddRange(master.RecordRootCause(Agent, "Relay queue limit too low").ThrowIfRejected());
        events.AddRange(master.StartFix(Agent).ThrowIfRejected());
        events.AddRange(master.RecordPermanentSolution(Agent, "Raise the queue limit").ThrowIfRejected());
        events.AddRange(master.Resolve(Agent, "Queue limit raised").ThrowIfRejected());
        f.Clock.Advance(Duration.FromMinutes(5));

        var result = f.Practice.ResolveLinkedIncidents(Agent, master, [own, second, onFirst]);

        Assert.True(result.IsAccepted, result.ToString());
        Assert.Equal(["INC1"], result.Events.Cast<IncidentResolved>().Select(e => e.IncidentId.Value));
        Assert.Equal([new ProblemId("PRB-D"), new ProblemId("PRB-C")], master.MergedDuplicates);
        Assert.Equal(master.ToSnapshot(), f.Practice.Rebuild(ItilJson.Deserialize<List<DomainEvent>>(ItilJson.Serialize(events))).ToSnapshot());
    }

    [Fact]
    public void ResolveLinkedIncidents_OnAClosedProblem_ResolvesToo()
    {
        var f = new ProblemFixture();
        var incident = Waiting(f, "INC0001");
        var other = Waiting(f, "INC0002", HoldReason.AwaitingChange);
        var problem = f.Closed("PRB1");

        var result = f.Practice.ResolveLinkedIncidents(Agent, problem, [incident, other]);

        Assert.Equal("INC0001", Assert.IsType<IncidentResolved>(Assert.Single(result.ThrowIfRejected())).IncidentId.Value);
        Assert.Equal(IncidentState.Resolved, incident.State);
        Assert.Equal(IncidentState.OnHold, other.State);
    }

    [Fact]
    public void ResolveLinkedIncidents_ProblemNotFixed_IsRejectedAndChangesNothing()
    {
        var f = new ProblemFixture();
        var incident = Waiting(f, "INC0001");
        var fixing = f.Fixing("PRB1");
        var riskAccepted = f.Analysing("PRB2", "INC0001");
        riskAccepted.AcceptRisk(Agent, "Too costly to fix").ThrowIfRejected();
        var before = incident.ToSnapshot();

        var notYet = f.Practice.ResolveLinkedIncidents(Agent, fixing, [incident, f.Incident("INC0002")]);
        var accepted = f.Practice.ResolveLinkedIncidents(Agent, riskAccepted, [incident]);

        Assert.Equal(ProblemRejectionCodes.NotFixed, notYet.Rejection?.Code);
        Assert.Equal("Problem PRB1 has no fix applied to resolve its incidents with: it is Fix In Progress.", notYet.Rejection?.Message);
        Assert.Equal(ProblemRejectionCodes.NotFixed, accepted.Rejection?.Code);
        Assert.Equal("Problem PRB2 has no fix applied to resolve its incidents with: it ended with Risk Accepted.", accepted.Rejection?.Message);
        Assert.Equal(before, incident.ToSnapshot());
    }

    [Fact]
    public void ResolveLinkedIncidents_AfterReanalysis_IsRejected()
    {
        var f = new ProblemFixture();
        var incident = Waiting(f, "INC0001");
        var problem = f.Resolved("PRB1");
        problem.Reanalyze(Agent, "The incidents recur").ThrowIfRejected();

        Assert.Equal(ProblemRejectionCodes.NotFixed, f.Practice.ResolveLinkedIncidents(Agent, problem, [incident, f.Incident("INC0002")]).Rejection?.Code);
        Assert.Equal(IncidentState.OnHold, incident.State);
    }

    [Fact]
    public void ResolveLinkedIncidents_WhenNoneWaits_IsRejectedAndChangesNothing()
    {
        var f = new ProblemFixture();
        var vendor = Waiting(f, "INC0001", HoldReason.AwaitingVendor);
        var resolved = f.Incident("INC0002");
        resolved.Assign(Agent, Desk).ThrowIfRejected();
        resolved.Resolve(Agent, ResolutionCode.SolvedWorkaround, "Restarted the relay").ThrowIfRejected();
        var problem = f.Resolved("PRB1");
        var before = new[] { vendor.ToSnapshot(), resolved.ToSnapshot() };
        var problemBefore = problem.ToSnapshot();

        var result = f.Practice.ResolveLinkedIncidents(Agent, problem, [vendor, resolved]);

        Assert.Equal(ProblemRejectionCodes.NoIncidentsToResolve, result.Rejection?.Code);
        Assert.Empty(result.Events);
        Assert.Equal(before, new[] { vendor.ToSnapshot(), resolved.ToSnapshot() });
        Assert.Equal(problemBefore, problem.ToSnapshot());
    }

    [Fact]
    public void ResolveLinkedIncidents_WrongIncidents_Throw()
    {
        var f = new ProblemFixture();
        var one = Waiting(f, "INC0001");
        var two = Waiting(f, "INC0002");
        var other = f.Incident("INC0009");
        var problem = f.Resolved("PRB1");

        Assert.Equal("linkedIncidents", Assert.Throws<ArgumentException>(() => f.Practice.ResolveLinkedIncidents(Agent, problem, [one, two, other])).ParamName);
        Assert.Equal("linkedIncidents", Assert.Throws<ArgumentException>(() => f.Practice.ResolveLinkedIncidents(Agent, problem, [one])).ParamName);
        Assert.Equal("linkedIncidents", Assert.Throws<ArgumentException>(() => f.Practice.ResolveLinkedIncidents(Agent, problem, [one, two, one])).ParamName);
        Assert.Equal("problem", Assert.Throws<ArgumentException>(() => new ProblemFixture().Practice.ResolveLinkedIncidents(Agent, problem, [one, two])).ParamName);
        Assert.Equal(IncidentState.OnHold, one.State);
        Assert.Equal(IncidentState.OnHold, two.State);
    }

    [Fact]
    public void ResolveLinkedIncidents_IncidentClockSteppingBack_StampsEachResolutionWithItsOwnReading()
    {
        var t = Instant.FromUtc(2026, 3, 2, 9, 0);
        var incidentClock = new SteppingBackClock(t - Duration.FromSeconds(10));
        var problems = new ProblemManagement(new FakeClock(t));
        var incidents = new IncidentManagement(incidentClock);
        Incident Hold(string id)
        {
            var i = incidents.Log(Agent, new LogIncident(new IncidentId(id), "Mail stuck", new ActorId("caller"), ContactChannel.Phone, new Impact(2), new Urgency(2))).ThrowIfRejected();
            i.Assign(Agent, Desk).ThrowIfRejected();
            i.PutOnHold(Agent, HoldReason.AwaitingProblem).ThrowIfRejected();
            return i;
        }

        var first = Hold("INC1");
        incidentClock.Now = t - Duration.FromSeconds(1);
        var second = Hold("INC2");
        var problem = Fix(problems.Log(Agent, Command("PRB1", "INC1", "INC2")).ThrowIfRejected());
        incidentClock.Now = t;
        incidentClock.StepsBack = true;

        // INC1 reads t, INC2 reads t - 1 s: still not before its last change, so both are resolved, each at its reading.
        var result = problems.ResolveLinkedIncidents(Agent, problem, [first, second]);

        Assert.True(result.IsAccepted, result.ToString());
        Assert.Equal([t, t - Duration.FromSeconds(1)], result.Events.Select(e => e.Envelope.OccurredAt));
    }

    [Fact]
    public void ResolveLinkedIncidents_IncidentWhoseClockIsBehind_IsLeftOnHold()
    {
        var t = Instant.FromUtc(2026, 3, 2, 9, 0);
        var incidentClock = new SteppingBackClock(t);
        var problems = new ProblemManagement(new FakeClock(t));
        var incidents = new IncidentManagement(incidentClock);
        var incident = incidents.Log(Agent, new LogIncident(new IncidentId("INC1"), "Mail stuck", new ActorId("caller"), ContactChannel.Phone, new Impact(2), new Urgency(2))).ThrowIfRejected();
        incident.Assign(Agent, Desk).ThrowIfRejected();
        incident.PutOnHold(Agent, HoldReason.AwaitingProblem).ThrowIfRejected();
        var problem = Fix(problems.Log(Agent, Command("PRB1", "INC1")).ThrowIfRejected());
        incidentClock.Now = t - Duration.FromSeconds(1);
        var before = incident.ToSnapshot();

        var result = problems.ResolveLinkedIncidents(Agent, problem, [incident]);

        Assert.Equal(ProblemRejectionCodes.NoIncidentsToResolve, result.Rejection?.Code);
        Assert.Equal("No incident linked to problem PRB1 can be resolved: INC1 is On Hold awaiting it, but its clock reads before its last change.", result.Rejection?.Message);
        Assert.Equal(before, incident.ToSnapshot());
    }

    [Fact]
    public void ResolvedIncidents_RebuildFromTheirEvents_AlsoAfterJson()
    {
        var f = new ProblemFixture();
        var logged = f.Incidents.Log(Agent, new LogIncident(new IncidentId("INC0001"), "Mail stuck", new ActorId("caller"), ContactChannel.Phone, new Impact(2), new Urgency(2)));
        var incident = logged.ThrowIfRejected();
        var events = new List<DomainEvent>(logged.Events);
        events.AddRange(incident.Assign(Agent, Desk).ThrowIfRejected());
        events.AddRange(incident.PutOnHold(Agent, HoldReason.AwaitingProblem, problem: new ProblemId("PRB1")).ThrowIfRejected());
        var problem = f.Resolved("PRB1");

        events.AddRange(f.Practice.ResolveLinkedIncidents(Agent, problem, [incident, Waiting(f, "INC0002", HoldReason.AwaitingVendor)]).ThrowIfRejected());
        var reread = ItilJson.Deserialize<List<DomainEvent>>(ItilJson.Serialize(events));

        Assert.Equal(events, reread);
        Assert.Equal(incident.ToSnapshot(), f.Incidents.Rebuild(reread).ToSnapshot());
        Assert.Equal(new ProblemId("PRB1"), incident.Problem);
    }

    private static Problem Fix(Problem problem)
    {
        problem.Assess(Agent, ProblemTeam).ThrowIfRejected();
        problem.StartRootCauseAnalysis(Agent).ThrowIfRejected();
        problem.RecordRootCause(Agent, "Relay queue limit too low").ThrowIfRejected();
        problem.StartFix(Agent).ThrowIfRejected();
        problem.RecordPermanentSolution(Agent, "Raise the queue limit").ThrowIfRejected();
        problem.Resolve(Agent, "Queue limit raised").ThrowIfRejected();
        return problem;
    }
}
