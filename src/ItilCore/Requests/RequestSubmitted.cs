using System.Collections.Generic;
using ItilCore.Serialization;

namespace ItilCore.Requests;

/// <summary>
/// The service request was submitted (version 1 of every request history). It carries the request item as it was
/// defined at submission, so that a later change to the catalogue never changes a request already under way.
/// </summary>
/// <param name="Envelope">The shared event envelope; its actor is who submitted (the requester, or an agent for them).</param>
/// <param name="Item">The request item, as catalogued at submission.</param>
/// <param name="Requester">Who the request is for.</param>
/// <param name="Channel">How the request reached the service desk.</param>
/// <param name="ShortDescription">A one-line summary.</param>
/// <param name="Data">The checked values of the item's fields, in the item's field order; fields left out are absent.</param>
/// <param name="Priority">The priority the service desk gave, if any.</param>
/// <remarks>
/// Immutable and thread-safe. Equality compares every member, <paramref name="Data"/> by its items. Events written
/// before <see cref="EntitledThrough"/> existed read with it null.
/// </remarks>
[WireName("request.submitted")]
public sealed record RequestSubmitted(
    EventEnvelope Envelope,
    RequestItem Item,
    ActorId Requester,
    ContactChannel Channel,
    string ShortDescription,
    IReadOnlyList<RequestFieldValue> Data,
    Priority? Priority) : ServiceRequestEvent(Envelope)
{
    /// <summary>
    /// Gets the service relationship through which the requester was entitled to an item available only to its
    /// offering's consumers (<see cref="RequestItem.AvailableTo"/>); <see langword="null"/> for an item anyone may request.
    /// </summary>
    public Catalog.ServiceRelationshipId? EntitledThrough { get; init; }

    /// <summary>Tells whether another event has the same members and data.</summary>
    /// <param name="other">The other event.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(RequestSubmitted? other)
        => other is not null
            && Envelope == other.Envelope
            && Item == other.Item
            && Requester == other.Requester
            && Channel == other.Channel
            && ShortDescription == other.ShortDescription
            && Priority == other.Priority
            && EntitledThrough == other.EntitledThrough
            && Sequence.Equal(Data, other.Data);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Envelope, Item, Requester, ShortDescription);
}
