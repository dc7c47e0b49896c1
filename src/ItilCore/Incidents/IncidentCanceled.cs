using ItilCore.Serialization;

namespace ItilCore.Incidents;

/// <summary>The incident was canceled (terminal).</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Reason">Why (duplicate, unnecessary, not an incident).</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("incident.canceled")]
public sealed record IncidentCanceled(EventEnvelope Envelope, string Reason) : IncidentEvent(Envelope);
