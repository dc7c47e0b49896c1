using System.Collections.Generic;
using NodaTime;

namespace ItilCore.Requests;

/// <summary>
/// Everything a <see cref="ServiceRequest"/> knows at one moment, as an immutable value: two snapshots are equal exactly
/// when the requests are in the same state. Use it for read models, for comparisons, to check that a rebuild from events
/// gives back the live request, and as the input of a time-to-fulfil SLA clock (<see cref="State"/>, <see cref="HoldReason"/>,
/// <see cref="Priority"/>, <see cref="Item"/>'s service and offering, and the instants <see cref="OpenedAt"/>,
/// <see cref="ApprovedAt"/>, <see cref="FulfilledAt"/>, <see cref="ClosedAt"/>).
/// </summary>
/// <remarks>Immutable and thread-safe. Equality compares every member, lists by their items.</remarks>
public sealed record RequestSnapshot
{
    /// <summary>Gets the id.</summary>
    public required ServiceRequestId Id { get; init; }

    /// <summary>Gets the state.</summary>
    public required ServiceRequestState State { get; init; }

    /// <summary>Gets the version.</summary>
    public required long Version { get; init; }

    /// <summary>Gets the request item as catalogued at submission.</summary>
    public required RequestItem Item { get; init; }

    /// <summary>Gets who the request is for.</summary>
    public required ActorId Requester { get; init; }

    /// <summary>Gets the service relationship that entitled the requester, when the item is for its offering's consumers.</summary>
    public Catalog.ServiceRelationshipId? EntitledThrough { get; init; }

    /// <summary>Gets who submitted it.</summary>
    public required ActorId SubmittedBy { get; init; }

    /// <summary>Gets the channel.</summary>
    public required ContactChannel Channel { get; init; }

    /// <summary>Gets the short description.</summary>
    public required string ShortDescription { get; init; }

    /// <summary>Gets the submitted data.</summary>
    public required IReadOnlyList<RequestFieldValue> Data { get; init; }

    /// <summary>Gets the priority, if the service desk gave one.</summary>
    public Priority? Priority { get; init; }

    /// <summary>Gets the index of the approval step being decided.</summary>
    public required int ApprovalStepIndex { get; init; }

    /// <summary>Gets each approval step's group, in step order, as found when approval started (the requester and the submitter among them may not decide); empty before then and for an item without approval.</summary>
    public IReadOnlyList<StepApprovers> Approvers { get; init; } = [];

    /// <summary>Gets every approval decision, oldest first.</summary>
    public required IReadOnlyList<ApprovalDecision> Decisions { get; init; }

    /// <summary>Gets the closed tasks (completed, skipped or closed incomplete), in closing order.</summary>
    public required IReadOnlyList<string> CompletedTasks { get; init; }

    /// <summary>Gets how each closed task was closed, in closing order.</summary>
    public IReadOnlyList<FulfilmentTaskResult> TaskResults { get; init; } = [];

    /// <summary>Gets how the request turned out, once Fulfilled (derived from its tasks); <see langword="null"/> before, and for a rejected or canceled request.</summary>
    public RequestOutcome? Outcome { get; init; }

    /// <summary>Gets why the request is on hold; <see langword="null"/> unless it is on hold (a flag: <see cref="State"/> stays Approved or Fulfilling).</summary>
    public RequestHoldReason? HoldReason { get; init; }

    /// <summary>Gets whether the standard change was requested.</summary>
    public required bool StandardChangeRequested { get; init; }

    /// <summary>Gets how many comments were added.</summary>
    public required int CommentCount { get; init; }

    /// <summary>Gets the cancel reason.</summary>
    public string? CancelReason { get; init; }

    /// <summary>Gets when the request was submitted (where a time-to-fulfil clock starts).</summary>
    public required Instant OpenedAt { get; init; }

    /// <summary>Gets when the request last changed.</summary>
    public required Instant UpdatedAt { get; init; }

    /// <summary>Gets when it was approved.</summary>
    public Instant? ApprovedAt { get; init; }

    /// <summary>Gets when fulfilment started.</summary>
    public Instant? FulfilmentStartedAt { get; init; }

    /// <summary>Gets when it was fulfilled (where a time-to-fulfil clock stops).</summary>
    public Instant? FulfilledAt { get; init; }

    /// <summary>Gets when it reached a final state.</summary>
    public Instant? ClosedAt { get; init; }

    /// <summary>Tells whether another snapshot has the same members and list items.</summary>
    /// <param name="other">The other snapshot.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(RequestSnapshot? other)
        => other is not null
            && Id == other.Id
            && State == other.State
            && Version == other.Version
            && Item == other.Item
            && Requester == other.Requester
            && EntitledThrough == other.EntitledThrough
            && SubmittedBy == other.SubmittedBy
            && Channel == other.Channel
            && ShortDescription == other.ShortDescription
            && Priority == other.Priority
            && ApprovalStepIndex == other.ApprovalStepIndex
            && StandardChangeRequested == other.StandardChangeRequested
            && CommentCount == other.CommentCount
            && CancelReason == other.CancelReason
            && Outcome == other.Outcome
            && HoldReason == other.HoldReason
            && OpenedAt == other.OpenedAt
            && UpdatedAt == other.UpdatedAt
            && ApprovedAt == other.ApprovedAt
            && FulfilmentStartedAt == other.FulfilmentStartedAt
            && FulfilledAt == other.FulfilledAt
            && ClosedAt == other.ClosedAt
            && Sequence.Equal(Data, other.Data)
            && Sequence.Equal(Approvers, other.Approvers)
            && Sequence.Equal(Decisions, other.Decisions)
            && Sequence.Equal(CompletedTasks, other.CompletedTasks)
            && Sequence.Equal(TaskResults, other.TaskResults);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Id, State, Version, UpdatedAt);
}
