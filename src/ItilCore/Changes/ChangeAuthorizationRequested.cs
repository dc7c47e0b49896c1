using ItilCore.Serialization;

namespace ItilCore.Changes;

/// <summary>Authorization was requested from the change authority the policy assigned.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Authority">The authority, as it was when assigned (members and quorum).</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("change.authorization-requested")]
public sealed record ChangeAuthorizationRequested(EventEnvelope Envelope, ChangeAuthority Authority) : ChangeEvent(Envelope);
