using System;
using System.Linq;
using ItilCore.Incidents;
using ItilCore.Serialization;
using ItilCore.ServiceLevels;
using ItilCore.Tests.Support;
using Xunit;

namespace ItilCore.Tests.ServiceLevels;

/// <summary>Conditions the practices add to the service level layer, and the one table of condition wire names.</summary>
public class SlaConditionTests
{
    [Fact]
    public void IncidentConditions_ReadTheIncidentTheTicketWasBuiltFrom()
    {
        var fixture = new Fixture();
        var incident = fixture.InProgress();
        incident.PutOnHold(Fixture.Agent, HoldReason.AwaitingCaller, "Which printer is it?").ThrowIfRejected();
        var ticket = incident.ToSnapshot().ToSlaTicket();

        Assert.Equal(incident.ToSnapshot(), Assert.IsType<IncidentSnapshot>(ticket.Source));
        Assert.Equal(TicketKind.Incident, ticket.Kind);
        Assert.True(new StateIn([IncidentState.OnHold]).Matches(ticket));
        Assert.False(new StateIn([IncidentState.InProgress]).Matches(ticket));
        Assert.True(new HoldReasonIn([HoldReason.AwaitingCaller]).Matches(ticket));
        Assert.False(new HoldReasonIn([HoldReason.AwaitingChange]).Matches(ticket));
        Assert.False(new MajorIncident().Matches(ticket));
    }

    [Fact]
    public void MajorIncident_StopsHoldingOnceTheDeclarationIsWithdrawn()
    {
        var fixture = new Fixture();
        var logged = fixture.Practice.Log(Fixture.Agent, Fixture.Command());
        var incident = logged.Value!;
        var events = logged.Events.ToList();
        events.AddRange(incident.Escalate(Fixture.Agent, Fixture.Manager, "Whole site affected", majorIncident: true).Events);
        events.AddRange(incident.DemoteMajorIncident(Fixture.Agent, "Only one floor affected").Events);

        var timeline = fixture.Practice.Replay(events).Select(s => new MajorIncident().Matches(s.ToSlaTicket()));

        Assert.Equal([false, true, false], timeline);
        Assert.False(new MajorIncident().Matches(incident.ToSnapshot().ToSlaTicket()));
    }

    [Fact]
    public void IncidentConditions_DoNotHoldForATicketWithoutAnIncident()
    {
        var ticket = new SlaTicket { Id = "T1", Caller = Fixture.Caller, OpenedAt = default, UpdatedAt = default };

        Assert.False(new StateIn(Enum.GetValues<IncidentState>()).Matches(ticket));
        Assert.False(new HoldReasonIn(Enum.GetValues<HoldReason>()).Matches(ticket));
        Assert.False(new MajorIncident().Matches(ticket));
        Assert.False(new ItilCore.Requests.RequestStateIn(Enum.GetValues<ItilCore.Requests.ServiceRequestState>()).Matches(ticket));
    }

    [Fact]
    public void EveryConditionType_HasOneWireName()
    {
        var conditions = typeof(SlaCondition).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(SlaCondition)) && !t.IsAbstract)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(conditions, ItilJson.SlaConditionTypeNames.Keys.OrderBy(t => t.FullName, StringComparer.Ordinal));
        Assert.Equal(ItilJson.SlaConditionTypeNames.Count, ItilJson.SlaConditionTypeNames.Values.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void PracticeConditions_RoundTripThroughJson_WithTheirWireNames()
    {
        SlaCondition condition = new AllOf([new StateIn([IncidentState.OnHold]), new HoldReasonIn([HoldReason.AwaitingCaller]), new ItilCore.Requests.RequestStateIn([ItilCore.Requests.ServiceRequestState.Approved]), new MajorIncident()]);

        var json = ItilJson.Serialize(condition);

        Assert.Contains("\"when\": \"state-in\"", json, StringComparison.Ordinal);
        Assert.Contains("\"when\": \"hold-reason-in\"", json, StringComparison.Ordinal);
        Assert.Contains("\"when\": \"request-state-in\"", json, StringComparison.Ordinal);
        Assert.Contains("\"when\": \"major-incident\"", json, StringComparison.Ordinal);
        Assert.Equal(condition, ItilJson.Deserialize<SlaCondition>(json));
    }

    [Fact]
    public void RequestHoldReasonIn_RoundTripsThroughJson_AndDescribesItself()
    {
        SlaCondition condition = new ItilCore.Requests.RequestHoldReasonIn([ItilCore.Requests.RequestHoldReason.AwaitingRequester, ItilCore.Requests.RequestHoldReason.AwaitingVendor]);

        var json = ItilJson.Serialize(condition);

        Assert.Contains("\"when\": \"request-hold-reason-in\"", json, StringComparison.Ordinal);
        Assert.Contains("\"awaiting-requester\"", json, StringComparison.Ordinal);
        Assert.Equal(condition, ItilJson.Deserialize<SlaCondition>(json));
        Assert.Equal("request on hold awaiting requester or awaiting vendor", condition.Describe());
    }
}
