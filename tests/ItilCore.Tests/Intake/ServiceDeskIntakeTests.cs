using System;
using System.Collections.Generic;
using ItilCore.Incidents;
using ItilCore.Intake;
using ItilCore.Requests;
using ItilCore.Testing;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace ItilCore.Tests.Intake;

public sealed class ServiceDeskIntakeTests
{
    private static readonly ActorId Agent = new("agent.smith");
    private static readonly ActorId Caller = new("caller.jones");
    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 3, 2, 9, 0));
    private readonly ServiceDeskIntake _desk;

    public ServiceDeskIntakeTests()
    {
        var numbers = new Dictionary<TicketKind, int>();
        _desk = new ServiceDeskIntake(
            new IncidentManagement(_clock),
            new RequestFulfilment(_clock, RequestGenerators.SampleCatalog),
            kind =>
            {
                numbers[kind] = numbers.GetValueOrDefault(kind) + 1;
                return (kind == TicketKind.Incident ? "INC" : "REQ") + numbers[kind].ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            });
    }

    [Fact]
    public void Log_ContactNamingAnItem_IsAServiceRequestWithItsChannel()
    {
        var outcome = _desk.Log(Agent, new Contact(Caller, ContactChannel.Chat, "Need something")
        {
            RequestItem = new RequestItemId("software"),
            Data = new Dictionary<string, string> { ["product"] = "Visio" },
        });

        Assert.True(outcome.IsAccepted);
        Assert.Equal(TicketKind.ServiceRequest, outcome.Classification.Kind);
        Assert.Equal("REQ0001", outcome.TicketId);
        Assert.Equal(ContactChannel.Chat, outcome.Request!.Channel);
        Assert.Equal(Caller, outcome.Request.Requester);
        Assert.Null(outcome.Incident);
        Assert.IsType<RequestSubmitted>(outcome.Result.Events[0]);
    }

    [Fact]
    public void Log_TextMatchingKeywords_IsAServiceRequestForThatItem()
    {
        var outcome = _desk.Log(Agent, new Contact(Caller, ContactChannel.Phone, "I forgot my password")
        {
            Data = new Dictionary<string, string> { ["account"] = "caller.jones" },
        });

        Assert.Equal(TicketKind.ServiceRequest, outcome.Classification.Kind);
        Assert.Equal(new RequestItemId("password-reset"), outcome.Classification.Item);
        Assert.Equal(ServiceRequestState.Approved, outcome.Request!.State);
    }

    [Fact]
    public void Log_KeywordMatchWithoutRequiredData_IsRejectedAndRegistersNothing()
    {
        var outcome = _desk.Log(Agent, new Contact(Caller, ContactChannel.Phone, "I need a new laptop"));

        Assert.False(outcome.IsAccepted);
        Assert.Equal(RequestRejectionCodes.MissingField, outcome.Result.Rejection!.Code);
        Assert.False(_desk.TryGetRequest(outcome.TicketId, out _));
    }

    [Fact]
    public void Log_NothingMatches_IsAnIncidentAtTheLowestPriority()
    {
        var outcome = _desk.Log(Agent, new Contact(Caller, ContactChannel.Email, "The printer on floor 3 jams"));

        Assert.True(outcome.IsAccepted);
        Assert.Equal(TicketKind.Incident, outcome.Classification.Kind);
        Assert.Equal("INC0001", outcome.TicketId);
        Assert.Equal(ContactChannel.Email, outcome.Incident!.Channel);
        Assert.Equal(new Impact(3), outcome.Incident.Impact);
        Assert.Equal(new Urgency(3), outcome.Incident.Urgency);
    }

    [Fact]
    public void Log_IncidentWithImpactAndUrgency_KeepsThem()
    {
        var outcome = _desk.Log(Agent, new Contact(Caller, ContactChannel.Phone, "E-mail is down") { Impact = new Impact(1), Urgency = new Urgency(1) });

        Assert.Equal(new Priority(1), outcome.Incident!.Priority);
    }

    [Theory]
    [InlineData(ContactChannel.Phone, true, false)]
    [InlineData(ContactChannel.Monitoring, false, false)]
    [InlineData(ContactChannel.Phone, false, true)]
    public void Log_AFailureWithARequestKeyword_IsAnIncident(ContactChannel channel, bool reportsFailure, bool rated)
    {
        // "laptop" is a keyword of the new-laptop request item; a cracked screen is still a failure.
        var contact = new Contact(Caller, channel, "Laptop screen is cracked") { ReportsFailure = reportsFailure, Impact = rated ? new Impact(1) : null };

        var outcome = _desk.Log(Agent, contact);

        Assert.Equal(TicketKind.Incident, outcome.Classification.Kind);
        Assert.NotNull(outcome.Incident);
    }

    [Fact]
    public void Log_ContactNamingAnUnknownItem_IsRejected()
    {
        var outcome = _desk.Log(Agent, new Contact(Caller, ContactChannel.Portal, "Something") { RequestItem = new RequestItemId("ghost") });

        Assert.Equal(TicketKind.ServiceRequest, outcome.Classification.Kind);
        Assert.Equal(RequestRejectionCodes.UnknownItem, outcome.Result.Rejection!.Code);
    }

    [Fact]
    public void Log_BlankIncidentDescription_IsRejectedByIncidentManagement()
    {
        var outcome = _desk.Log(Agent, new Contact(Caller, ContactChannel.Phone, " "));

        Assert.Equal(TicketKind.Incident, outcome.Classification.Kind);
        Assert.Equal(IncidentRejectionCodes.TextRequired, outcome.Result.Rejection!.Code);
        Assert.False(_desk.TryGetIncident(outcome.TicketId, out _));
    }

    [Fact]
    public void Classify_DoesNotLog()
    {
        var classification = _desk.Classify(new Contact(Caller, ContactChannel.Phone, "Please install Project"));

        Assert.Equal(TicketKind.ServiceRequest, classification.Kind);
        Assert.Equal(new RequestItemId("software"), classification.Item);
        Assert.False(_desk.TryGetRequest("REQ0001", out _));
    }

    [Fact]
    public void RecordUpdate_OnAnIncidentAwaitingTheCaller_ResumesIt()
    {
        var incident = _desk.Log(Agent, new Contact(Caller, ContactChannel.Phone, "VPN drops")).Incident!;
        incident.Assign(Agent, new AssignmentGroupId("network")).ThrowIfRejected();
        incident.PutOnHold(Agent, HoldReason.AwaitingCaller, "Which client version?").ThrowIfRejected();

        var result = _desk.RecordUpdate("INC0001", Caller, "Version 5.2");

        Assert.True(Assert.IsType<CallerUpdateRecorded>(Assert.Single(result.Events)).ResumesWork);
        Assert.Equal(IncidentState.InProgress, incident.State);
    }

    [Fact]
    public void RecordUpdate_OnARequest_IsAComment()
    {
        var request = _desk.Log(Agent, new Contact(Caller, ContactChannel.Portal, "x") { RequestItem = new RequestItemId("admin-rights"), Data = new Dictionary<string, string> { ["justification"] = "Drivers" } }).Request!;

        var result = _desk.RecordUpdate("REQ0001", Caller, "Any news?");

        Assert.Equal("Any news?", Assert.IsType<RequestCommentAdded>(Assert.Single(result.Events)).Text);
        Assert.Equal(1, request.CommentCount);
    }

    [Fact]
    public void RecordUpdate_OnARequestAwaitingTheRequester_ResumesIt()
    {
        var request = _desk.Log(Agent, new Contact(Caller, ContactChannel.Portal, "x") { RequestItem = new RequestItemId("password-reset"), Data = new Dictionary<string, string> { ["account"] = "caller.jones" } }).Request!;
        request.StartFulfilment(Agent).ThrowIfRejected();
        request.PutOnHold(Agent, RequestHoldReason.AwaitingRequester, "Which account, the admin one?").ThrowIfRejected();

        var result = _desk.RecordUpdate("REQ0001", Caller, "The normal one");

        Assert.Collection(result.Events, e => Assert.IsType<RequestCommentAdded>(e), e => Assert.Equal(Caller, Assert.IsType<RequestResumed>(e).Envelope.Actor));
        Assert.False(request.IsOnHold);
        Assert.True(request.CompleteTask(Agent, "Reset password").IsAccepted);
    }

    [Fact]
    public void RecordUpdate_UnknownTicket_IsRejected()
        => Assert.Equal(IntakeRejectionCodes.UnknownTicket, _desk.RecordUpdate("INC9999", Caller, "Hello").Rejection!.Code);

    [Fact]
    public void Track_RebuiltTicket_ReceivesUpdates()
    {
        var practice = new IncidentManagement(_clock);
        var incident = practice.Log(Agent, new LogIncident(new IncidentId("INC0500"), "Old one", Caller, ContactChannel.Phone, new Impact(2), new Urgency(2))).ThrowIfRejected();
        _desk.Track(incident);

        Assert.True(_desk.RecordUpdate("INC0500", Caller, "Still broken").IsAccepted);
        Assert.Equal("incident", Assert.Throws<ArgumentException>(() => _desk.Track(incident)).ParamName);
    }

    [Fact]
    public void Untrack_ForgetsTheTicket_LaterUpdatesAreUnknown()
    {
        _desk.Log(Agent, new Contact(Caller, ContactChannel.Phone, "VPN drops"));

        Assert.True(_desk.Untrack("INC0001"));
        Assert.False(_desk.Untrack("INC0001"));
        Assert.False(_desk.TryGetIncident("INC0001", out _));
        Assert.Equal(IntakeRejectionCodes.UnknownTicket, _desk.RecordUpdate("INC0001", Caller, "Still broken").Rejection!.Code);
    }

    [Fact]
    public void Log_NumberingReusesAnId_Throws()
    {
        var desk = new ServiceDeskIntake(new IncidentManagement(_clock), new RequestFulfilment(_clock, RequestGenerators.SampleCatalog), _ => "T1");
        desk.Log(Agent, new Contact(Caller, ContactChannel.Phone, "Printer jams"));

        Assert.Throws<InvalidOperationException>(() => desk.Log(Agent, new Contact(Caller, ContactChannel.Phone, "Printer jams again")));
    }
}
