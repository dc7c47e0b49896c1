using System.Collections.Generic;
using ItilCore.Incidents;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace ItilCore.Tests;

/// <summary>The README's example, line for line (with a fake clock), so that it keeps compiling and saying the truth.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_WorksAsDescribed()
    {
        var practice = new IncidentManagement(new FakeClock(Instant.FromUtc(2026, 3, 2, 9, 0)));
        var agent = new ActorId("agent.ana");
        var history = new List<DomainEvent>();

        var logged = practice.Log(agent, new LogIncident(
            new IncidentId("INC0010001"), "Cannot send e-mail", new ActorId("caller.eva"),
            ContactChannel.Phone, new Impact(2), new Urgency(1)));
        var incident = logged.ThrowIfRejected();
        history.AddRange(logged.Events);

        history.AddRange(incident.Assign(agent, new AssignmentGroupId("service-desk"), agent).ThrowIfRejected());
        history.AddRange(incident.Resolve(agent, ResolutionCode.SolvedPermanently, "Restarted the mail relay").ThrowIfRejected());
        history.AddRange(incident.Close(agent).ThrowIfRejected());

        var reopen = incident.Reopen(agent, "Still failing");
        var again = practice.Rebuild(history);

        Assert.Equal(new Priority(2), logged.Value!.Priority);
        Assert.True(reopen.IsRejected);
        Assert.Equal("incident.not-permitted: The incident is Closed, which is final: Reopen is not possible.", reopen.Rejection.ToString());
        Assert.Equal(incident.ToSnapshot(), again.ToSnapshot());
    }
}
