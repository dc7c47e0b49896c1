using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using ItilCore.Catalog;

namespace ItilCore.Requests;

/// <summary>
/// The service request management practice of one team: its clock and request catalogue. It submits requests (checking
/// their data against the item's fields and starting approval at once) and rebuilds them from their event histories.
/// </summary>
/// <remarks>
/// Immutable and thread-safe: one instance serves every request on every thread, provided the clock and the event id
/// source given to it are thread-safe too (the defaults are). Each <see cref="ServiceRequest"/> is not thread-safe.
/// </remarks>
public sealed class RequestFulfilment
{
    private static readonly NumberStyles NumberStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
    private readonly Func<Guid> _newEventId;

    /// <summary>Initializes the practice.</summary>
    /// <param name="clock">Where "now" comes from; every event's time is read from it.</param>
    /// <param name="catalog">The request catalogue requests are submitted from.</param>
    /// <param name="newEventId">Makes event ids; <see cref="EventIds.NewRandom"/> when omitted. It is called only for accepted commands.</param>
    public RequestFulfilment(IClock clock, RequestCatalog catalog, Func<Guid>? newEventId = null)
        : this(clock, catalog, null, newEventId)
    {
    }

    /// <summary>Initializes the practice with the directory that finds approvers relative to the requester.</summary>
    /// <param name="clock">Where "now" comes from; every event's time is read from it.</param>
    /// <param name="catalog">The request catalogue requests are submitted from.</param>
    /// <param name="directory">
    /// The host's directory, asked at submission for the approvers of steps with an <see cref="ApprovalStep.ApproversFrom"/>
    /// (the requester's manager and organization) and for the requester's organization when an item is available only to
    /// its offering's consumers and the catalogue does not name the requester (<see cref="RequestItem.AvailableTo"/>);
    /// the organization at most once per submission. <see langword="null"/> when nothing needs it: submitting an item with such
    /// a step is then refused with <see cref="RequestRejectionCodes.NoApproverDirectory"/>, and only the people the
    /// catalogue names are entitled to consumer-only items. Rebuilds never ask it.
    /// </param>
    /// <param name="newEventId">Makes event ids; <see cref="EventIds.NewRandom"/> when omitted. It is called only for accepted commands.</param>
    public RequestFulfilment(IClock clock, RequestCatalog catalog, IApproverDirectory? directory, Func<Guid>? newEventId = null)
    {
        Clock = Preconditions.NotNull(clock, nameof(clock));
        Catalog = Preconditions.NotNull(catalog, nameof(catalog));
        Directory = directory;
        _newEventId = newEventId ?? EventIds.NewRandom;
    }

    /// <summary>Gets the clock.</summary>
    public IClock Clock { get; }

    /// <summary>Gets the request catalogue.</summary>
    public RequestCatalog Catalog { get; }

    /// <summary>
    /// Gets the priority matrix whose scale a submitted request's <see cref="SubmitServiceRequest.Priority"/> must be on
    /// (the one the service level agreements' targets are written for), or <see langword="null"/>, the default, to take
    /// any priority. Set it when the requests' service levels are measured: a priority off the scale is then refused at
    /// submission (<see cref="RequestRejectionCodes.OutOfMatrix"/>) rather than found when no target matches it.
    /// </summary>
    public PriorityMatrix? PriorityMatrix { get; init; }

    /// <summary>Gets the directory that finds approvers relative to the requester, if one was given.</summary>
    public IApproverDirectory? Directory { get; }

