using ItilCore.Serialization;

namespace ItilCore.Changes;

/// <summary>A member of the change authority (the envelope's actor) rejected the change; when the quorum became unreachable, the change returned to New.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Reason">Why.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("change.rejected")]
public sealed record ChangeRejected(EventEnvelope Envelope, string Reason) : ChangeEvent(Envelope);
