using ItilCore.Serialization;

namespace ItilCore.Problems;

/// <summary>The problem was assigned for assessment (New → Assess).</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Group">The problem group.</param>
/// <param name="Assignee">The problem owner, if named.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("problem.assessed")]
public sealed record ProblemAssessed(EventEnvelope Envelope, AssignmentGroupId Group, ActorId? Assignee) : ProblemEvent(Envelope);
