using ItilCore.Serialization;

namespace ItilCore.Changes;

/// <summary>A member of the change authority (the envelope's actor) approved the change.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Comment">A comment, if any.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("change.approved")]
public sealed record ChangeApproved(EventEnvelope Envelope, string? Comment) : ChangeEvent(Envelope);
