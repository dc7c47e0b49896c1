using ItilCore.Serialization;

namespace ItilCore.Problems;

/// <summary>The permanent solution was recorded (it replaces an earlier one).</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Solution">The permanent solution.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("problem.permanent-solution-recorded")]
public sealed record PermanentSolutionRecorded(EventEnvelope Envelope, string Solution) : ProblemEvent(Envelope);
