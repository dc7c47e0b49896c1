using ItilCore.Serialization;

namespace ItilCore.Problems;

/// <summary>The root cause found by analysis was recorded (it replaces an earlier one).</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="RootCause">The root cause.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("problem.root-cause-recorded")]
public sealed record RootCauseRecorded(EventEnvelope Envelope, string RootCause) : ProblemEvent(Envelope);
