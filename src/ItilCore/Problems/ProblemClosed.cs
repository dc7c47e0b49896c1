using ItilCore.Serialization;

namespace ItilCore.Problems;

/// <summary>The fix was verified and the problem closed (Resolved → Closed).</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Verification">How the fix was verified.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("problem.closed")]
public sealed record ProblemClosed(EventEnvelope Envelope, string Verification) : ProblemEvent(Envelope);
