using ItilCore.Serialization;

namespace ItilCore.Incidents;

/// <summary>The incident was assigned to a group and optionally a person (first assignment, or a new assignee in the same group).</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Group">The assignment group.</param>
/// <param name="Assignee">The assignee, if any.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("incident.assigned")]
public sealed record IncidentAssigned(EventEnvelope Envelope, AssignmentGroupId Group, ActorId? Assignee) : IncidentEvent(Envelope);
