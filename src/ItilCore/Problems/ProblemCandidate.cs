using System.Collections.Generic;
using System.Globalization;
using ItilCore.Catalog;
using ItilCore.Configuration;
using ItilCore.Incidents;
using NodaTime;

namespace ItilCore.Problems;

/// <summary>
/// A problem proposed by trend analysis, with the incidents that are its evidence. Log it with <see cref="ToLogCommand"/>
/// once someone has judged its impact and probability.
/// </summary>
/// <remarks>Immutable and thread-safe. Equal when the members and the evidence list are.</remarks>
public sealed record ProblemCandidate
{
    /// <summary>Gets why it was proposed.</summary>
    public required ProblemCandidateKind Kind { get; init; }

    /// <summary>Gets the dimension the incidents share (<see cref="TrendDimension.Symptom"/> for duplicates).</summary>
    public required TrendDimension Dimension { get; init; }

    /// <summary>Gets the shared value: the service or item id, the category, "category / subcategory", or the symptom.</summary>
    public required string Key { get; init; }

    /// <summary>Gets the incidents, ordered by opening time, then id.</summary>
    public required IReadOnlyList<IncidentId> Evidence { get; init; }

    /// <summary>Gets when the first incident was opened.</summary>
    public required Instant FirstOpenedAt { get; init; }

    /// <summary>Gets when the last incident was opened.</summary>
    public required Instant LastOpenedAt { get; init; }

    /// <summary>Gets the service every incident shares, if they share one.</summary>
    public ServiceId? Service { get; init; }

    /// <summary>Gets the configuration item every incident shares, if they share one.</summary>
    public ConfigurationItemId? ConfigurationItem { get; init; }

    /// <summary>Gets the category every incident shares, if they share one.</summary>
    public string? Category { get; init; }

    /// <summary>Gets the subcategory every incident shares, if they share one.</summary>
    public string? Subcategory { get; init; }

    /// <summary>Gets the symptom every incident shares, if they share one.</summary>
    public string? Symptom { get; init; }

    /// <summary>Describes the candidate in one line.</summary>
    /// <returns>For example "5 recurring incidents with category Network from 2026-03-01T09:00:00Z to 2026-03-04T10:00:00Z".</returns>
    public string Summary
        => string.Create(
            CultureInfo.InvariantCulture,
            $"{Evidence.Count} {(Kind == ProblemCandidateKind.Duplicate ? "duplicate" : "recurring")} incidents with {Lifecycles.Lifecycle<ProblemState, ProblemTrigger, Problem>.Words(Dimension).ToLowerInvariant()} {Key} from {FirstOpenedAt} to {LastOpenedAt}");

    /// <summary>Makes the command that logs this candidate as a problem identified by trend analysis, with its evidence.</summary>
    /// <param name="id">The new problem's id.</param>
    /// <param name="impact">The impact judged for it.</param>
    /// <param name="probability">The probability judged for it.</param>
    /// <returns>The command.</returns>
    public LogProblem ToLogCommand(ProblemId id, Impact impact, Probability probability)
        => new(id, Summary, ProblemSource.TrendAnalysis, impact, probability)
        {
            SourceReference = "trend analysis",
            Service = Service,
            ConfigurationItem = ConfigurationItem,
            Category = Category,
            Evidence = Evidence,
        };

    /// <summary>Tells whether another candidate has the same members and evidence.</summary>
    /// <param name="other">The other candidate.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(ProblemCandidate? other)
        => other is not null
            && Kind == other.Kind
            && Dimension == other.Dimension
            && Key == other.Key
            && FirstOpenedAt == other.FirstOpenedAt
            && LastOpenedAt == other.LastOpenedAt
            && Service == other.Service
            && ConfigurationItem == other.ConfigurationItem
            && Category == other.Category
            && Subcategory == other.Subcategory
            && Symptom == other.Symptom
            && Sequence.Equal(Evidence, other.Evidence);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Kind, Dimension, Key, FirstOpenedAt, Sequence.Hash(Evidence));
}
