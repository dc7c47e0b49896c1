using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ItilCore.Configuration;
using ItilCore.Incidents;
using ItilCore.Intake;
using ItilCore.Requests;
using NodaTime;
using NodaTime.Testing;

namespace ItilCore.ServiceDesk;

/// <summary>
/// A morning at the service desk for service requests: contacts come in through one intake, which classifies them by
/// the request catalogue (docs/examples/request-catalog.json); requests are approved (one approver, a chain with a
/// quorum), fulfilled task by task and closed; an update from a caller reaches the right ticket.
/// </summary>
internal sealed class RequestDesk
{
    private static readonly ActorId Desk = new("agent.ana");
    private static readonly ActorId Fulfiller = new("agent.ben");
    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 3, 2, 8, 0));
    private readonly Dictionary<string, List<DomainEvent>> _histories = [];
    private readonly ServiceDeskIntake _intake;
    private readonly RequestFulfilment _requests;
    private int _incidentNumber;
    private int _requestNumber;

    public RequestDesk(ServiceModel model)
    {
        using var stream = typeof(RequestDesk).Assembly.GetManifestResourceStream("request-catalog.json")
            ?? throw new InvalidOperationException("The embedded request catalogue is missing.");
        using var reader = new System.IO.StreamReader(stream);
        _requests = new RequestFulfilment(_clock, RequestCatalog.FromJson(reader.ReadToEnd(), model.Catalog, "request catalogue"), new SampleDirectory());
        _intake = new ServiceDeskIntake(
            new IncidentManagement(_clock, new IncidentManagementOptions { ServiceModel = model }),
            _requests,
            kind => kind == TicketKind.Incident ? $"INC9{++_incidentNumber:D6}" : $"REQ{++_requestNumber:D7}");
    }

    public string Run()
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine();
        text.AppendLine("Service requests through the service desk intake");

        var contacts = new[]
        {
            new Contact(new("caller.eva"), ContactChannel.Phone, "I forgot my password") { Data = new Dictionary<string, string> { ["account"] = "caller.eva" } },
            new Contact(new("caller.finn"), ContactChannel.Portal, "New laptop for my new starter")
            {
                Data = new Dictionary<string, string> { ["model"] = "15-inch", ["cost-centre"] = "4711", ["needed-by"] = "2026-03-16" },
            },
            new Contact(new("caller.gia"), ContactChannel.Email, "Please give me a VPN account") { Data = new Dictionary<string, string> { ["user"] = "caller.gia" } },
            new Contact(new("caller.hal"), ContactChannel.Chat, "Printer on floor 2 is jammed"),
            new Contact(new("caller.ida"), ContactChannel.Phone, "I need a new laptop"),
            new Contact(new("acme.alice"), ContactChannel.Portal, "Could I get a second monitor?"),
        };

        var tickets = new List<ContactOutcome>();
        foreach (var contact in contacts)
        {
            _clock.AdvanceMinutes(7);
            var outcome = _intake.Log(Desk, contact);
            tickets.Add(outcome);
            var what = outcome.IsAccepted ? outcome.TicketId : "not logged: " + outcome.Result.Rejection!.Code;
            text.AppendLine(inv, $"  {contact.Channel,-7} \"{contact.ShortDescription}\" → {outcome.Classification.Kind} ({what})");
            if (outcome.Request is { } request)
            {
                _histories[request.Id.Value] = [.. outcome.Result.Events];
            }
        }

        foreach (var request in tickets.Where(t => t.Request is not null && t.Request.Item.Approvals.Any(s => s.ApproversFrom is not null)).Select(t => t.Request!))
        {
            text.AppendLine(inv, $"  {request.Id} approvers found for {request.Requester} when approval started: {string.Join("; ", request.Approvers.Select(a => a.Step + ": " + string.Join(", ", a.Approvers)))}");
        }

        foreach (var request in tickets.Where(t => t.Request is not null).Select(t => t.Request!))
        {
            Record(request, request.AddComment(request.Requester, "Thanks, please keep me posted."));
            foreach (var (step, approvers) in request.Item.Approvals.Zip(request.Approvers))
            {
                // The step's group without the requester and the submitter, who may not decide (segregation of duties).
                foreach (var approver in approvers.Approvers.Where(a => a != request.Requester && a != request.SubmittedBy).Take(step.Quorum))
                {
                    _clock.AdvanceMinutes(45);
                    Record(request, request.Approve(approver, "Approved"));
                }
            }

            _clock.AdvanceMinutes(30);
            Record(request, request.StartFulfilment(Fulfiller));
            foreach (var task in request.Item.Tasks)
            {
                _clock.AdvanceHours(2);
                Record(request, request.CompleteTask(Fulfiller, task.Name));
            }

            Record(request, request.Close(Fulfiller));
        }

        var update = _intake.RecordUpdate(tickets[3].TicketId, new("caller.hal"), "It is jammed again after the restart.");
        text.AppendLine(inv, $"  caller update on {tickets[3].TicketId}: {(update.IsAccepted ? "recorded" : update.Rejection!.ToString())}");
        text.AppendLine("  one fulfiller works the requests in turn, so \"fulfilled in\" (submission to last task) includes waiting behind earlier requests:");
        foreach (var request in tickets.Where(t => t.Request is not null).Select(t => t.Request!))
        {
            var changes = _histories[request.Id.Value].OfType<StandardChangeRequested>().Select(c => ", standard change " + c.ChangeModel);
            var rebuilt = _requests.Rebuild(_histories[request.Id.Value]).ToSnapshot() == request.ToSnapshot() ? "rebuild ok" : "REBUILD MISMATCH";
            text.AppendLine(inv, $"  {request.Id} {request.Item.Name}: {request.State}, {request.Decisions.Count} approval{(request.Decisions.Count == 1 ? "" : "s")}, fulfilled in {(request.FulfilledAt is { } fulfilled ? HoursMinutes(fulfilled - request.OpenedAt) : "(not fulfilled)")}{string.Concat(changes)}; {rebuilt}");
        }

        return text.ToString();
    }

    // 16h44m rather than NodaTime's 0:16:44:00, which reads like days.
    private static string HoursMinutes(Duration d) => string.Create(CultureInfo.InvariantCulture, $"{(long)d.TotalHours}h{d.Minutes:00}m");

    private void Record(ServiceRequest request, CommandResult result)
        => _histories[request.Id.Value].AddRange(result.ThrowIfRejected());

    // The host's organization directory (an HR system in real life): who manages whom, and who belongs to which customer.
    private sealed class SampleDirectory : IApproverDirectory
    {
        public ActorId? ManagerOf(ActorId person) => person.Value.StartsWith("acme.", StringComparison.Ordinal) ? new ActorId("acme.manager") : new ActorId("manager.okafor");

        public OrganizationId? OrganizationOf(ActorId person) => person.Value.StartsWith("acme.", StringComparison.Ordinal) ? new OrganizationId("acme-retail") : null;
    }
}
