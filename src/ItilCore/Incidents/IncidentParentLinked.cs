using ItilCore.Serialization;

namespace ItilCore.Incidents;

/// <summary>The incident became a child of a parent incident, whose progress it follows (see <see cref="IncidentManagement.PropagateToChildren"/>).</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Parent">The parent incident.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("incident.parent-linked")]
public sealed record IncidentParentLinked(EventEnvelope Envelope, IncidentId Parent) : IncidentEvent(Envelope);
