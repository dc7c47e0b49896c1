using ItilCore.Serialization;

namespace ItilCore.Changes;

/// <summary>A normal change was submitted for assessment, or a standard change was scheduled.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("change.submitted")]
public sealed record ChangeSubmitted(EventEnvelope Envelope) : ChangeEvent(Envelope);
