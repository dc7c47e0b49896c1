using System.Collections.Generic;
using System.Linq;

namespace ItilCore.Changes;

/// <summary>
/// A change authority: the person or group that authorizes a change (ITIL 4). Authorization needs
/// <see cref="Quorum"/> approvals from distinct <see cref="Members"/>; for a peer review or a change manager the quorum
/// is usually 1, for a board (CAB, ECAB) it is the board's quorum.
/// </summary>
/// <param name="Name">The authority's name, unique in its policy, for example "cab".</param>
/// <param name="Kind">What kind of authority it is.</param>
/// <param name="Members">Who may approve or reject; each once.</param>
/// <param name="Quorum">How many approvals authorize a change: 1 to the number of members.</param>
/// <remarks>
/// Immutable and thread-safe. Equality compares every member, <see cref="Members"/> by its items. Values are checked
/// when a <see cref="ChangeAuthorityPolicy"/> is built, which also copies the member list.
/// </remarks>
public sealed record ChangeAuthority(string Name, ChangeAuthorityKind Kind, IReadOnlyList<ActorId> Members, int Quorum)
{
    /// <summary>Tells whether an actor is a member.</summary>
    /// <param name="actor">The actor.</param>
    /// <returns><see langword="true"/> when the actor may vote.</returns>
    public bool IsMember(ActorId actor) => Members.Contains(actor);

    /// <summary>Tells whether another authority has the same members and list items.</summary>
    /// <param name="other">The other authority.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(ChangeAuthority? other)
        => other is not null && Name == other.Name && Kind == other.Kind && Quorum == other.Quorum && Sequence.Equal(Members, other.Members);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Name, Kind, Quorum, Sequence.Hash(Members));
}
