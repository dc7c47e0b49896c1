using ItilCore.Serialization;

namespace ItilCore.Changes;

/// <summary>The change was sent back to New; pending approvals were canceled.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Reason">Why.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("change.reverted-to-new")]
public sealed record ChangeRevertedToNew(EventEnvelope Envelope, string Reason) : ChangeEvent(Envelope);
