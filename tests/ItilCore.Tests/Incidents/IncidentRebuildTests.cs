using System;
using System.Collections.Generic;
using System.Linq;
using ItilCore.Incidents;
using ItilCore.Tests.Support;
using NodaTime;
using Xunit;
using static ItilCore.Tests.Support.Fixture;

namespace ItilCore.Tests.Incidents;

public sealed class IncidentRebuildTests
{
    private readonly Fixture _f = new();

    private (Incident Incident, List<DomainEvent> Events) Life()
    {
        var logged = _f.Practice.Log(Agent, Command());
        var incident = logged.Value!;
        var events = new List<DomainEvent>(logged.Events);
        void Do(CommandResult r) => events.AddRange(r.ThrowIfRejected());
        Do(incident.Assign(Agent, ServiceDesk));
        Do(incident.PutOnHold(Agent, HoldReason.AwaitingCaller, "Which room?"));
        _f.Clock.Advance(Duration.FromHours(3));
        Do(incident.RecordCallerUpdate(Caller, "Room 12"));
        Do(incident.Reassign(Agent, Network, "Switch issue"));
        Do(incident.OverridePriority(Agent, new Priority(1), "Trading floor"));
        Do(incident.Resolve(Agent, ResolutionCode.SolvedPermanently, "Port replaced"));
        Do(incident.Reopen(Caller, "Down again"));
        Do(incident.Resolve(Agent, ResolutionCode.SolvedPermanently, "Cable replaced"));
        _f.Clock.Advance(Duration.FromDays(8));
        Do(incident.CloseIfDue(Agent));
        return (incident, events);
    }

    [Fact]
    public void Rebuild_FullLife_EqualsLiveIncident()
    {
        var (incident, events) = Life();

        var rebuilt = _f.Practice.Rebuild(events);

        Assert.Equal(incident.ToSnapshot(), rebuilt.ToSnapshot());
        Assert.Equal(IncidentState.Closed, rebuilt.State);
        Assert.Equal(1, rebuilt.ReopenCount);
        Assert.Equal(1, rebuilt.ReassignmentCount);
    }

    [Fact]
    public void Rebuild_Prefix_EqualsIncidentAtThatVersion()
    {
        var (_, events) = Life();

        var rebuilt = _f.Practice.Rebuild(events.Take(4));

        Assert.Equal(IncidentState.InProgress, rebuilt.State);
        Assert.Equal(4, rebuilt.Version);
    }

    [Fact]
    public void Rebuild_Empty_Throws()
    {
        Assert.Equal("history", Assert.Throws<ArgumentException>(() => _f.Practice.Rebuild([])).ParamName);
    }

    [Fact]
    public void Rebuild_MissingVersion_ThrowsNamingTheGap()
    {
        var (_, events) = Life();
        events.RemoveAt(3);

        var e = Assert.Throws<ArgumentException>(() => _f.Practice.Rebuild(events));

        Assert.Contains("has version 5; version 4 was expected", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rebuild_EventOfAnotherIncident_Throws()
    {
        var (_, events) = Life();
        var other = _f.Log("INC0002");
        var foreign = other.Assign(Agent, ServiceDesk).Events.Single();
        events.Insert(1, foreign);

        Assert.Contains("belongs to incident INC0002", Assert.Throws<ArgumentException>(() => _f.Practice.Rebuild(events)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rebuild_TransitionTheLifecycleForbids_ThrowsWithTheReason()
    {
        var logged = _f.Practice.Log(Agent, Command());
        var bogus = new IncidentReopened(logged.Events[0].Envelope with { Version = 2, EventId = new EventId(Guid.NewGuid()) }, "forged");

        var e = Assert.Throws<ArgumentException>(() => _f.Practice.Rebuild([logged.Events[0], bogus]));

        Assert.Contains("Reopen is possible only from Resolved; the incident is New", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rebuild_EventBeforeThePreviousOne_ThrowsNamingBothTimes()
    {
        var (_, events) = Life();
        var fourth = events[3];
        var early = _f.Clock.GetCurrentInstant() - Duration.FromDays(30);
        events[3] = fourth with { Envelope = fourth.Envelope with { OccurredAt = early } };

        var e = Assert.Throws<ArgumentException>(() => _f.Practice.Rebuild(events));

        Assert.Equal("history", e.ParamName);
        Assert.Contains($"Event 3 (CallerUpdateRecorded, version 4) happened at {early}, before the incident's last change at {events[2].Envelope.OccurredAt}; events never go back in time.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rebuild_EventsAtTheSameInstant_AreAccepted()
    {
        var logged = _f.Practice.Log(Agent, Command());
        var assigned = logged.Value!.Assign(Agent, ServiceDesk).ThrowIfRejected();

        var rebuilt = _f.Practice.Rebuild([.. logged.Events, .. assigned]);

        Assert.Equal(logged.Value.ToSnapshot(), rebuilt.ToSnapshot());
    }

    [Fact]
    public void Rebuild_NotStartingWithLogged_Throws()
    {
        var (_, events) = Life();
        Assert.Contains("starts with IncidentLogged", Assert.Throws<ArgumentException>(() => _f.Practice.Rebuild(events.Skip(1))).Message, StringComparison.Ordinal);
    }
}
