namespace ItilCore.Changes;

/// <summary>The implementation started.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ChangeImplementationStarted(EventEnvelope Envelope) : ChangeEvent(Envelope);
