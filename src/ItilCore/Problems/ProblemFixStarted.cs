using ItilCore.Serialization;

namespace ItilCore.Problems;

/// <summary>Error control started without a change raised here (Root Cause Analysis → Fix in Progress).</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("problem.fix-started")]
public sealed record ProblemFixStarted(EventEnvelope Envelope) : ProblemEvent(Envelope);