    /// <summary>
    /// Submits a service request: checks the item and the data, finds every approval step's approvers (its fixed list and,
    /// through <see cref="Directory"/> and the service catalogue, those of its <see cref="ApprovalStep.ApproversFrom"/>),
    /// records <see cref="RequestSubmitted"/>, then starts approval (<see cref="RequestApprovalStarted"/>, which records
    /// the approvers found): the request is Awaiting Approval, or Approved at once when the item has no approval steps.
    /// </summary>
    /// <param name="by">Who submits (the requester on the portal, or an agent for them).</param>
    /// <param name="command">What is requested.</param>
    /// <returns>The new request and its two events, or the rejection: <see cref="RequestRejectionCodes.UnknownItem"/>,
    /// <see cref="RequestRejectionCodes.OutOfMatrix"/> (a priority off the scale of <see cref="PriorityMatrix"/>, when set),
    /// <see cref="RequestRejectionCodes.UnknownField"/>, <see cref="RequestRejectionCodes.MissingField"/> or
    /// <see cref="RequestRejectionCodes.InvalidField"/>, naming the first field at fault;
    /// <see cref="RequestRejectionCodes.ServiceNotLive"/> when the item's service or offering is not live (in the pipeline
    /// or retired); <see cref="RequestRejectionCodes.NotEntitled"/> when the item is available only to its offering's
    /// consumers and the requester is not one (checked after the data; the relationship that entitles is recorded in
    /// <see cref="RequestSubmitted.EntitledThrough"/>); <see cref="RequestRejectionCodes.NoApproverDirectory"/> when a step finds its approvers through a
    /// directory and none was given; <see cref="RequestRejectionCodes.QuorumUnreachable"/> when a step has fewer approvers
    /// than its quorum once the requester and the submitter are left out (both name the step).</returns>
    public CommandResult<ServiceRequest> Submit(ActorId by, SubmitServiceRequest command)
    {
        Preconditions.NotDefault(by, nameof(by));
        ArgumentNullException.ThrowIfNull(command);
        Preconditions.NotDefault(command.Id, nameof(command));
        Preconditions.NotDefault(command.Item, nameof(command));
        Preconditions.NotDefault(command.Requester, nameof(command));
        Preconditions.Defined(command.Channel, nameof(command));
        Preconditions.NotDefaultIfGiven(command.Priority, nameof(command));
        ArgumentNullException.ThrowIfNull(command.Data, nameof(command));
        if (!Catalog.TryGetItem(command.Item, out var item))
        {
            return CommandResult<ServiceRequest>.Rejected(new(RequestRejectionCodes.UnknownItem, $"The request catalogue has no request item '{command.Item}'."));
        }

        if (command.Priority is { } priority && PriorityMatrix?.WhyOffScale(priority) is { } offScale)
        {
            return CommandResult<ServiceRequest>.Rejected(new(RequestRejectionCodes.OutOfMatrix, $"The request cannot be submitted: {offScale}."));
        }

        if (Catalog.NotOrderable(item) is { } notLive)
        {
            return CommandResult<ServiceRequest>.Rejected(new(RequestRejectionCodes.ServiceNotLive, $"Request item '{item.Id}' cannot be requested: {notLive}."));
        }

        // The data first, as documented: a submission refused for its data costs the host no directory lookup.
        var data = new List<RequestFieldValue>(item.Fields.Count);
        if (CheckData(item, command.Data, data) is { } rejection)
        {
            return CommandResult<ServiceRequest>.Rejected(rejection);
        }

        var requesterOrganization = new OrganizationLookup(Directory, command.Requester);
        if (Entitle(item, command.Requester, requesterOrganization, out var entitledThrough) is { } notEntitled)
        {
            return CommandResult<ServiceRequest>.Rejected(notEntitled);
        }

        var approvers = new StepApprovers[item.Approvals.Count];
        for (var i = 0; i < approvers.Length; i++)
        {
            if (ResolveApprovers(item, item.Approvals[i], command.Requester, by, requesterOrganization, out approvers[i]) is { } unresolved)
            {
                return CommandResult<ServiceRequest>.Rejected(unresolved);
            }
        }

        var now = Clock.GetCurrentInstant();
        var submitted = new RequestSubmitted(
            new EventEnvelope(NewEventId(), command.Id.Value, 1, now, by),
            item,
            command.Requester,
            command.Channel,
            string.IsNullOrWhiteSpace(command.ShortDescription) ? item.Name : command.ShortDescription.Trim(),
            data.AsReadOnly(),
            command.Priority)
        {
            EntitledThrough = entitledThrough,
        };
        var request = new ServiceRequest(this, submitted);
        var started = request.StartApproval(by, now, Array.AsReadOnly(approvers)).ThrowIfRejected();
        return CommandResult<ServiceRequest>.Accepted(request, CommandResult.Accepted([submitted, .. started]));
    }

    // Whether the requester may request the item (RequestItem.AvailableTo), and through which service relationship: the
    // catalogue's lists of people first, then the requester's organization when a directory knows it.
    private Rejection? Entitle(RequestItem item, ActorId requester, OrganizationLookup requesterOrganization, out ServiceRelationshipId? through)
    {
        through = null;
        if (item.AvailableTo != RequestAvailability.ServiceConsumers)
        {
            return null;
        }

        // The catalogue guarantees the offering for such items (RequestCatalog.Create checks it).
        var offering = item.Offering!.Value;
        var services = Catalog.Services;
        if (services.RelationshipEntitling(offering, requester) is { } named)
        {
            through = named.Id;
            return null;
        }

        string organizationNote;
        if (Directory is null)
        {
            organizationNote = "and no approver directory (IApproverDirectory) was given to find their organization";
        }
        else if (requesterOrganization.Value is not { } organization)
        {
            organizationNote = $"and the directory knows no organization of {requester}";
        }
        else if (services.RelationshipEntitling(offering, requester, organization) is { } consumer)
        {
            through = consumer.Id;
            return null;
        }
        else
        {
            organizationNote = $"nor has their organization '{organization.Value}' as its consumer";
        }

        return new(
            RequestRejectionCodes.NotEntitled,
            $"Request item '{item.Id}' is available only to the consumers of offering '{offering.Value}': no service relationship that takes it names {requester} as a customer, user or sponsor, {organizationNote}.");
    }

