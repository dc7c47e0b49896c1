using ItilCore.Serialization;

namespace ItilCore.Incidents;

/// <summary>
/// The major incident declaration was withdrawn: the incident is handled as an ordinary incident again (its priority,
/// escalation and assignment are unchanged). Recorded by <see cref="Incident.DemoteMajorIncident"/>.
/// </summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Reason">Why the incident is no longer a major incident.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("incident.major-incident-demoted")]
public sealed record MajorIncidentDemoted(EventEnvelope Envelope, string Reason) : IncidentEvent(Envelope);
