using ItilCore.Serialization;

namespace ItilCore.Requests;

/// <summary>A comment was added, by the requester or an agent (the envelope's actor).</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Text">The comment.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("request.comment")]
public sealed record RequestCommentAdded(EventEnvelope Envelope, string Text) : ServiceRequestEvent(Envelope);
