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

    /// <summary>
    /// Gets the implementation plan the change follows as a standard change: the new model's pre-authorized one where
    /// the model has it, else the change's own as the command found it (the one it was requested with or last wrote, not
    /// an earlier model's); <see langword="null"/> when there is neither (the change then has no implementation plan).
    /// Always <see langword="null"/> for a normal or emergency change, which keeps the plans it had.
    /// </summary>
    public string? ImplementationPlan { get; init; }

    /// <summary>
    /// Gets the backout plan the change follows as a standard change: the new model's pre-authorized one where the model
    /// has it, else the change's own as the command found it (not an earlier model's); <see langword="null"/> when there
    /// is neither. Always <see langword="null"/> for a normal or emergency change, which keeps the plans it had.
    /// </summary>
    public string? BackoutPlan { get; init; }
}
