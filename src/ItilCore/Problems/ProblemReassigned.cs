using ItilCore.Serialization;

namespace ItilCore.Problems;

/// <summary>
/// The problem moved to another problem group or owner while it is worked (Assess, Root Cause Analysis or Fix in
/// Progress); its state does not change.
/// </summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="FromGroup">The previous problem group.</param>
/// <param name="ToGroup">The new problem group (the same group when only the owner changes).</param>
/// <param name="FromAssignee">The previous problem owner, if there was one.</param>
/// <param name="Assignee">The new problem owner, if named; <see langword="null"/> leaves the problem with the group only.</param>
/// <param name="Reason">Why the problem was reassigned.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("problem.reassigned")]
public sealed record ProblemReassigned(EventEnvelope Envelope, AssignmentGroupId FromGroup, AssignmentGroupId ToGroup, ActorId? FromAssignee, ActorId? Assignee, string Reason)
    : ProblemEvent(Envelope);
