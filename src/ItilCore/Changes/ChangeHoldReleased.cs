using ItilCore.Serialization;

namespace ItilCore.Changes;

/// <summary>The hold was released; approvals resume.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("change.hold-released")]
public sealed record ChangeHoldReleased(EventEnvelope Envelope) : ChangeEvent(Envelope);
