using ItilCore.Serialization;

namespace ItilCore.Changes;

/// <summary>The change was put on hold; approvals are suspended.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Reason">Why.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("change.put-on-hold")]
public sealed record ChangePutOnHold(EventEnvelope Envelope, string Reason) : ChangeEvent(Envelope);
