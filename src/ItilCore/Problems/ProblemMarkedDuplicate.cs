using System.Collections.Generic;
using ItilCore.Incidents;
using ItilCore.Serialization;

namespace ItilCore.Problems;

/// <summary>The problem was marked a duplicate of a master problem; its incidents moved to the master (→ Duplicate).</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Master">The master problem.</param>
/// <param name="MovedIncidents">The incidents that moved to the master (those it did not already have), in link order.</param>
/// <remarks>Immutable and thread-safe. Equal when the members and the list are.</remarks>
[WireName("problem.marked-duplicate")]
public sealed record ProblemMarkedDuplicate(EventEnvelope Envelope, ProblemId Master, IReadOnlyList<IncidentId> MovedIncidents) : ProblemEvent(Envelope)
{
    /// <summary>Tells whether another event has the same members and list.</summary>
    /// <param name="other">The other event.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(ProblemMarkedDuplicate? other) => other is not null && base.Equals(other) && Master == other.Master && Sequence.Equal(MovedIncidents, other.MovedIncidents);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Envelope, Master, Sequence.Hash(MovedIncidents));
}
