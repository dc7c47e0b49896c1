using ItilCore.Serialization;

namespace ItilCore.Incidents;

/// <summary>The incident was resolved.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Code">The resolution code.</param>
/// <param name="Notes">The resolution notes.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("incident.resolved")]
public sealed record IncidentResolved(EventEnvelope Envelope, ResolutionCode Code, string Notes) : IncidentEvent(Envelope);
