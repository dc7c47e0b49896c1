using System.Collections.Generic;
using ItilCore.Catalog;
using ItilCore.Configuration;
using ItilCore.Incidents;

namespace ItilCore.Problems;

/// <summary>The data needed to log a problem: what it is, where it was identified, and the risk it carries.</summary>
/// <param name="Id">The problem's id (the caller owns the numbering, for example <c>PRB0040001</c>).</param>
/// <param name="ShortDescription">A one-line summary; required.</param>
/// <param name="Source">Where the problem was identified. Trend analysis and incidents need evidence; supplier, partner and developer information needs a <see cref="SourceReference"/>.</param>
/// <param name="Impact">The impact if the problem causes incidents, on the risk matrix's impact scale.</param>
/// <param name="Probability">How likely it is to cause incidents, on the risk matrix's probability scale.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record LogProblem(ProblemId Id, string ShortDescription, ProblemSource Source, Impact Impact, Probability Probability)
{
    /// <summary>Gets the full description.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the supplier bulletin, partner notice, defect number or analysis the problem came from.</summary>
    public string? SourceReference { get; init; }

    /// <summary>Gets the affected catalogued service.</summary>
    public ServiceId? Service { get; init; }

    /// <summary>Gets the affected configuration item.</summary>
    public ConfigurationItemId? ConfigurationItem { get; init; }

    /// <summary>Gets the category.</summary>
    public string? Category { get; init; }

    /// <summary>Gets the incidents that are the evidence; linked to the problem from the start (repeats are dropped).</summary>
    public IReadOnlyList<IncidentId> Evidence { get; init; } = [];
}
