using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using ItilCore.Incidents;
using ItilCore.Requests;

namespace ItilCore.Intake;

/// <summary>
/// The service desk's single point of contact: it classifies each contact as an incident or a service request by the
/// request catalogue, logs it through <see cref="IncidentManagement.Log"/> or <see cref="RequestFulfilment.Submit"/>
/// with its channel, and routes later updates from the caller to the right ticket.
/// </summary>
/// <remarks>
/// <para>
/// Classification, in this order: (1) a contact that names a request item is a service request for that item;
/// (2) otherwise a contact that reports a failure (<see cref="Contact.ReportsFailure"/>), comes from
/// <see cref="ContactChannel.Monitoring"/>, or rates an impact or urgency is an incident, whatever its words (keywords
/// are not looked at: "My new laptop will not boot" is no laptop request); (3) otherwise, when the short description
/// mentions keywords of request items (<see cref="RequestCatalog.MatchKeywords"/>: whole words, case-insensitive, most
/// keywords wins, ties by catalogue order) it is a service request for that item; (4) otherwise it is an incident. The
/// same order is in docs/requests.md, "Service desk intake". A keyword-matched request still needs the item's required
/// data: without it the submission is rejected (<see cref="RequestRejectionCodes.MissingField"/>) and the desk asks the
/// caller.
/// </para>
/// <para>
/// Incidents without impact or urgency get the lowest on the practice's matrix. The intake keeps the tickets it logged
/// (and those given to <see cref="Track(Incident)"/>, for example after a rebuild) so that <see cref="RecordUpdate"/>
/// finds them.
/// </para>
/// <para>Not thread-safe: it keeps a register of tickets. Use one intake from one thread at a time, or lock around it.</para>
/// </remarks>
public sealed class ServiceDeskIntake
{
    private readonly Func<TicketKind, string> _nextTicketId;
    private readonly Dictionary<string, Incident> _incidents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ServiceRequest> _requests = new(StringComparer.Ordinal);

    /// <summary>Initializes the intake.</summary>
    /// <param name="incidents">The incident management practice.</param>
    /// <param name="requests">The service request management practice (and its request catalogue).</param>
    /// <param name="nextTicketId">Gives the id of the next ticket of a kind (for example <c>INC0000042</c> or <c>REQ0000007</c>); called once per contact given to <see cref="Log"/>, before the ticket is logged, so a contact the practice refuses (a request missing a field, say) leaves a gap in the numbering.</param>
    public ServiceDeskIntake(IncidentManagement incidents, RequestFulfilment requests, Func<TicketKind, string> nextTicketId)
    {
        Incidents = Preconditions.NotNull(incidents, nameof(incidents));
        Requests = Preconditions.NotNull(requests, nameof(requests));
        _nextTicketId = Preconditions.NotNull(nextTicketId, nameof(nextTicketId));
    }

    /// <summary>Gets the incident management practice.</summary>
    public IncidentManagement Incidents { get; }

    /// <summary>Gets the service request management practice.</summary>
    public RequestFulfilment Requests { get; }

    /// <summary>Classifies a contact without logging it.</summary>
    /// <param name="contact">The contact.</param>
    /// <returns>The classification.</returns>
    public ContactClassification Classify(Contact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        if (contact.RequestItem is { } named)
        {
            return new(TicketKind.ServiceRequest, named, $"the contact names request item {named}");
        }

        // A failure is an incident whatever words describe it ("Laptop screen is cracked" is no laptop request).
        if (contact.ReportsFailure || contact.Channel == ContactChannel.Monitoring || contact.Impact is not null || contact.Urgency is not null)
        {
            var why = contact.ReportsFailure ? "the caller reports a failure"
                : contact.Channel == ContactChannel.Monitoring ? "monitoring reports failures"
                : "the contact rates an incident's impact or urgency";
            return new(TicketKind.Incident, null, why);
        }

        if (Requests.Catalog.MatchKeywords(contact.ShortDescription ?? string.Empty) is { } matched)
        {
            return new(TicketKind.ServiceRequest, matched.Id, $"the short description mentions keywords of request item {matched.Id}");
        }

        return new(TicketKind.Incident, null, "nothing in the request catalogue matches the contact");
    }

