using ItilCore.Serialization;

namespace ItilCore.Problems;

/// <summary>A workaround was documented (it replaces an earlier one, and updates the known error).</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Workaround">The workaround.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("problem.workaround-documented")]
public sealed record WorkaroundDocumented(EventEnvelope Envelope, string Workaround) : ProblemEvent(Envelope);
