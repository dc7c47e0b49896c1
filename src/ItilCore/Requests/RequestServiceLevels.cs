using System;
using System.Collections.Generic;
using ItilCore.ServiceLevels;
using NodaTime;

namespace ItilCore.Requests;

/// <summary>
/// Service levels for service requests: a request as the ticket an SLA clock reads (time to fulfil, typically), and the
/// service level practice's questions asked of a request. They live with the request practice because the service level
/// layer does not know the practices (it sees a <see cref="SlaTicket"/>).
/// </summary>
public static class RequestServiceLevels
{
    /// <summary>
    /// Reads a service request at one moment as an SLA ticket of kind <see cref="TicketKind.ServiceRequest"/> (so the
    /// objectives that apply to service requests measure it, not an incident's first response); the request's conditions
    /// read it back from <see cref="SlaTicket.Source"/>.
    /// </summary>
    /// <param name="request">The request snapshot.</param>
    /// <returns>The ticket.</returns>
    public static SlaTicket ToSlaTicket(this RequestSnapshot request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new SlaTicket
        {
            Id = request.Id.Value,
            Kind = TicketKind.ServiceRequest,
            Source = request,
            Priority = request.Priority,
            Service = request.Item.Service,
            Offering = request.Item.Offering,
            Caller = request.Requester,
            OpenedAt = request.OpenedAt,
            UpdatedAt = request.UpdatedAt,
        };
    }

    /// <summary>Derives every SLA cycle (time to fulfil, typically) of a service request from its event history.</summary>
    /// <param name="serviceLevels">The service level practice.</param>
    /// <param name="practice">The request practice that replays the history.</param>
    /// <param name="history">The request's events.</param>
    /// <param name="at">The instant to evaluate at.</param>
    /// <returns>One status per cycle of every attached objective.</returns>
    public static IReadOnlyList<SlaStatus> Evaluate(this ServiceLevelManagement serviceLevels, RequestFulfilment practice, IEnumerable<DomainEvent> history, Instant at)
    {
        ArgumentNullException.ThrowIfNull(serviceLevels);
        ArgumentNullException.ThrowIfNull(practice);
        return serviceLevels.Evaluate(practice.Replay(history), at);
    }

    /// <summary>Derives every SLA cycle of a service request from its timeline.</summary>
    /// <param name="serviceLevels">The service level practice.</param>
    /// <param name="timeline">The request after each of its events (<see cref="RequestFulfilment.Replay"/>).</param>
    /// <param name="at">The instant to evaluate at.</param>
    /// <returns>One status per cycle of every attached objective.</returns>
    public static IReadOnlyList<SlaStatus> Evaluate(this ServiceLevelManagement serviceLevels, IReadOnlyList<RequestSnapshot> timeline, Instant at)
    {
        ArgumentNullException.ThrowIfNull(serviceLevels);
        return serviceLevels.Evaluate(SlaTimeline.Of(timeline, ToSlaTicket), at);
    }
}
