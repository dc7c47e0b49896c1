using ItilCore.Serialization;

namespace ItilCore.Requests;

/// <summary>Fulfilment started: the item's tasks can be completed.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("request.fulfilment-started")]
public sealed record RequestFulfilmentStarted(EventEnvelope Envelope) : ServiceRequestEvent(Envelope);
