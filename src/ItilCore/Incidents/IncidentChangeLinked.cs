using ItilCore.Serialization;

namespace ItilCore.Incidents;

/// <summary>
/// The incident was linked to the change request that fixes it (ServiceNow's <c>rfc</c>). It replaces an earlier link.
/// </summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Change">The change request.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("incident.change-linked")]
public sealed record IncidentChangeLinked(EventEnvelope Envelope, ChangeId Change) : IncidentEvent(Envelope);
