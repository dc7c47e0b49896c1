using System.Collections.Generic;
using ItilCore.Catalog;
using ItilCore.Configuration;
using ItilCore.Serialization;

namespace ItilCore.Changes;

/// <summary>The change was requested (version 1 of every change history).</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Type">The change type.</param>
/// <param name="Model">The standard change model, for a standard change.</param>
/// <param name="ShortDescription">A one-line summary.</param>
/// <param name="Description">The full description, if any.</param>
/// <param name="Requester">Who requested the change (who may never authorize it).</param>
/// <param name="Service">The service the change is for, if any: the one requested, else (for a standard change) its model's (see <see cref="ServiceFromModel"/>).</param>
/// <param name="ConfigurationItems">The configuration items the change touches.</param>
/// <param name="Risk">The risk: the model's maximum risk for a standard change, otherwise not yet assessed.</param>
/// <remarks>Immutable and thread-safe. Equality compares lists by their items.</remarks>
[WireName("change.requested")]
public sealed record ChangeRequested(
    EventEnvelope Envelope,
    ChangeType Type,
    ChangeModelId? Model,
    string ShortDescription,
    string? Description,
    ActorId Requester,
    ServiceId? Service,
    IReadOnlyList<ConfigurationItemId> ConfigurationItems,
    Risk? Risk) : ChangeEvent(Envelope)
{
    /// <summary>
    /// Gets whether <see cref="Service"/> was taken from the standard change model because the request named none: the
    /// change follows that service only while it follows the model (as when it becomes standard later). Events recorded
    /// before this was kept read as <see langword="false"/> (the service counts as requested).
    /// </summary>
    public bool ServiceFromModel { get; init; }

    /// <summary>Gets the implementation plan, if one was given.</summary>
    public string? ImplementationPlan { get; init; }

    /// <summary>Gets the backout (remediation) plan, if one was given.</summary>
    public string? BackoutPlan { get; init; }

    /// <summary>Tells whether another event has the same members and list items.</summary>
    /// <param name="other">The other event.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(ChangeRequested? other)
        => other is not null
            && Envelope == other.Envelope
            && Type == other.Type
            && Model == other.Model
            && ShortDescription == other.ShortDescription
            && Description == other.Description
            && Requester == other.Requester
            && Service == other.Service
            && ServiceFromModel == other.ServiceFromModel
            && Sequence.Equal(ConfigurationItems, other.ConfigurationItems)
            && Risk == other.Risk
            && ImplementationPlan == other.ImplementationPlan
            && BackoutPlan == other.BackoutPlan;

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Envelope, Type, ShortDescription, Requester, Sequence.Hash(ConfigurationItems));
}
