using System.Collections.Generic;
using System.Linq;
using ItilCore.Catalog;
using ItilCore.Incidents;
using ItilCore.Requests;
using ItilCore.ServiceLevels;
using ItilCore.Tests.Support;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace ItilCore.Tests.ServiceLevels;

/// <summary>Service requests are normal service delivery: they get their own time-to-fulfil SLA, paused while awaiting approval.</summary>
public sealed class RequestFulfilmentSlaTests
{
    private static readonly Instant Monday9 = Instant.FromUtc(2026, 3, 2, 9, 0);
    private static readonly RequestCatalog Requests = RequestCatalog.Load(Repository.PathOf("docs/examples/request-catalog.json"), SlaFixture.Model.Catalog);
    private static readonly ActorId Requester = new("caller.eva");
    private static readonly ActorId Agent = new("agent.ana");

    private static readonly SlaObjective TimeToFulfil = new(
        SlaMetric.Fulfilment,
        SlaFixture.Targets(Duration.FromHours(16)),
        new RequestStateIn([ServiceRequestState.Submitted, ServiceRequestState.AwaitingApproval, ServiceRequestState.Approved, ServiceRequestState.Fulfilling]),
        new RequestStateIn([ServiceRequestState.Fulfilled, ServiceRequestState.Closed]))
    {
        Pause = new RequestStateIn([ServiceRequestState.AwaitingApproval]),
        Cancel = new RequestStateIn([ServiceRequestState.Rejected, ServiceRequestState.Canceled]),
    };

    private static readonly ServiceLevelManagement Levels = ServiceLevelManagement.Create(
        new ServiceLevelDocument([new ServiceLevelAgreementDefinition(new SlaId("vpn-fulfil"), "VPN access fulfilment", new ServiceId("vpn"), [TimeToFulfil])]),
        SlaFixture.Model,
        PriorityMatrix.ServiceNowDefault,
        []);

    private readonly FakeClock _clock = new(Monday9);
    private readonly List<DomainEvent> _history = [];
    private RequestFulfilment _practice = null!;
    private ServiceRequest _request = null!;

    private static Instant H(double hours) => Monday9 + Duration.FromMinutes(hours * 60);

    private void Submit()
    {
        _practice = new RequestFulfilment(_clock, Requests);
        var submitted = _practice.Submit(Agent, new SubmitServiceRequest(new ServiceRequestId("REQ0001"), new RequestItemId("vpn-access"), Requester, ContactChannel.Portal)
        {
            Data = new Dictionary<string, string> { ["user"] = "caller.eva" },
        });
        _history.AddRange(submitted.Events);
        _request = submitted.ThrowIfRejected();
    }

    private void At(Instant instant, System.Func<ServiceRequest, CommandResult> command)
    {
        _clock.Reset(instant);
        _history.AddRange(command(_request).ThrowIfRejected());
    }

    [Fact]
    public void TimeToFulfil_PausesWhileAwaitingApprovalAndStopsWhenFulfilled()
    {
        Submit();
        At(H(3), r => r.Approve(new ActorId("omar.haddad")));
        At(H(4), r => r.StartFulfilment(Agent));
        At(H(5), r => r.CompleteTask(Agent, "Create the VPN profile"));
        At(H(7), r => r.CompleteTask(Agent, "Send the token"));

        var status = Assert.Single(Levels.Evaluate(_practice, _history, H(8)));

        Assert.Equal((SlaMetric.Fulfilment, SlaStage.Completed, H(7)), (status.Metric, status.Stage, status.EndedAt));
        Assert.Equal(Duration.FromHours(4), status.BusinessElapsed);
        Assert.Equal(new Priority(5), status.Priority);
        Assert.False(status.Breached);
    }

    [Fact]
    public void TimeToFulfil_RunningWhileFulfilling()
    {
        Submit();
        At(H(1), r => r.Approve(new ActorId("omar.haddad")));
        At(H(2), r => r.StartFulfilment(Agent));

        var status = Assert.Single(Levels.Evaluate(_practice.Replay(_history), H(6)));

        Assert.Equal(SlaStage.InProgress, status.Stage);
        Assert.Equal(Duration.FromHours(5), status.BusinessElapsed);
        Assert.Equal(H(17), status.BreachAt);
    }

    [Fact]
    public void TimeToFulfil_RejectedRequest_IsCancelled()
    {
        Submit();
        At(H(2), r => r.Reject(new ActorId("omar.haddad"), "Not eligible"));

        var status = Assert.Single(Levels.Evaluate(_practice, _history, H(3)));

        Assert.Equal((SlaStage.Cancelled, H(2)), (status.Stage, status.EndedAt));
    }

    private static readonly ServiceLevelManagement HoldLevels = ServiceLevelManagement.Create(
        new ServiceLevelDocument([new ServiceLevelAgreementDefinition(new SlaId("vpn-fulfil"), "VPN access fulfilment", new ServiceId("vpn"), [TimeToFulfil with
        {
            Pause = new AnyOf([new RequestStateIn([ServiceRequestState.AwaitingApproval]), new RequestHoldReasonIn([RequestHoldReason.AwaitingRequester])]),
        }])]),
        SlaFixture.Model,
        PriorityMatrix.ServiceNowDefault,
        []);

