using ItilCore.Serialization;

namespace ItilCore.Problems;

/// <summary>The risk was accepted and the problem closed without a fix (code Risk Accepted).</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Reason">Why the risk is acceptable.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("problem.risk-accepted")]
public sealed record ProblemRiskAccepted(EventEnvelope Envelope, string Reason) : ProblemEvent(Envelope);
