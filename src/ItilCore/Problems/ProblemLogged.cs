using System.Collections.Generic;
using ItilCore.Catalog;
using ItilCore.Configuration;
using ItilCore.Incidents;
using ItilCore.Serialization;

namespace ItilCore.Problems;

/// <summary>The problem was logged (version 1 of every problem history).</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="ShortDescription">A one-line summary.</param>
/// <param name="Description">The full description, if any.</param>
/// <param name="Source">Where the problem was identified.</param>
/// <param name="SourceReference">The supplier bulletin, partner notice, defect or analysis it came from, if any.</param>
/// <param name="Service">The affected catalogued service, if known.</param>
/// <param name="ConfigurationItem">The affected configuration item, if known.</param>
/// <param name="Category">The category, if classified.</param>
/// <param name="Impact">The impact.</param>
/// <param name="Probability">The probability.</param>
/// <param name="Priority">The priority the risk matrix gave for impact and probability.</param>
/// <param name="Evidence">The incidents linked from the start, in order, without repeats.</param>
/// <remarks>Immutable and thread-safe. Equal when the members and the evidence list are.</remarks>
[WireName("problem.logged")]
public sealed record ProblemLogged(
    EventEnvelope Envelope,
    string ShortDescription,
    string? Description,
    ProblemSource Source,
    string? SourceReference,
    ServiceId? Service,
    ConfigurationItemId? ConfigurationItem,
    string? Category,
    Impact Impact,
    Probability Probability,
    Priority Priority,
    IReadOnlyList<IncidentId> Evidence) : ProblemEvent(Envelope)
{
    /// <summary>Tells whether another event has the same members and evidence.</summary>
    /// <param name="other">The other event.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(ProblemLogged? other)
        => other is not null && base.Equals(other)
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
            && Sequence.Equal(Evidence, other.Evidence);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Envelope, ShortDescription, Source, Sequence.Hash(Evidence));
}
