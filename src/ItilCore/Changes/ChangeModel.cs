using System.Collections.Generic;
using ItilCore.Catalog;
using ItilCore.Configuration;

namespace ItilCore.Changes;

/// <summary>
/// A pre-authorized change model (a ServiceNow standard change template): a low-risk, well-understood change that
/// may be implemented without assessment or authorization, on the configuration items it allows.
/// </summary>
/// <param name="Id">The model's id, unique in its catalogue.</param>
/// <param name="Name">The model's name, for example "Patch a Linux web server"; not empty.</param>
/// <param name="MaxRisk">The highest risk the model was authorized for; a standard change from it carries this risk.</param>
/// <remarks>
/// Immutable and thread-safe. Equality compares every member, lists by their items. Values are checked when a
/// <see cref="StandardChangeCatalog"/> is built, which also copies the lists.
/// </remarks>
public sealed record ChangeModel(ChangeModelId Id, string Name, Risk MaxRisk)
{
    /// <summary>Gets the service the model is for; a change from it must be for that service (or name none and take it).</summary>
    public ServiceId? Service { get; init; }

    /// <summary>Gets the configuration items a change from this model may touch.</summary>
    public IReadOnlyList<ConfigurationItemId> AllowedItems { get; init; } = [];

    /// <summary>Gets the configuration item classes a change from this model may touch (any item of the class).</summary>
    public IReadOnlyList<ConfigurationItemClass> AllowedClasses { get; init; } = [];

    /// <summary>Gets the pre-authorized procedure: how a change from this model is implemented (a standard change takes it).</summary>
    public string? ImplementationPlan { get; init; }

    /// <summary>
    /// Gets how a change from this model is undone if it fails (a standard change takes it); every model needs one when
    /// the practice requires backout plans (<see cref="ChangeManagementOptions.RequireBackoutPlan"/>).
    /// </summary>
    public string? BackoutPlan { get; init; }

    /// <summary>Tells whether another model has the same members and list items.</summary>
    /// <param name="other">The other model.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(ChangeModel? other)
        => other is not null
            && Id == other.Id
            && Name == other.Name
            && MaxRisk == other.MaxRisk
            && Service == other.Service
            && Sequence.Equal(AllowedItems, other.AllowedItems)
            && Sequence.Equal(AllowedClasses, other.AllowedClasses)
            && ImplementationPlan == other.ImplementationPlan
            && BackoutPlan == other.BackoutPlan;

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Id, Name, MaxRisk, Service, Sequence.Hash(AllowedItems), Sequence.Hash(AllowedClasses));
}
