using ItilCore.Serialization;

namespace ItilCore.Problems;

/// <summary>The fix was applied (Fix in Progress → Resolved, code Fix Applied).</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Notes">The resolution notes.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("problem.resolved")]
public sealed record ProblemResolved(EventEnvelope Envelope, string Notes) : ProblemEvent(Envelope);
