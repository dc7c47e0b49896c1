using ItilCore.Catalog;
using ItilCore.Configuration;
using NodaTime;

namespace ItilCore.ServiceLevels;

/// <summary>
/// What an SLA clock reads of a ticket at one moment, whatever the practice. The practices build it from their snapshots
/// (<c>IncidentSnapshot.ToSlaTicket()</c>, <c>RequestSnapshot.ToSlaTicket()</c>), so the service level layer does not
/// depend on them; conditions are evaluated on it, and a practice's own conditions (an incident's state or hold reason,
/// for example) read the practice's snapshot from <see cref="Source"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SlaTicket
{
    /// <summary>Gets the ticket's id text.</summary>
    public required string Id { get; init; }

    /// <summary>
    /// Gets the kind of ticket, which decides the objectives that measure it (<see cref="SlaObjective.Measures"/>); the
    /// practices' conversions set it. <see langword="null"/> for a ticket built by hand that does not say: every objective
    /// measures it.
    /// </summary>
    public TicketKind? Kind { get; init; }

    /// <summary>
    /// Gets the practice's own view of the ticket at this moment (an <c>IncidentSnapshot</c>, a <c>RequestSnapshot</c>),
    /// which the practice's conditions read; null for a ticket built by hand.
    /// </summary>
    public object? Source { get; init; }

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

    /// <summary>Gets when the ticket was opened.</summary>
    public required Instant OpenedAt { get; init; }

    /// <summary>Gets the instant of this moment (the event that produced it).</summary>
    public required Instant UpdatedAt { get; init; }
}
