using ItilCore.Serialization;

namespace ItilCore.Incidents;

/// <summary>The resolved incident was reopened; the reopen count grows by one.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Reason">Why.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("incident.reopened")]
public sealed record IncidentReopened(EventEnvelope Envelope, string Reason) : IncidentEvent(Envelope);