    // A step's approvers for one request: those found through its source (asking the directory, read-only), then its fixed
    // list, each once. Refused when a source needs a directory that was not given, or when too few remain once the
    // requester and the submitter (segregation of duties) are left out.
    private Rejection? ResolveApprovers(RequestItem item, ApprovalStep step, ActorId requester, ActorId by, OrganizationLookup requesterOrganization, out StepApprovers approvers)
    {
        var found = new List<ActorId>();
        string? note = null;
        if (step.ApproversFrom is { } source)
        {
            if (Directory is null)
            {
                approvers = new StepApprovers(step.Name, []);
                return new(
                    RequestRejectionCodes.NoApproverDirectory,
                    $"Approval step '{step.Name}' of {item.Id} finds its approvers from {Describe(source)}, but no approver directory (IApproverDirectory) was given to the request fulfilment practice.");
            }

            note = FindApprovers(item, source, requester, requesterOrganization, found);
        }

        foreach (var fixedApprover in step.Approvers)
        {
            if (!found.Contains(fixedApprover))
            {
                found.Add(fixedApprover);
            }
        }

        approvers = new StepApprovers(step.Name, found.AsReadOnly());
        if (ServiceRequest.EligibleApprovers(found, requester, by) >= step.Quorum)
        {
            return null;
        }

        var message = $"Approval step '{step.Name}' needs {step.Quorum} approvals, but without {requester} and {by}, who may not approve their own request, too few approvers remain.";
        if (step.ApproversFrom is { } from)
        {
            message += $" Its approvers from {Describe(from)}: {(note ?? (found.Count == 0 ? "nobody" : string.Join(", ", found)))}.";
        }

        return new(RequestRejectionCodes.QuorumUnreachable, message);
    }

    // Adds the approvers a source finds for the requester; returns why it found nobody, when it did not.
    private string? FindApprovers(RequestItem item, ApproverSource source, ActorId requester, OrganizationLookup requesterOrganization, List<ActorId> found)
    {
        var directory = Directory!;
        if (source == ApproverSource.RequesterManager)
        {
            if (directory.ManagerOf(requester) is { } manager && manager != default)
            {
                found.Add(manager);
                return null;
            }

            return $"the directory knows no manager of {requester}";
        }

        var role = source == ApproverSource.OfferingSponsors ? ConsumerRole.Sponsor : ConsumerRole.Customer;
        var roleName = role == ConsumerRole.Sponsor ? "sponsor" : "customer";
        if (requesterOrganization.Value is not { } organization)
        {
            return $"the directory knows no organization of {requester}";
        }

        var services = Catalog.Services;
        if (services.WhyUnknown(organization) is { } unknown)
        {
            return $"{requester}'s {unknown}";
        }

        // The catalogue guarantees the offering for these sources (RequestCatalog.Create checks it).
        var offering = item.Offering!.Value;
        found.AddRange(services.ActorsInRole(offering, organization, role));
        return found.Count == 0 ? $"organization '{organization.Value}' has no {roleName} of offering '{offering.Value}'" : null;
    }

    private static string Describe(ApproverSource source) => source switch
    {
        ApproverSource.RequesterManager => "the requester's manager",
        ApproverSource.OfferingSponsors => "the sponsors of the requester's organization",
        _ => "the customers of the requester's organization",
    };

    /// <summary>
    /// Rebuilds a request from its event history: a plain fold that checks the history is whole (one request, versions
    /// 1, 2, 3, …, none earlier in time than the one before, each event allowed from the state it meets by the compiled lifecycle) without re-running the
    /// commands' own rules. The request item comes from <see cref="RequestSubmitted"/>, not from the current catalogue.
    /// </summary>
    /// <param name="history">The events, oldest first, starting with <see cref="RequestSubmitted"/>.</param>
    /// <returns>The request exactly as it was after the last event.</returns>
    /// <exception cref="ArgumentException">The history is empty, mixes requests, skips a version, goes back in time or contains a transition the lifecycle forbids.</exception>
    public ServiceRequest Rebuild(IEnumerable<DomainEvent> history) => Fold(history, null);

