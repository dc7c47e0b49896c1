using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using ItilCore.Incidents;
using NodaTime;
using NodaTime.Testing;

namespace ItilCore.Benchmarks;

/// <summary>
/// Rebuilds incidents from their event histories (8 events each: logged, assigned, on hold, resumed, resolved,
/// reopened, resolved, closed), pre-generated in [GlobalSetup]. Times are per event (OperationsPerInvoke = all events),
/// so Op/s is events per second. A plain hand-written fold over the same events is shown beside it as a floor.
/// </summary>
public class RebuildBenchmarks
{
    public const int Incidents = 4_096;
    public const int EventsPerIncident = 8;
    private const int TotalEvents = Incidents * EventsPerIncident;

    private static readonly ActorId By = new("agent.jane");
    private static readonly AssignmentGroupId Group = new("service-desk");

    private IncidentManagement _practice = null!;
    private DomainEvent[][] _histories = [];

    [GlobalSetup]
    public void GlobalSetup()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 1, 5, 9, 0), Duration.FromMinutes(7));
        _practice = new IncidentManagement(clock, null, new CounterGuids().Next);
        var caller = new ActorId("user.bob");
        _histories = new DomainEvent[Incidents][];
        for (var i = 0; i < Incidents; i++)
        {
            var logged = _practice.Log(By, new LogIncident(new IncidentId($"INC{i + 1:D7}"), "Mail down", caller, ContactChannel.Phone, new Impact(1 + (i % 3)), new Urgency(1 + (i / 3 % 3))));
            var incident = logged.ThrowIfRejected();
            var events = new List<DomainEvent>(EventsPerIncident);
            events.AddRange(logged.Events);
            events.AddRange(incident.Assign(By, Group).ThrowIfRejected());
            events.AddRange(incident.PutOnHold(By, HoldReason.AwaitingVendor, "Vendor case V-1042 opened").ThrowIfRejected());
            events.AddRange(incident.Resume(By).ThrowIfRejected());
            events.AddRange(incident.Resolve(By, ResolutionCode.SolvedPermanently, "Restarted the mail relay").ThrowIfRejected());
            events.AddRange(incident.Reopen(By, "Mail is down again").ThrowIfRejected());
            events.AddRange(incident.Resolve(By, ResolutionCode.SolvedPermanently, "Replaced the relay").ThrowIfRejected());
            events.AddRange(incident.Close(By).ThrowIfRejected());
            if (events.Count != EventsPerIncident)
            {
                throw new InvalidOperationException($"Expected {EventsPerIncident} events, got {events.Count}.");
            }

            _histories[i] = [.. events];

            var rebuilt = _practice.Rebuild(_histories[i]);
            if (rebuilt.State != incident.State || rebuilt.Version != incident.Version || rebuilt.ReopenCount != 1 || rebuilt.ClosedAt != incident.ClosedAt)
            {
                throw new InvalidOperationException($"Rebuilding {incident.Id} gave {rebuilt}, expected {incident}.");
            }
        }

        if (PlainFold() != ItilCore_Rebuild())
        {
            throw new InvalidOperationException("The plain fold and ItilCore's rebuild disagree.");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = TotalEvents, Description = "ItilCore IncidentManagement.Rebuild")]
    public long ItilCore_Rebuild()
    {
        var versions = 0L;
        var histories = _histories;
        for (var i = 0; i < histories.Length; i++)
        {
            versions += _practice.Rebuild(histories[i]).Version;
        }

        return versions;
    }

    [Benchmark(OperationsPerInvoke = TotalEvents, Description = "Plain fold (no checks, floor)")]
    public long PlainFold()
    {
        var versions = 0L;
        var histories = _histories;
        for (var i = 0; i < histories.Length; i++)
        {
            var ticket = new FoldedTicket();
            var history = histories[i];
            for (var j = 0; j < history.Length; j++)
            {
                ticket.Apply(history[j]);
            }

            versions += ticket.Version;
        }

        return versions;
    }
}
