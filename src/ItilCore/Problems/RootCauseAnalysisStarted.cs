using ItilCore.Serialization;

namespace ItilCore.Problems;

/// <summary>The problem was confirmed and root-cause analysis started (Assess → Root Cause Analysis).</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("problem.root-cause-analysis-started")]
public sealed record RootCauseAnalysisStarted(EventEnvelope Envelope) : ProblemEvent(Envelope);
