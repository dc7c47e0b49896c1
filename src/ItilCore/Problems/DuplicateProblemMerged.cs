using System.Collections.Generic;
using ItilCore.Incidents;
using ItilCore.Serialization;

namespace ItilCore.Problems;

/// <summary>A duplicate problem was merged into this one, its master: the duplicate's incidents are linked here now.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Duplicate">The duplicate problem.</param>
/// <param name="MovedIncidents">The incidents that moved here, in the duplicate's link order.</param>
/// <remarks>Immutable and thread-safe. Equal when the members and the list are.</remarks>
[WireName("problem.duplicate-merged")]
public sealed record DuplicateProblemMerged(EventEnvelope Envelope, ProblemId Duplicate, IReadOnlyList<IncidentId> MovedIncidents) : ProblemEvent(Envelope)
{
    /// <summary>Tells whether another event has the same members and list.</summary>
    /// <param name="other">The other event.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(DuplicateProblemMerged? other) => other is not null && base.Equals(other) && Duplicate == other.Duplicate && Sequence.Equal(MovedIncidents, other.MovedIncidents);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Envelope, Duplicate, Sequence.Hash(MovedIncidents));
}
