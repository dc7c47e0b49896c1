using ItilCore.Serialization;

namespace ItilCore.Changes;

/// <summary>The change type was changed while New.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Type">The new type.</param>
/// <param name="Model">The standard change model, for a standard change.</param>
/// <param name="Risk">The risk: the model's maximum risk for a standard change; an earlier assessment does not carry over (it is kept in <see cref="AssessedRisk"/>).</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("change.type-changed")]
public sealed record ChangeTypeChanged(EventEnvelope Envelope, ChangeType Type, ChangeModelId? Model, Risk? Risk) : ChangeEvent(Envelope)
{
    /// <summary>
    /// Gets the risk the change was assessed at before the type change (a normal or emergency change's assessment, which
    /// does not carry over to the new type); <see langword="null"/> when it had none, or was a standard change. Events
    /// recorded before this was kept read as <see langword="null"/>.
    /// </summary>
    public Risk? AssessedRisk { get; init; }

    /// <summary>
    /// Gets the service the change takes from its new model, when the change named none (as a change requested as
    /// standard does); <see langword="null"/> when the change keeps its service.
    /// </summary>
    public Catalog.ServiceId? Service { get; init; }

    /// <summary>Gets the new model's pre-authorized implementation plan, which replaces the change's; <see langword="null"/> when the model has none (the change keeps its own).</summary>
    public string? ImplementationPlan { get; init; }

    /// <summary>Gets the new model's pre-authorized backout plan, which replaces the change's; <see langword="null"/> when the model has none (the change keeps its own).</summary>
    public string? BackoutPlan { get; init; }
}