    /// <summary>
    /// Replays an event history and returns the request as it was after each event: the ticket's timeline, which SLA
    /// clocks (time to fulfil) read. Checked like <see cref="Rebuild"/>.
    /// </summary>
    /// <param name="history">The events, oldest first, starting with <see cref="RequestSubmitted"/>.</param>
    /// <returns>One snapshot per event, in order.</returns>
    /// <exception cref="ArgumentException">The history is not a valid request history.</exception>
    public IReadOnlyList<RequestSnapshot> Replay(IEnumerable<DomainEvent> history)
    {
        var timeline = new List<RequestSnapshot>();
        Fold(history, timeline);
        return timeline;
    }

    private ServiceRequest Fold(IEnumerable<DomainEvent> history, List<RequestSnapshot>? timeline)
        => Lifecycles.History.Fold<RequestFulfilment, ServiceRequest, ServiceRequestEvent, RequestSubmitted>(
            history,
            this,
            "a service request event",
            "A request history",
            static (practice, submitted) => new ServiceRequest(practice, submitted),
            static (request, e, index) => e is RequestApprovalStarted { Approvers: { } recorded } && recorded.Count != request.Item.Approvals.Count
                ? $"Event {index} (RequestApprovalStarted) records the approvers of {recorded.Count} steps; the request item has {request.Item.Approvals.Count}."
                : request.ApplyFromHistory(e, index),
            timeline is null ? null : AddTo(timeline));

    // Made only for a timeline, so that a plain rebuild allocates no closure.
    private static Action<ServiceRequest> AddTo(List<RequestSnapshot> timeline) => request => timeline.Add(request.ToSnapshot());

    internal EventEnvelope Envelope(ServiceRequest request, ActorId by, Instant now)
        => new(NewEventId(), request.Id.Value, request.Version + 1, now, by);

    private static Rejection? CheckData(RequestItem item, IReadOnlyDictionary<string, string> data, List<RequestFieldValue> values)
    {
        foreach (var name in data.Keys.Order(StringComparer.Ordinal))
        {
            if (item.FieldNamed(name) is null)
            {
                return new(RequestRejectionCodes.UnknownField, $"{item.Id} has no field '{name}'; its fields are {string.Join(", ", item.Fields.Select(f => "'" + f.Name + "'"))}.");
            }
        }

        foreach (var field in item.Fields)
        {
            if (!data.TryGetValue(field.Name, out var text) || string.IsNullOrWhiteSpace(text))
            {
                if (field.Required)
                {
                    return new(RequestRejectionCodes.MissingField, $"The field '{field.Name}' is required by {item.Id}.");
                }

                continue;
            }

            var value = Canonical(field, text.Trim());
            if (value is null)
            {
                var expected = field.Kind switch
                {
                    RequestFieldKind.Number => "a number such as 42 or 1250.50",
                    RequestFieldKind.Date => "a date as yyyy-MM-dd",
                    RequestFieldKind.Actor => "an actor id (no whitespace)",
                    _ => "one of " + string.Join(", ", field.Options.Select(o => "'" + o + "'")),
                };
                return new(RequestRejectionCodes.InvalidField, $"The field '{field.Name}' must be {expected}; it is '{text}'.");
            }

            values.Add(new RequestFieldValue(field.Name, value));
        }

        return null;
    }

    private static string? Canonical(RequestField field, string text) => field.Kind switch
    {
        RequestFieldKind.Text => text,
        RequestFieldKind.Number => decimal.TryParse(text, NumberStyle, CultureInfo.InvariantCulture, out var number) ? number.ToString(CultureInfo.InvariantCulture) : null,
        RequestFieldKind.Date => LocalDatePattern.Iso.Parse(text) is { Success: true } date ? LocalDatePattern.Iso.Format(date.Value) : null,
        RequestFieldKind.Actor => Identifier.Check(text) is null ? text : null,
        RequestFieldKind.Choice => field.Options.Contains(text, StringComparer.Ordinal) ? text : null,
        _ => null,
    };

    private EventId NewEventId() => new(_newEventId());

    // The requester's organization, asked of the directory at most once per submission (entitlement and approvers share
    // the answer); null when there is no directory or it knows none.
    private sealed class OrganizationLookup(IApproverDirectory? directory, ActorId person)
    {
        private bool _asked;
        private OrganizationId? _value;

        public OrganizationId? Value
        {
            get
            {
                if (!_asked)
                {
                    _asked = true;
                    _value = directory?.OrganizationOf(person) is { } found && found != default ? found : null;
                }

                return _value;
            }
        }
    }
}
