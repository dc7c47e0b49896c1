using System;
using ItilCore.Catalog;
using ItilCore.Configuration;
using ItilCore.Incidents;
using ItilCore.Requests;
using NodaTime;

namespace ItilCore.ServiceLevels;

/// <summary>
/// What an SLA clock reads of a ticket at one moment, whatever the practice: an incident or a service request. Build it
/// with <see cref="From(IncidentSnapshot)"/> or <see cref="From(RequestSnapshot)"/>; conditions are evaluated on it.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SlaTicket
{
    /// <summary>Gets the ticket's id text.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the incident state, for an incident.</summary>
    public IncidentState? IncidentState { get; init; }

    /// <summary>Gets the request state, for a service request.</summary>
    public ServiceRequestState? RequestState { get; init; }

    /// <summary>Gets the hold reason, for an incident on hold.</summary>
    public HoldReason? HoldReason { get; init; }

    /// <summary>
    /// Gets the effective priority; for a service request without a priority, the least important priority of the
    /// service level practice's matrix is used to pick its target.
    /// </summary>
    public Priority? Priority { get; init; }

    /// <summary>Gets the catalogued service.</summary>
    public ServiceId? Service { get; init; }

    /// <summary>Gets the service offering.</summary>
    public ServiceOfferingId? Offering { get; init; }

    /// <summary>Gets the configuration item.</summary>
    public ConfigurationItemId? ConfigurationItem { get; init; }

    /// <summary>Gets the caller or requester.</summary>
    public required ActorId Caller { get; init; }

    /// <summary>Gets the assignment group.</summary>
    public AssignmentGroupId? AssignmentGroup { get; init; }

    /// <summary>Gets the assignee.</summary>
    public ActorId? Assignee { get; init; }

    /// <summary>Gets whether the ticket is a major incident.</summary>
    public bool IsMajorIncident { get; init; }

    /// <summary>Gets when the ticket was opened.</summary>
    public required Instant OpenedAt { get; init; }

    /// <summary>Gets the instant of this moment (the event that produced it).</summary>
    public required Instant UpdatedAt { get; init; }

    /// <summary>Reads an incident at one moment.</summary>
    /// <param name="incident">The incident snapshot.</param>
    /// <returns>The ticket.</returns>
    public static SlaTicket From(IncidentSnapshot incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return new SlaTicket
        {
            Id = incident.Id.Value,
            IncidentState = incident.State,
            HoldReason = incident.HoldReason,
            Priority = incident.PriorityOverride ?? incident.CalculatedPriority,
            Service = incident.Service,
            Offering = incident.Offering,
            ConfigurationItem = incident.ConfigurationItem,
            Caller = incident.Caller,
            AssignmentGroup = incident.AssignmentGroup,
            Assignee = incident.Assignee,
            IsMajorIncident = incident.IsMajorIncident,
            OpenedAt = incident.OpenedAt,
            UpdatedAt = incident.UpdatedAt,
        };
    }

    /// <summary>Reads a service request at one moment.</summary>
    /// <param name="request">The request snapshot.</param>
    /// <returns>The ticket.</returns>
    public static SlaTicket From(RequestSnapshot request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new SlaTicket
        {
            Id = request.Id.Value,
            RequestState = request.State,
            Priority = request.Priority,
            Service = request.Item.Service,
            Offering = request.Item.Offering,
            Caller = request.Requester,
            OpenedAt = request.OpenedAt,
            UpdatedAt = request.UpdatedAt,
        };
    }
}