    /// <summary>Classifies a contact and logs it as an incident or submits it as a service request.</summary>
    /// <param name="by">Who records the contact (a service desk agent, or the caller on the portal).</param>
    /// <param name="contact">The contact.</param>
    /// <returns>What happened; a rejected outcome logged nothing and registered nothing.</returns>
    /// <exception cref="InvalidOperationException">The ticket numbering gave an id that is already used.</exception>
    public ContactOutcome Log(ActorId by, Contact contact)
    {
        Preconditions.NotDefault(by, nameof(by));
        var classification = Classify(contact);
        var id = _nextTicketId(classification.Kind);
        if (id is null || _incidents.ContainsKey(id) || _requests.ContainsKey(id))
        {
            throw new InvalidOperationException($"The ticket numbering gave '{id}', which is missing or already used.");
        }
        if (classification.Kind == TicketKind.ServiceRequest)
        {
            var submitted = Requests.Submit(by, new SubmitServiceRequest(new ServiceRequestId(id), classification.Item!.Value, contact.Caller, contact.Channel)
            {
                ShortDescription = contact.ShortDescription,
                Data = contact.Data,
            });
            if (submitted.IsAccepted)
            {
                Track(submitted.Value);
            }

            return new(classification, id, submitted.Result, null, submitted.Value);
        }

        var matrix = Incidents.PriorityMatrix;
        var lowest = matrix.Polarity == PriorityPolarity.OneIsHighest;
        var logged = Incidents.Log(by, new LogIncident(
            new IncidentId(id),
            contact.ShortDescription!,
            contact.Caller,
            contact.Channel,
            contact.Impact ?? new Impact(lowest ? matrix.ImpactLevels : 1),
            contact.Urgency ?? new Urgency(lowest ? matrix.UrgencyLevels : 1))
        {
            Description = contact.Description,
            Service = contact.Service,
            Offering = contact.Offering,
        });
        if (logged.IsAccepted)
        {
            Track(logged.Value);
        }

        return new(classification, id, logged.Result, logged.Value, null);
    }

    /// <summary>
    /// Records an update from the caller on a ticket: on an incident it is a caller update (which resumes an incident
    /// awaiting the caller); on a service request it is a comment (which, from the requester, resumes a request on hold
    /// awaiting the requester).
    /// </summary>
    /// <param name="ticketId">The ticket's id.</param>
    /// <param name="caller">Who gives the update.</param>
    /// <param name="text">What they said.</param>
    /// <returns>The ticket's events, or the rejection (<see cref="IntakeRejectionCodes.UnknownTicket"/> for an unknown ticket).</returns>
    public CommandResult RecordUpdate(string ticketId, ActorId caller, string text)
    {
        ArgumentNullException.ThrowIfNull(ticketId);
        if (_incidents.TryGetValue(ticketId, out var incident))
        {
            return incident.RecordCallerUpdate(caller, text);
        }

        if (_requests.TryGetValue(ticketId, out var request))
        {
            return request.AddComment(caller, text);
        }

        return CommandResult.Rejected(new(IntakeRejectionCodes.UnknownTicket, $"The service desk has no ticket '{ticketId}'."));
    }

    /// <summary>Registers an incident (for example one rebuilt from its events) so that updates reach it.</summary>
    /// <param name="incident">The incident.</param>
    /// <exception cref="ArgumentException">Another ticket already has its id.</exception>
    public void Track(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        Register(incident.Id.Value, nameof(incident));
        _incidents.Add(incident.Id.Value, incident);
    }

    /// <summary>Registers a service request (for example one rebuilt from its events) so that updates reach it.</summary>
    /// <param name="request">The request.</param>
    /// <exception cref="ArgumentException">Another ticket already has its id.</exception>
    public void Track(ServiceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Register(request.Id.Value, nameof(request));
        _requests.Add(request.Id.Value, request);
    }

    /// <summary>
    /// Stops tracking a ticket (for example once it is closed and stored), so that a long-running desk does not keep every
    /// ticket it ever logged; later updates to it are refused as <see cref="IntakeRejectionCodes.UnknownTicket"/>.
    /// </summary>
    /// <param name="ticketId">The ticket id.</param>
    /// <returns><see langword="true"/> when the ticket was tracked.</returns>
    public bool Untrack(string ticketId)
    {
        ArgumentNullException.ThrowIfNull(ticketId);
        return _incidents.Remove(ticketId) || _requests.Remove(ticketId);
    }

    /// <summary>Finds a tracked incident.</summary>
    /// <param name="ticketId">The ticket id.</param>
    /// <param name="incident">The incident, when tracked.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool TryGetIncident(string ticketId, [NotNullWhen(true)] out Incident? incident) => _incidents.TryGetValue(ticketId, out incident);

    /// <summary>Finds a tracked service request.</summary>
    /// <param name="ticketId">The ticket id.</param>
    /// <param name="request">The request, when tracked.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool TryGetRequest(string ticketId, [NotNullWhen(true)] out ServiceRequest? request) => _requests.TryGetValue(ticketId, out request);

    private void Register(string id, string paramName)
    {
        if (_incidents.ContainsKey(id) || _requests.ContainsKey(id))
        {
            throw new ArgumentException($"The service desk already has a ticket '{id}'.", paramName);
        }
    }
}
