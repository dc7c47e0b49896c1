using ItilCore.Serialization;

namespace ItilCore.Problems;

/// <summary>A known error was recorded for the problem (it replaces an earlier one).</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="KnownError">The known error.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("problem.known-error-recorded")]
public sealed record KnownErrorRecorded(EventEnvelope Envelope, KnownError KnownError) : ProblemEvent(Envelope);
