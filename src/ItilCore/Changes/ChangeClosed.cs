using ItilCore.Serialization;

namespace ItilCore.Changes;

/// <summary>The change was closed after its review.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Notes">Closure notes, if any.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("change.closed")]
public sealed record ChangeClosed(EventEnvelope Envelope, string? Notes) : ChangeEvent(Envelope);
