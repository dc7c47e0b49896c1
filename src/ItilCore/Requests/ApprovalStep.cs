using System.Collections.Generic;

namespace ItilCore.Requests;

/// <summary>
/// One step of a request item's approval: a group of approvers of whom <see cref="Quorum"/> must approve. One approver
/// is a step with one member; a chain is several steps, decided in order; a quorum of a group is a step with several
/// members and a quorum count. The group is a fixed list (<see cref="Approvers"/>), people found for each request
/// relative to its requester (<see cref="ApproversFrom"/>: the requester's manager, the sponsors or customers of the
/// requester's organization), or both.
/// </summary>
/// <param name="Name">The step's name, for people ("Line manager", "Finance board").</param>
/// <remarks>
/// Immutable and thread-safe. Equality compares every member, <see cref="Approvers"/> by its items. Values are checked
/// when a <see cref="RequestCatalog"/> is built: at least one fixed approver or a source, each approver once, and a quorum
/// from 1 to the number of fixed approvers (when the step has no source; with a source the group is known only when a
/// request's approval starts, and a request whose group is too small is refused then). A step is decided as soon as the
/// outcome is certain: approved when <see cref="Quorum"/> members approved, refused when so many refused that the
/// quorum can no longer be reached.
/// </remarks>
public sealed record ApprovalStep(string Name)
{
    /// <summary>Gets the fixed approvers of this step; may be empty when <see cref="ApproversFrom"/> is given.</summary>
    public IReadOnlyList<ActorId> Approvers { get; init; } = [];

    /// <summary>
    /// Gets where further approvers are found for each request when its approval starts (recorded in
    /// <see cref="RequestApprovalStarted"/>); <see langword="null"/> when the step has only its fixed <see cref="Approvers"/>.
    /// </summary>
    public ApproverSource? ApproversFrom { get; init; }

    /// <summary>Gets how many approvers must approve; 1 when omitted.</summary>
    public int Quorum { get; init; } = 1;

    /// <summary>Tells whether another step has the same members and approvers.</summary>
    /// <param name="other">The other step.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(ApprovalStep? other)
        => other is not null && Name == other.Name && Quorum == other.Quorum && ApproversFrom == other.ApproversFrom && Sequence.Equal(Approvers, other.Approvers);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Name, Quorum, ApproversFrom, Sequence.Hash(Approvers));
}
