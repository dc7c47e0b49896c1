using ItilCore.Serialization;

namespace ItilCore.Incidents;

/// <summary>Hierarchical escalation: the incident was brought to a manager's attention, possibly as a major incident.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Manager">The manager escalated to.</param>
/// <param name="Reason">Why.</param>
/// <param name="MajorIncident">Whether the incident is now handled as a major incident.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("incident.escalated")]
public sealed record IncidentEscalated(EventEnvelope Envelope, ActorId Manager, string Reason, bool MajorIncident) : IncidentEvent(Envelope);
