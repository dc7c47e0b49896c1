using System.Collections.Generic;
using ItilCore.Incidents;
using ItilCore.Serialization;

namespace ItilCore.Problems;

/// <summary>The workaround was communicated to linked incidents (each of them records a work note).</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Workaround">The workaround communicated.</param>
/// <param name="Incidents">The incidents that received it, in link order.</param>
/// <remarks>Immutable and thread-safe. Equal when the members and the list are.</remarks>
[WireName("problem.workaround-communicated")]
public sealed record WorkaroundCommunicated(EventEnvelope Envelope, string Workaround, IReadOnlyList<IncidentId> Incidents) : ProblemEvent(Envelope)
{
    /// <summary>Tells whether another event has the same members and list.</summary>
    /// <param name="other">The other event.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(WorkaroundCommunicated? other) => other is not null && base.Equals(other) && Workaround == other.Workaround && Sequence.Equal(Incidents, other.Incidents);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Envelope, Workaround, Sequence.Hash(Incidents));
}
