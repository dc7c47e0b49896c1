using ItilCore.Serialization;

namespace ItilCore.Changes;

/// <summary>The implementation started.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("change.implementation-started")]
public sealed record ChangeImplementationStarted(EventEnvelope Envelope) : ChangeEvent(Envelope);
