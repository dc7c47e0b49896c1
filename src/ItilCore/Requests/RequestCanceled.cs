using ItilCore.Serialization;

namespace ItilCore.Requests;

/// <summary>The request was canceled before it was fulfilled.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Reason">Why.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("request.canceled")]
public sealed record RequestCanceled(EventEnvelope Envelope, string Reason) : ServiceRequestEvent(Envelope);
