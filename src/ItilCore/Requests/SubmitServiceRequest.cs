using System.Collections.Generic;

namespace ItilCore.Requests;

/// <summary>The data needed to submit a service request: which item, for whom, through which channel, with which values.</summary>
/// <param name="Id">The request's id (the caller owns the numbering, for example <c>REQ0010001</c>).</param>
/// <param name="Item">The request item picked from the catalogue.</param>
/// <param name="Requester">Who the request is for.</param>
/// <param name="Channel">How the request reached the service desk.</param>
/// <remarks>Immutable and thread-safe when built with a read-only dictionary.</remarks>
public sealed record SubmitServiceRequest(ServiceRequestId Id, RequestItemId Item, ActorId Requester, ContactChannel Channel)
{
    /// <summary>Gets the one-line summary; the item's name when omitted or blank.</summary>
    public string? ShortDescription { get; init; }

    /// <summary>
    /// Gets the values of the item's fields, by field name, as text: numbers in invariant form (<c>1250.50</c>), dates as
    /// ISO <c>yyyy-MM-dd</c>, actors as actor id text, choices as one of the options. A blank value counts as absent.
    /// </summary>
    public IReadOnlyDictionary<string, string> Data { get; init; } = System.Collections.Frozen.FrozenDictionary<string, string>.Empty;

    /// <summary>Gets the priority the service desk gives, if any.</summary>
    public Priority? Priority { get; init; }
}
