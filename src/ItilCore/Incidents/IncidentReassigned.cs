using ItilCore.Serialization;

namespace ItilCore.Incidents;

/// <summary>Functional escalation: the incident moved to another assignment group. Counted in the reassignment count.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="FromGroup">The previous group.</param>
/// <param name="ToGroup">The new group.</param>
/// <param name="Assignee">The new assignee, if any.</param>
/// <param name="Reason">Why the incident was reassigned.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("incident.reassigned")]
public sealed record IncidentReassigned(EventEnvelope Envelope, AssignmentGroupId FromGroup, AssignmentGroupId ToGroup, ActorId? Assignee, string Reason)
    : IncidentEvent(Envelope);
