using ItilCore.Serialization;

namespace ItilCore.Problems;

/// <summary>Impact and probability were re-assessed; the risk matrix gave the priority.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Impact">The impact.</param>
/// <param name="Probability">The probability.</param>
/// <param name="Priority">The priority the risk matrix gave.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("problem.reprioritized")]
public sealed record ProblemReprioritized(EventEnvelope Envelope, Impact Impact, Probability Probability, Priority Priority) : ProblemEvent(Envelope);
