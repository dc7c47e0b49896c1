using System.Collections.Generic;
using ItilCore.Incidents;
using ItilCore.Serialization;

namespace ItilCore.Problems;

/// <summary>A duplicate problem was merged into this one, its master: the duplicate's incidents are linked here now.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Duplicate">The duplicate problem.</param>
/// <param name="MovedIncidents">The incidents that moved here, in the duplicate's link order.</param>
/// <param name="EarlierDuplicates">
/// The duplicates that had been merged into the duplicate before (its <see cref="Problem.MergedDuplicates"/>): their
/// incidents came here with it, still naming them. <see langword="null"/> in events written before they were recorded.
/// </param>
/// <remarks>Immutable and thread-safe. Equal when the members and the lists are.</remarks>
[WireName("problem.duplicate-merged")]
public sealed record DuplicateProblemMerged(EventEnvelope Envelope, ProblemId Duplicate, IReadOnlyList<IncidentId> MovedIncidents, IReadOnlyList<ProblemId>? EarlierDuplicates = null) : ProblemEvent(Envelope)
{
    /// <summary>Tells whether another event has the same members and lists.</summary>
    /// <param name="other">The other event.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(DuplicateProblemMerged? other)
        => other is not null && base.Equals(other) && Duplicate == other.Duplicate && Sequence.Equal(MovedIncidents, other.MovedIncidents)
            && Sequence.Equal(EarlierDuplicates, other.EarlierDuplicates);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Envelope, Duplicate, Sequence.Hash(MovedIncidents));
}
