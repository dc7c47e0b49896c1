using System.Collections.Generic;
using ItilCore.Catalog;
using ItilCore.Configuration;
using ItilCore.Incidents;
using NodaTime;

namespace ItilCore.Problems;

/// <summary>
/// Everything a <see cref="Problem"/> knows at one moment, as an immutable value: two snapshots are equal exactly when
/// the problems are in the same state (lists compare item by item). Use it for read models, for comparisons, and to check
/// that a rebuild from events gives back the live problem.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ProblemSnapshot
{
    /// <summary>Gets the id.</summary>
    public required ProblemId Id { get; init; }

    /// <summary>Gets the state.</summary>
    public required ProblemState State { get; init; }

    /// <summary>Gets the version.</summary>
    public required long Version { get; init; }

    /// <summary>Gets the short description.</summary>
    public required string ShortDescription { get; init; }

    /// <summary>Gets the description.</summary>
    public string? Description { get; init; }

    /// <summary>Gets where the problem was identified.</summary>
    public required ProblemSource Source { get; init; }

    /// <summary>Gets the source reference.</summary>
    public string? SourceReference { get; init; }

    /// <summary>Gets the service.</summary>
    public ServiceId? Service { get; init; }

    /// <summary>Gets the configuration item.</summary>
    public ConfigurationItemId? ConfigurationItem { get; init; }

    /// <summary>Gets the category.</summary>
    public string? Category { get; init; }

    /// <summary>Gets the impact.</summary>
    public required Impact Impact { get; init; }

    /// <summary>Gets the probability.</summary>
    public required Probability Probability { get; init; }

    /// <summary>Gets the risk priority.</summary>
    public required Priority Priority { get; init; }

    /// <summary>Gets the problem group.</summary>
    public AssignmentGroupId? AssignmentGroup { get; init; }

    /// <summary>Gets the problem owner.</summary>
    public ActorId? Assignee { get; init; }

    /// <summary>Gets the linked incidents, in link order.</summary>
    public IReadOnlyList<IncidentId> LinkedIncidents { get; init; } = [];

    /// <summary>Gets the root cause.</summary>
    public string? RootCause { get; init; }

    /// <summary>Gets the workaround.</summary>
    public string? Workaround { get; init; }

    /// <summary>Gets how often the workaround was communicated.</summary>
    public int WorkaroundCommunications { get; init; }

    /// <summary>Gets the known error.</summary>
    public KnownError? KnownError { get; init; }

    /// <summary>Gets the change requests raised from the known error, in order.</summary>
    public IReadOnlyList<ChangeId> ChangeRequests { get; init; } = [];

    /// <summary>Gets the permanent solution.</summary>
    public string? PermanentSolution { get; init; }

    /// <summary>Gets the resolution code.</summary>
    public ProblemResolutionCode? ResolutionCode { get; init; }

    /// <summary>Gets the resolution notes.</summary>
    public string? ResolutionNotes { get; init; }

    /// <summary>Gets how the fix was verified.</summary>
    public string? Verification { get; init; }

    /// <summary>Gets the master problem of a duplicate.</summary>
    public ProblemId? Master { get; init; }

    /// <summary>Gets the duplicates merged into this problem, each followed by those merged into it before (<see cref="Problem.MergedDuplicates"/>).</summary>
    public IReadOnlyList<ProblemId> MergedDuplicates { get; init; } = [];

    /// <summary>Gets how often the problem was re-analysed.</summary>
    public int ReanalysisCount { get; init; }

    /// <summary>Gets when the problem was logged.</summary>
    public required Instant OpenedAt { get; init; }

    /// <summary>Gets when the problem last changed.</summary>
    public required Instant UpdatedAt { get; init; }

    /// <summary>Gets when the problem was resolved; <see langword="null"/> before it is, and again after a re-analysis.</summary>
    public Instant? ResolvedAt { get; init; }

    /// <summary>Gets when the problem was closed, canceled or marked a duplicate.</summary>
    public Instant? ClosedAt { get; init; }

    /// <summary>Tells whether another snapshot has the same members, lists compared item by item.</summary>
    /// <param name="other">The other snapshot.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(ProblemSnapshot? other)
        => other is not null
            && Id == other.Id
            && State == other.State
            && Version == other.Version
            && ShortDescription == other.ShortDescription
            && Description == other.Description
            && Source == other.Source
            && SourceReference == other.SourceReference
            && Service == other.Service
            && ConfigurationItem == other.ConfigurationItem
            && Category == other.Category
            && Impact == other.Impact
            && Probability == other.Probability
            && Priority == other.Priority
            && AssignmentGroup == other.AssignmentGroup
            && Assignee == other.Assignee
            && Sequence.Equal(LinkedIncidents, other.LinkedIncidents)
            && RootCause == other.RootCause
            && Workaround == other.Workaround
            && WorkaroundCommunications == other.WorkaroundCommunications
            && Equals(KnownError, other.KnownError)
            && Sequence.Equal(ChangeRequests, other.ChangeRequests)
            && PermanentSolution == other.PermanentSolution
            && ResolutionCode == other.ResolutionCode
            && ResolutionNotes == other.ResolutionNotes
            && Verification == other.Verification
            && Master == other.Master
            && Sequence.Equal(MergedDuplicates, other.MergedDuplicates)
            && ReanalysisCount == other.ReanalysisCount
            && OpenedAt == other.OpenedAt
            && UpdatedAt == other.UpdatedAt
            && ResolvedAt == other.ResolvedAt
            && ClosedAt == other.ClosedAt;

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Id, State, Version, Sequence.Hash(LinkedIncidents));
}