    [Fact]
    public void TimeToFulfil_PausesWhileAwaitingTheRequester_UntilTheRequesterReplies()
    {
        Submit();
        At(H(1), r => r.Approve(new ActorId("omar.haddad")));
        At(H(2), r => r.StartFulfilment(Agent));
        At(H(3), r => r.PutOnHold(Agent, RequestHoldReason.AwaitingRequester, "Which laptop?"));
        At(H(6), r => r.AddComment(Requester, "The new one"));

        var paused = Assert.Single(HoldLevels.Evaluate(_practice, _history.Take(_history.Count - 2), H(5)));
        var running = Assert.Single(HoldLevels.Evaluate(_practice, _history, H(7)));

        Assert.Equal(SlaStage.Paused, paused.Stage);
        Assert.Equal(Duration.FromHours(2), paused.BusinessElapsed);
        Assert.Equal(SlaStage.InProgress, running.Stage);
        Assert.Equal(Duration.FromHours(3), running.BusinessElapsed);
    }

    [Fact]
    public void TimeToFulfil_KeepsRunningOnAHoldNotListed()
    {
        Submit();
        At(H(1), r => r.Approve(new ActorId("omar.haddad")));
        At(H(2), r => r.StartFulfilment(Agent));
        At(H(3), r => r.PutOnHold(Agent, RequestHoldReason.AwaitingVendor));

        var status = Assert.Single(HoldLevels.Evaluate(_practice, _history, H(5)));

        Assert.Equal(SlaStage.InProgress, status.Stage);
        Assert.Equal(Duration.FromHours(4), status.BusinessElapsed);
        Assert.True(new RequestHoldReasonIn([RequestHoldReason.AwaitingVendor]).Matches(_request.ToSnapshot().ToSlaTicket()));
        Assert.False(new RequestHoldReasonIn([RequestHoldReason.AwaitingVendor]).Matches((_request.ToSnapshot() with { HoldReason = null }).ToSlaTicket()));
    }

    [Fact]
    public void IncidentConditions_DoNotMatchRequests()
    {
        Submit();
        var ticket = _request.ToSnapshot().ToSlaTicket();

        Assert.False(new StateIn([IncidentState.New, IncidentState.InProgress]).Matches(ticket));
        Assert.True(new RequestStateIn([ServiceRequestState.AwaitingApproval]).Matches(ticket));
        Assert.Equal(new ServiceId("vpn"), ticket.Service);
    }

    // The incident SLA for VPN as the sample desk builds it (first response: from logging until a group is assigned),
    // beside the time-to-fulfil SLA above: neither says which kind of ticket it is for.
    private static readonly ServiceLevelAgreementDefinition VpnIncidents = new(new SlaId("vpn-incidents"), "VPN incidents", new ServiceId("vpn"), [SlaFixture.FirstResponse(Duration.FromHours(1))]);

    private static readonly ServiceLevelAgreementDefinition VpnRequests = new(new SlaId("vpn-fulfil"), "VPN access fulfilment", new ServiceId("vpn"), [TimeToFulfil]);

    [Fact]
    public void ARequest_DoesNotGetAnIncidentsFirstResponseClock()
    {
        Submit();
        var levels = ServiceLevelManagement.Create(new ServiceLevelDocument([VpnIncidents, VpnRequests]), SlaFixture.Model, PriorityMatrix.ServiceNowDefault, []);

        var statuses = levels.Evaluate(_practice, _history, H(3));

        // ServiceNow names the table of an SLA definition, iTop the request type of a target: the request gets its time to
        // fulfil only, not a first response that nothing on a request ever stops (so it would breach at 10:00).
        var status = Assert.Single(statuses);
        Assert.Equal((new SlaId("vpn-fulfil"), SlaMetric.Fulfilment), (status.Agreement, status.Metric));
        Assert.Equal([VpnRequests], levels.AgreementsFor(_request.ToSnapshot().ToSlaTicket()));
    }

    [Fact]
    public void FirstMatch_ChoosesPerKindOfTicket_AnIncidentAgreementDoesNotHideARequestsAgreement()
    {
        // Both agreements measure a first response on VPN, one for incidents (listed first), one for requests (until
        // fulfilment starts). Under FirstMatch each kind of ticket gets the first agreement that measures it.
        var requestResponse = new SlaObjective(
            SlaMetric.FirstResponse,
            SlaFixture.Targets(Duration.FromHours(4)),
            new RequestStateIn([ServiceRequestState.Submitted, ServiceRequestState.AwaitingApproval, ServiceRequestState.Approved]),
            new RequestStateIn([ServiceRequestState.Fulfilling, ServiceRequestState.Fulfilled, ServiceRequestState.Closed]));
        var requestsFirstResponse = new ServiceLevelAgreementDefinition(new SlaId("vpn-request-response"), "VPN request response", new ServiceId("vpn"), [requestResponse]);
        var document = new ServiceLevelDocument([VpnIncidents, requestsFirstResponse]) { AttachPolicy = AttachPolicy.FirstMatch };
        var levels = ServiceLevelManagement.Create(document, SlaFixture.Model, PriorityMatrix.ServiceNowDefault, []);
        Submit();
        var incidents = new SlaFixture(Monday9);
        var incident = incidents.Practice.Log(Agent, new LogIncident(new IncidentId("INC0001"), "VPN drops", Requester, ContactChannel.Phone, new Impact(2), new Urgency(2)) { Service = new ServiceId("vpn") });

        var onTheRequest = levels.Evaluate(_practice, _history, H(1));
        var onTheIncident = levels.Evaluate(incidents.Practice, incident.Events, H(1));

        Assert.Equal([(new SlaId("vpn-request-response"), SlaMetric.FirstResponse)], onTheRequest.Select(s => (s.Agreement, s.Metric)));
        Assert.Equal([(new SlaId("vpn-incidents"), SlaMetric.FirstResponse)], onTheIncident.Select(s => (s.Agreement, s.Metric)));
    }

    [Fact]
    public void ToSlaTicket_OfARequest_IsAServiceRequest()
    {
        Submit();

        Assert.Equal(TicketKind.ServiceRequest, _request.ToSnapshot().ToSlaTicket().Kind);
    }
}
