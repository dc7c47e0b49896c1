using ItilCore.Serialization;

namespace ItilCore.Problems;

/// <summary>The problem was canceled as invalid.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Reason">Why.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("problem.canceled")]
public sealed record ProblemCanceled(EventEnvelope Envelope, string Reason) : ProblemEvent(Envelope);
