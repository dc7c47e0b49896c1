using System;
using System.Linq;
using ItilCore.Incidents;
using ItilCore.Problems;
using ItilCore.Tests.Support;
using Xunit;
using static ItilCore.Tests.Support.ProblemFixture;

namespace ItilCore.Tests.Problems;

public sealed class WorkaroundCommunicationTests
{
    [Fact]
    public void CommunicateWorkaround_PutsAWorkNoteOnEveryLinkedIncident_AndNothingElse()
    {
        var f = new ProblemFixture();
        var linked = new[] { f.Incident("INC1"), f.Incident("INC2"), f.Incident("INC3") };
        var bystander = f.Incident("INC9");
        var bystanderBefore = bystander.ToSnapshot();
        var problem = f.Analysing("PRB1", "INC1", "INC2", "INC3");
        problem.DocumentWorkaround(Agent, "Restart the relay service").ThrowIfRejected();
        var versions = linked.Select(i => i.Version).ToArray();

        var result = f.Practice.CommunicateWorkaround(Agent, problem, linked.Reverse());

        Assert.True(result.IsAccepted, result.ToString());
        var communicated = Assert.IsType<WorkaroundCommunicated>(result.Events[0]);
        Assert.Equal(["INC1", "INC2", "INC3"], communicated.Incidents.Select(i => i.Value));
        var notes = result.Events.Skip(1).Cast<WorkNoteAdded>().ToArray();
        Assert.Equal(["INC1", "INC2", "INC3"], notes.Select(n => n.IncidentId.Value));
        Assert.All(notes, n => Assert.Equal("Workaround from problem PRB1: Restart the relay service", n.Text));
        Assert.Equal(versions.Select(v => v + 1), linked.Select(i => i.Version));
        Assert.Equal(bystanderBefore, bystander.ToSnapshot());
        Assert.Equal(1, problem.WorkaroundCommunications);
    }

    [Fact]
    public void CommunicateWorkaround_LeavesOutClosedIncidents()
    {
        var f = new ProblemFixture();
        var open = f.Incident("INC1");
        var closed = f.Incident("INC2");
        closed.Cancel(Agent, "Duplicate").ThrowIfRejected();
        var problem = f.Analysing("PRB1", "INC1", "INC2");
        problem.DocumentWorkaround(Agent, "Use webmail").ThrowIfRejected();
        var closedBefore = closed.ToSnapshot();

        var result = f.Practice.CommunicateWorkaround(Agent, problem, [open, closed]);

        Assert.Equal(["INC1"], Assert.IsType<WorkaroundCommunicated>(result.Events[0]).Incidents.Select(i => i.Value));
        Assert.Equal(2, result.Events.Count);
        Assert.Equal(closedBefore, closed.ToSnapshot());
    }

    [Fact]
    public void CommunicateWorkaround_WhenNoLinkedIncidentIsOpen_IsRejectedAndChangesNothing()
    {
        var f = new ProblemFixture();
        var closed = f.Incident("INC1");
        closed.Cancel(Agent, "Duplicate").ThrowIfRejected();
        var problem = f.Analysing("PRB1", "INC1");
        problem.DocumentWorkaround(Agent, "Use webmail").ThrowIfRejected();
        var before = problem.ToSnapshot();

        var result = f.Practice.CommunicateWorkaround(Agent, problem, [closed]);

        Assert.Equal(ProblemRejectionCodes.NoRecipients, result.Rejection?.Code);
        Assert.Equal(before, problem.ToSnapshot());
    }

    [Fact]
    public void CommunicateWorkaround_WithoutWorkaround_TouchesNoIncident()
    {
        var f = new ProblemFixture();
        var incident = f.Incident("INC1");
        var problem = f.Analysing("PRB1", "INC1");
        var before = incident.ToSnapshot();

        var result = f.Practice.CommunicateWorkaround(Agent, problem, [incident]);

        Assert.Equal(ProblemRejectionCodes.ConditionNotMet, result.Rejection?.Code);
        Assert.Equal(before, incident.ToSnapshot());
    }

