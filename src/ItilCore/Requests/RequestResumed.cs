using ItilCore.Serialization;

namespace ItilCore.Requests;

/// <summary>
/// Work on the request resumed after a hold: by <see cref="ServiceRequest.Resume"/>, or right after a comment from the
/// requester on a request awaiting the requester (the envelope's actor is then the requester).
/// </summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Comment">A comment, if any.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("request.resumed")]
public sealed record RequestResumed(EventEnvelope Envelope, string? Comment) : ServiceRequestEvent(Envelope);
