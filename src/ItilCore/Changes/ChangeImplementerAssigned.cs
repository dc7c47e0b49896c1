using ItilCore.Serialization;

namespace ItilCore.Changes;

/// <summary>Someone was made responsible for implementing the change (who may then not authorize it).</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Implementer">The implementer.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("change.implementer-assigned")]
public sealed record ChangeImplementerAssigned(EventEnvelope Envelope, ActorId Implementer) : ChangeEvent(Envelope);
