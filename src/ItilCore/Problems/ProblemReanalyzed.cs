using ItilCore.Serialization;

namespace ItilCore.Problems;

/// <summary>The problem was sent back to root-cause analysis (from Fix in Progress, Resolved or Closed).</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Reason">Why.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("problem.reanalyzed")]
public sealed record ProblemReanalyzed(EventEnvelope Envelope, string Reason) : ProblemEvent(Envelope);
