using System.Collections.Generic;
using NodaTime;

namespace ItilCore.Changes;

/// <summary>
/// An authorization round of a change that has ended: the change authority that was asked, how the round ended, and the
/// votes cast in it. A change keeps its last one (<see cref="Change.LastAuthorization"/>), so that a change back in New
/// still says that its authority rejected it, and who did.
/// </summary>
/// <param name="Authority">The change authority that was asked.</param>
/// <param name="Decision">How the round ended.</param>
/// <param name="Approvals">The members who approved in the round, in order.</param>
/// <param name="Rejections">The members who rejected in the round, in order.</param>
/// <param name="DecidedBy">Who ended the round: the member whose vote decided it, or who reverted or canceled the change.</param>
/// <param name="DecidedAt">When the round ended.</param>
/// <param name="Reason">
/// The reason of the rejection that decided the round, or why the change was reverted or canceled; for an authorization,
/// the comment of the approval that completed the quorum, if it had one.
/// </param>
/// <remarks>Immutable and thread-safe. Equality compares every member, the vote lists by their items.</remarks>
public sealed record ChangeAuthorizationRound(
    ChangeAuthority Authority,
    AuthorizationDecision Decision,
    IReadOnlyList<ActorId> Approvals,
    IReadOnlyList<ActorId> Rejections,
    ActorId DecidedBy,
    Instant DecidedAt,
    string? Reason)
{
    /// <summary>Tells whether another round has the same values, the vote lists compared by their items.</summary>
    /// <param name="other">The other round.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(ChangeAuthorizationRound? other)
        => other is not null
            && Authority == other.Authority
            && Decision == other.Decision
            && Sequence.Equal(Approvals, other.Approvals)
            && Sequence.Equal(Rejections, other.Rejections)
            && DecidedBy == other.DecidedBy
            && DecidedAt == other.DecidedAt
            && Reason == other.Reason;

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Authority, Decision, Sequence.Hash(Approvals), Sequence.Hash(Rejections), DecidedBy, DecidedAt, Reason);
}
