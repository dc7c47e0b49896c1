using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ItilCore.Incidents;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace ItilCore.Tests.Incidents;

public sealed class IncidentConcurrencyTests
{
    /// <summary>
    /// Thousands of incidents driven from several threads at once through one shared practice and lifecycle: every
    /// history is complete, consecutive, and rebuilds to the live incident.
    /// </summary>
    [Fact]
    public void ManyIncidents_FromSeveralThreads_KeepEveryHistoryExact()
    {
        const int incidents = 4_000;
        var practice = new IncidentManagement(new FakeClock(Instant.FromUtc(2026, 6, 1, 8, 0), Duration.FromMilliseconds(1)));
        var histories = new ConcurrentDictionary<int, (Incident Incident, List<DomainEvent> Events)>();
        var groups = new[] { new AssignmentGroupId("desk"), new AssignmentGroupId("network") };

        Parallel.For(0, incidents, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var by = new ActorId($"agent{i % 13}");
            var logged = practice.Log(by, new LogIncident(new IncidentId($"INC{i:D6}"), "Slow", by, ContactChannel.Portal, new Impact((i % 3) + 1), new Urgency((i % 2) + 1)));
            var incident = logged.Value!;
            var events = new List<DomainEvent>(logged.Events);
            void Do(CommandResult r) => events.AddRange(r.ThrowIfRejected());
            Do(incident.Assign(by, groups[i % 2]));
            if (i % 3 == 0)
            {
                Do(incident.PutOnHold(by, HoldReason.AwaitingVendor));
                Do(incident.Resume(by));
            }

            Do(incident.Resolve(by, ResolutionCode.SolvedRemotely, "done"));
            if (i % 5 == 0)
            {
                Do(incident.Reopen(by, "again"));
                Do(incident.Resolve(by, ResolutionCode.SolvedPermanently, "really done"));
            }

            Do(incident.Close(by));
            Assert.True(histories.TryAdd(i, (incident, events)));
        });

        Assert.Equal(incidents, histories.Count);
        foreach (var (i, (incident, events)) in histories)
        {
            var expectedLength = 4 + (i % 3 == 0 ? 2 : 0) + (i % 5 == 0 ? 2 : 0);
            Assert.Equal(expectedLength, events.Count);
            Assert.All(events, e => Assert.Equal(incident.Id.Value, e.Envelope.AggregateId));
            Assert.Equal(Enumerable.Range(1, expectedLength).Select(v => (long)v), events.Select(e => e.Envelope.Version));
            Assert.Equal(incident.ToSnapshot(), practice.Rebuild(events).ToSnapshot());
            Assert.Equal(IncidentState.Closed, incident.State);
            Assert.Equal(i % 5 == 0 ? 1 : 0, incident.ReopenCount);
        }

        Assert.Equal(histories.Values.Sum(h => h.Events.Count), histories.Values.SelectMany(h => h.Events).Select(e => e.Envelope.EventId).Distinct().Count());
    }
}
