using System.Collections.Generic;
using ItilCore.Catalog;
using ItilCore.Configuration;
using NodaTime;

namespace ItilCore.Changes;

/// <summary>
/// Everything a <see cref="Change"/> knows at one moment, as an immutable value: two snapshots are equal exactly when
/// the changes are in the same state (lists compared by their items). Use it for read models, for comparisons, and to
/// check that a rebuild from events gives back the live change.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ChangeSnapshot
{
    /// <summary>Gets the id.</summary>
    public required ChangeId Id { get; init; }

    /// <summary>Gets the type.</summary>
    public required ChangeType Type { get; init; }

    /// <summary>Gets the standard change model.</summary>
    public ChangeModelId? Model { get; init; }

    /// <summary>Gets the state.</summary>
    public required ChangeState State { get; init; }

    /// <summary>Gets the version.</summary>
    public required long Version { get; init; }

    /// <summary>Gets the short description.</summary>
    public required string ShortDescription { get; init; }

    /// <summary>Gets the description.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the requester.</summary>
    public required ActorId Requester { get; init; }

    /// <summary>Gets the service.</summary>
    public ServiceId? Service { get; init; }

    /// <summary>Gets the configuration items.</summary>
    public required IReadOnlyList<ConfigurationItemId> ConfigurationItems { get; init; }

    /// <summary>Gets the assessed impact.</summary>
    public Impact? Impact { get; init; }

    /// <summary>Gets the assessed likelihood.</summary>
    public Likelihood? Likelihood { get; init; }

    /// <summary>Gets the risk.</summary>
    public Risk? Risk { get; init; }

    /// <summary>Gets the planned window.</summary>
    public Interval? PlannedWindow { get; init; }

    /// <summary>Gets the implementation plan.</summary>
    public string? ImplementationPlan { get; init; }

    /// <summary>Gets the backout (remediation) plan.</summary>
    public string? BackoutPlan { get; init; }

    /// <summary>Gets the implementer.</summary>
    public ActorId? Implementer { get; init; }

    /// <summary>Gets the change authority.</summary>
    public ChangeAuthority? Authority { get; init; }

    /// <summary>Gets the members who approved in the current authorization.</summary>
    public required IReadOnlyList<ActorId> Approvals { get; init; }

    /// <summary>Gets the members who rejected in the current authorization.</summary>
    public required IReadOnlyList<ActorId> Rejections { get; init; }

    /// <summary>Gets the last authorization round that ended, and how (see <see cref="Change.LastAuthorization"/>).</summary>
    public ChangeAuthorizationRound? LastAuthorization { get; init; }

    /// <summary>Gets whether the change is on hold.</summary>
    public required bool IsOnHold { get; init; }

    /// <summary>Gets why the change is on hold.</summary>
    public string? HoldReason { get; init; }

    /// <summary>Gets the implementation outcome.</summary>
    public ChangeOutcome? Outcome { get; init; }

    /// <summary>Gets the implementation notes.</summary>
    public string? ImplementationNotes { get; init; }

    /// <summary>Gets the closure notes.</summary>
    public string? CloseNotes { get; init; }

    /// <summary>Gets the cancel reason.</summary>
    public string? CancelReason { get; init; }

    /// <summary>Gets when the change was requested.</summary>
    public required Instant OpenedAt { get; init; }

    /// <summary>Gets when the change last changed.</summary>
    public required Instant UpdatedAt { get; init; }

    /// <summary>Gets when the change was authorized.</summary>
    public Instant? AuthorizedAt { get; init; }

    /// <summary>Gets when the change was closed or canceled.</summary>
    public Instant? ClosedAt { get; init; }

    /// <summary>Tells whether another snapshot describes the same change in the same state.</summary>
    /// <param name="other">The other snapshot.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(ChangeSnapshot? other)
        => other is not null
            && Id == other.Id
            && Type == other.Type
            && Model == other.Model
            && State == other.State
            && Version == other.Version
            && ShortDescription == other.ShortDescription
            && Description == other.Description
            && Requester == other.Requester
            && Service == other.Service
            && Sequence.Equal(ConfigurationItems, other.ConfigurationItems)
            && Impact == other.Impact
            && Likelihood == other.Likelihood
            && Risk == other.Risk
            && PlannedWindow == other.PlannedWindow
            && ImplementationPlan == other.ImplementationPlan
            && BackoutPlan == other.BackoutPlan
            && Implementer == other.Implementer
            && Authority == other.Authority
            && Sequence.Equal(Approvals, other.Approvals)
            && Sequence.Equal(Rejections, other.Rejections)
            && LastAuthorization == other.LastAuthorization
            && IsOnHold == other.IsOnHold
            && HoldReason == other.HoldReason
            && Outcome == other.Outcome
            && ImplementationNotes == other.ImplementationNotes
            && CloseNotes == other.CloseNotes
            && CancelReason == other.CancelReason
            && OpenedAt == other.OpenedAt
            && UpdatedAt == other.UpdatedAt
            && AuthorizedAt == other.AuthorizedAt
            && ClosedAt == other.ClosedAt;

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Id, State, Version, Type, Sequence.Hash(Approvals), Sequence.Hash(Rejections));
}
