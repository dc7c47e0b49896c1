namespace ItilCore.Changes;

/// <summary>The hold was released; approvals resume.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ChangeHoldReleased(EventEnvelope Envelope) : ChangeEvent(Envelope);
