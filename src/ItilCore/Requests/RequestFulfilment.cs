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
    {
        Clock = Preconditions.NotNull(clock, nameof(clock));
        Catalog = Preconditions.NotNull(catalog, nameof(catalog));
        _newEventId = newEventId ?? EventIds.NewRandom;
    }

    /// <summary>Gets the clock.</summary>
    public IClock Clock { get; }

    /// <summary>Gets the request catalogue.</summary>
    public RequestCatalog Catalog { get; }

    /// <summary>
    /// Submits a service request: checks the item and the data, records <see cref="RequestSubmitted"/>, then starts
    /// approval (<see cref="RequestApprovalStarted"/>): the request is Awaiting Approval, or Approved at once when the item
    /// has no approval steps.
    /// </summary>
    /// <param name="by">Who submits (the requester on the portal, or an agent for them).</param>
    /// <param name="command">What is requested.</param>
    /// <returns>The new request and its two events, or the rejection: <see cref="RequestRejectionCodes.UnknownItem"/>,
    /// <see cref="RequestRejectionCodes.UnknownField"/>, <see cref="RequestRejectionCodes.MissingField"/> or
    /// <see cref="RequestRejectionCodes.InvalidField"/>, naming the first field at fault;
    /// <see cref="RequestRejectionCodes.ServiceNotLive"/> when the item's service or offering is not live (in the pipeline
    /// or retired).</returns>
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

        if (NotOrderable(item) is { } notLive)
        {
            return CommandResult<ServiceRequest>.Rejected(new(RequestRejectionCodes.ServiceNotLive, $"Request item '{item.Id}' cannot be requested: {notLive}."));
        }

        var unreachable = item.Approvals.FirstOrDefault(step => ServiceRequest.EligibleApprovers(step, command.Requester, by) < step.Quorum);
        if (unreachable is not null)
        {
            return CommandResult<ServiceRequest>.Rejected(new(
                RequestRejectionCodes.QuorumUnreachable,
                $"Approval step '{unreachable.Name}' needs {unreachable.Quorum} approvals, but without {command.Requester} and {by}, who may not approve their own request, too few approvers remain."));
        }

        var data = new List<RequestFieldValue>(item.Fields.Count);
        if (CheckData(item, command.Data, data) is { } rejection)
        {
            return CommandResult<ServiceRequest>.Rejected(rejection);
        }

        var now = Clock.GetCurrentInstant();
        var submitted = new RequestSubmitted(
            new EventEnvelope(NewEventId(), command.Id.Value, 1, now, by),
            item,
            command.Requester,
            command.Channel,
            string.IsNullOrWhiteSpace(command.ShortDescription) ? item.Name : command.ShortDescription.Trim(),
            data.AsReadOnly(),
            command.Priority);
        var request = new ServiceRequest(this, submitted);
        var started = request.StartApproval(by, now).ThrowIfRejected();
        return CommandResult<ServiceRequest>.Accepted(request, CommandResult.Accepted([submitted, .. started]));
    }

    // Only a live service and offering can be ordered: a pipeline one is not available yet, a retired one no longer.
    private string? NotOrderable(RequestItem item)
    {
        var services = Catalog.Services;
        var status = services.StatusOf(item.Service);
        if (status != ServiceStatus.Live)
        {
            return $"service '{item.Service.Value}' is {Words.Of(status).ToLowerInvariant()}, not live";
        }

        if (item.Offering is { } offering && services.StatusOf(offering) is var offered && offered != ServiceStatus.Live)
        {
            return $"service offering '{offering.Value}' is {Words.Of(offered).ToLowerInvariant()}, not live";
        }

        return null;
    }

    /// <summary>
    /// Rebuilds a request from its event history: a plain fold that checks the history is whole (one request, versions
    /// 1, 2, 3, …, each event allowed from the state it meets by the compiled lifecycle) without re-running the
    /// commands' own rules. The request item comes from <see cref="RequestSubmitted"/>, not from the current catalogue.
    /// </summary>
    /// <param name="history">The events, oldest first, starting with <see cref="RequestSubmitted"/>.</param>
    /// <returns>The request exactly as it was after the last event.</returns>
    /// <exception cref="ArgumentException">The history is empty, mixes requests, skips a version or contains a transition the lifecycle forbids.</exception>
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
    {
        ArgumentNullException.ThrowIfNull(history);
        ServiceRequest? request = null;
        var index = 0;
        foreach (var domainEvent in history)
        {
            if (domainEvent is not ServiceRequestEvent e)
            {
                throw new ArgumentException($"Event {index} is a {domainEvent?.GetType().Name ?? "null"}, not a service request event.", nameof(history));
            }

            if (request is null)
            {
                if (e is not RequestSubmitted submitted || e.Envelope.Version != 1)
                {
                    throw new ArgumentException($"A request history starts with RequestSubmitted at version 1; event 0 is {e.GetType().Name} at version {e.Envelope.Version}.", nameof(history));
                }

                request = new ServiceRequest(this, submitted);
            }
            else if (request.ApplyFromHistory(e, index) is { } problem)
            {
                throw new ArgumentException(problem, nameof(history));
            }

            timeline?.Add(request.ToSnapshot());

            index++;
        }

        return request ?? throw new ArgumentException("The history is empty.", nameof(history));
    }

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
}
