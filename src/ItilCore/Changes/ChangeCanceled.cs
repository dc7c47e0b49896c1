using ItilCore.Serialization;

namespace ItilCore.Changes;

/// <summary>The change was canceled.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Reason">Why.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("change.canceled")]
public sealed record ChangeCanceled(EventEnvelope Envelope, string Reason) : ChangeEvent(Envelope);