    [Fact]
    public void CommunicateWorkaround_WrongIncidents_Throw()
    {
        var f = new ProblemFixture();
        var one = f.Incident("INC1");
        var two = f.Incident("INC2");
        var other = f.Incident("INC9");
        var problem = f.Analysing("PRB1", "INC1", "INC2");
        problem.DocumentWorkaround(Agent, "Use webmail").ThrowIfRejected();

        Assert.Equal("linkedIncidents", Assert.Throws<ArgumentException>(() => f.Practice.CommunicateWorkaround(Agent, problem, [one, two, other])).ParamName);
        Assert.Equal("linkedIncidents", Assert.Throws<ArgumentException>(() => f.Practice.CommunicateWorkaround(Agent, problem, [one])).ParamName);
        Assert.Equal("linkedIncidents", Assert.Throws<ArgumentException>(() => f.Practice.CommunicateWorkaround(Agent, problem, [one, two, one])).ParamName);
        Assert.Equal("problem", Assert.Throws<ArgumentException>(() => new ProblemFixture().Practice.CommunicateWorkaround(Agent, problem, [one, two])).ParamName);
    }

    [Fact]
    public void CommunicateWorkaround_IncidentClockSteppingBack_StampsEachNoteWithTheReadingItWasCheckedBy()
    {
        var t = NodaTime.Instant.FromUtc(2026, 3, 2, 9, 0);
        var incidentClock = new SteppingBackClock(t - NodaTime.Duration.FromSeconds(5));
        var problems = new ProblemManagement(new NodaTime.Testing.FakeClock(t));
        var incidents = new IncidentManagement(incidentClock);
        Incident Log(string id) => incidents.Log(Agent, new LogIncident(new IncidentId(id), "Mail stuck", new ActorId("caller"), ItilCore.ContactChannel.Phone, new ItilCore.Impact(2), new ItilCore.Urgency(2))).ThrowIfRejected();
        var first = Log("INC1");
        incidentClock.Now = t - NodaTime.Duration.FromSeconds(1);
        var second = Log("INC2");
        var problem = problems.Log(Agent, Command("PRB1", "INC1", "INC2")).ThrowIfRejected();
        problem.Assess(Agent, new AssignmentGroupId("team")).ThrowIfRejected();
        problem.DocumentWorkaround(Agent, "Restart the relay").ThrowIfRejected();
        incidentClock.Now = t;
        incidentClock.StepsBack = true;

        // The first incident reads t, the second t - 1 s (still after its last change at t - 1 s); each note is stamped
        // with its own reading, so nothing is rejected after the problem and the first incident changed.
        var result = problems.CommunicateWorkaround(Agent, problem, [first, second]);

        Assert.True(result.IsAccepted, result.ToString());
        var notes = result.Events.OfType<WorkNoteAdded>().ToArray();
        Assert.Equal([t, t - NodaTime.Duration.FromSeconds(1)], notes.Select(n => n.Envelope.OccurredAt));
        Assert.Equal([2, 2], new[] { first.Version, second.Version });
    }

    [Fact]
    public void CommunicateWorkaround_WhenEveryOpenIncidentsClockIsBehind_SaysSo()
    {
        // It said "no linked incident open" while INC1 was New: its clock only read before its last change.
        var t = NodaTime.Instant.FromUtc(2026, 3, 2, 9, 0);
        var incidentClock = new NodaTime.Testing.FakeClock(t);
        var problems = new ProblemManagement(new NodaTime.Testing.FakeClock(t));
        var incident = new IncidentManagement(incidentClock).Log(Agent, new LogIncident(new IncidentId("INC1"), "Mail stuck", new ActorId("caller"), ItilCore.ContactChannel.Phone, new ItilCore.Impact(2), new ItilCore.Urgency(2))).ThrowIfRejected();
        var problem = problems.Log(Agent, Command("PRB1", "INC1")).ThrowIfRejected();
        problem.Assess(Agent, new AssignmentGroupId("team")).ThrowIfRejected();
        problem.DocumentWorkaround(Agent, "Restart the relay").ThrowIfRejected();
        var before = problem.ToSnapshot();
        incidentClock.Reset(t - NodaTime.Duration.FromMinutes(1));

        var result = problems.CommunicateWorkaround(Agent, problem, [incident]);

        Assert.Equal(ProblemRejectionCodes.NoRecipients, result.Rejection?.Code);
        Assert.Equal("No incident linked to problem PRB1 can take the workaround: INC1 is open, but its clock reads before its last change.", result.Rejection!.Message);
        Assert.Equal(before, problem.ToSnapshot());
    }
}
