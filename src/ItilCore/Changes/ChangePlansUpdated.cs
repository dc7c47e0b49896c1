using ItilCore.Serialization;

namespace ItilCore.Changes;

/// <summary>The change's implementation and backout plans were written or rewritten (both as they now stand).</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="ImplementationPlan">How the change will be implemented; <see langword="null"/> when there is none.</param>
/// <param name="BackoutPlan">How the change will be undone if it fails; <see langword="null"/> when there is none.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("change.plans-updated")]
public sealed record ChangePlansUpdated(EventEnvelope Envelope, string? ImplementationPlan, string? BackoutPlan) : ChangeEvent(Envelope);
