using ItilCore.Serialization;

namespace ItilCore.Requests;

/// <summary>The fulfilled request was closed.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("request.closed")]
public sealed record RequestClosed(EventEnvelope Envelope) : ServiceRequestEvent(Envelope);
