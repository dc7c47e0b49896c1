using ItilCore.Serialization;

namespace ItilCore.Problems;

/// <summary>A change request was raised from the known error, to implement the permanent solution.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Change">The change request (for example <c>CHG0001234</c>).</param>
/// <param name="KnownError">The known error the change fixes, as it was when the change was requested.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("problem.change-requested")]
public sealed record ProblemChangeRequested(EventEnvelope Envelope, ChangeId Change, KnownError KnownError) : ProblemEvent(Envelope);
