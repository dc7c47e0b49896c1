using ItilCore.Incidents;
using ItilCore.Serialization;

namespace ItilCore.Problems;

/// <summary>An incident was linked to the problem as evidence.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Incident">The incident.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("problem.incident-linked")]
public sealed record ProblemIncidentLinked(EventEnvelope Envelope, IncidentId Incident) : ProblemEvent(Envelope);
