using System.Collections.Generic;
using ItilCore.Serialization;

namespace ItilCore.Requests;

/// <summary>Approval started: the request awaits its first approval step, or is approved at once when the item has none.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Steps">How many approval steps the request must pass; 0 approves it at once.</param>
/// <param name="Approvers">
/// Who may decide each step, in step order (one entry per step), as resolved when approval started: fixed approvers and
/// those found through the step's <see cref="ApprovalStep.ApproversFrom"/>. <see langword="null"/> in events recorded
/// before approvers could be resolved; such a request's approvers are its steps' fixed lists.
/// </param>
/// <remarks>Immutable and thread-safe. Equality compares every member, <paramref name="Approvers"/> by its items.</remarks>
[WireName("request.approval-started")]
public sealed record RequestApprovalStarted(EventEnvelope Envelope, int Steps, IReadOnlyList<StepApprovers>? Approvers = null) : ServiceRequestEvent(Envelope)
{
    /// <summary>Tells whether another event has the same members and approvers.</summary>
    /// <param name="other">The other event.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(RequestApprovalStarted? other)
        => other is not null
            && Envelope == other.Envelope
            && Steps == other.Steps
            && Sequence.Equal(Approvers, other.Approvers);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Envelope, Steps);
}
