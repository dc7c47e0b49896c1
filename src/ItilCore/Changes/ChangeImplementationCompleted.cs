using ItilCore.Serialization;

namespace ItilCore.Changes;

/// <summary>The implementation finished; the change is in review.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Outcome">How it turned out.</param>
/// <param name="Notes">The implementation notes.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("change.implementation-completed")]
public sealed record ChangeImplementationCompleted(EventEnvelope Envelope, ChangeOutcome Outcome, string Notes) : ChangeEvent(Envelope);
