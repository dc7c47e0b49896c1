using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace ItilCore.Problems;

/// <summary>
/// How trend analysis finds problem candidates: the sliding window and threshold for recurring incidents, the dimensions
/// it looks at, and the (shorter) window and threshold for duplicates. <see cref="ProblemIdentification"/> validates them.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record TrendAnalysisOptions
{
    /// <summary>Gets the defaults: 3 incidents within 7 days on any dimension; 2 identical incidents within 1 hour.</summary>
    public static TrendAnalysisOptions Default { get; } = new();

    /// <summary>
    /// Gets the sliding window: incidents recur when they were opened less than this apart from the first of them (a
    /// half-open window: an incident opened exactly one window after the first starts a new window).
    /// </summary>
    public Duration Window { get; init; } = Duration.FromDays(7);

    /// <summary>Gets how many incidents within the window make a recurring-incident candidate (at least 2).</summary>
    public int Threshold { get; init; } = 3;

    /// <summary>Gets the dimensions to analyse; all of them by default.</summary>
    public IReadOnlyList<TrendDimension> Dimensions { get; init; } = Enum.GetValues<TrendDimension>();

    /// <summary>Gets whether to look for duplicate incidents as well.</summary>
    public bool FindDuplicates { get; init; } = true;

    /// <summary>Gets the window for duplicates (half-open, as <see cref="Window"/>).</summary>
    public Duration DuplicateWindow { get; init; } = Duration.FromHours(1);

    /// <summary>Gets how many identical incidents within the duplicate window make a duplicate candidate (at least 2).</summary>
    public int DuplicateThreshold { get; init; } = 2;

    /// <summary>Checks the options, reporting every problem at once.</summary>
    /// <exception cref="InvalidDefinitionException">The options are invalid.</exception>
    internal void Validate()
    {
        var problems = new List<ValidationProblem>();
        if (Window <= Duration.Zero)
        {
            problems.Add(new("$.window", $"the window must be positive; it is {Window}"));
        }

        if (Threshold < 2)
        {
            problems.Add(new("$.threshold", string.Create(CultureInfo.InvariantCulture, $"the threshold must be at least 2 incidents; it is {Threshold}")));
        }

        if (Dimensions is null)
        {
            problems.Add(new("$.dimensions", "the list is missing"));
        }
        else
        {
            var seen = new HashSet<TrendDimension>();
            for (var i = 0; i < Dimensions.Count; i++)
            {
                if (!Enum.IsDefined(Dimensions[i]))
                {
                    problems.Add(new($"$.dimensions[{i}]", $"{Dimensions[i]} is not a defined TrendDimension"));
                }
                else if (!seen.Add(Dimensions[i]))
                {
                    problems.Add(new($"$.dimensions[{i}]", $"{Dimensions[i]} is listed more than once"));
                }
            }
        }

        if (FindDuplicates && DuplicateWindow <= Duration.Zero)
        {
            problems.Add(new("$.duplicateWindow", $"the duplicate window must be positive; it is {DuplicateWindow}"));
        }

        if (FindDuplicates && DuplicateThreshold < 2)
        {
            problems.Add(new("$.duplicateThreshold", string.Create(CultureInfo.InvariantCulture, $"the duplicate threshold must be at least 2 incidents; it is {DuplicateThreshold}")));
        }

        if (problems.Count > 0)
        {
            throw new InvalidDefinitionException("trend analysis options", problems);
        }
    }
}
