using System;
using System.Collections.Generic;
using System.Linq;

namespace ItilCore;

/// <summary>
/// Derives a ticket's priority from its impact and urgency: any size (3×3, 3×4, 5×5), either polarity, with a
/// documented fallback for empty cells. ServiceNow's 3×3 matrix into 5 priorities is <see cref="ServiceNowDefault"/>.
/// </summary>
/// <remarks>Immutable and thread-safe once created; <see cref="Calculate"/> allocates nothing.</remarks>
public sealed class PriorityMatrix
{
    private readonly int[] _cells;
    private readonly string[] _names;

    private PriorityMatrix(PriorityMatrixDefinition definition, int[] cells, string[] names)
    {
        Definition = definition;
        _cells = cells;
        _names = names;
    }

    /// <summary>
    /// Gets ServiceNow's default: impact and urgency 1 (High) to 3 (Low) into priorities 1 (Critical) to 5 (Planning).
    /// </summary>
    public static PriorityMatrix ServiceNowDefault { get; } = Create(new PriorityMatrixDefinition(
        3,
        3,
        5,
        [[1, 2, 3], [2, 3, 4], [3, 4, 5]],
        PriorityNames: ["Critical", "High", "Moderate", "Low", "Planning"]));

    /// <summary>Gets the definition this matrix was built from (its JSON form).</summary>
    public PriorityMatrixDefinition Definition { get; }

    /// <summary>Gets the number of impact levels.</summary>
    public int ImpactLevels => Definition.ImpactLevels;

    /// <summary>Gets the number of urgency levels.</summary>
    public int UrgencyLevels => Definition.UrgencyLevels;

    /// <summary>Gets the number of priority levels.</summary>
    public int PriorityLevels => Definition.PriorityLevels;

    /// <summary>Gets which end of the scales is highest.</summary>
    public PriorityPolarity Polarity => Definition.Polarity;

    /// <summary>Gets every priority of the scale, most important first.</summary>
    public IEnumerable<Priority> PrioritiesHighestFirst
        => Enumerable.Range(1, PriorityLevels)
            .Select(i => new Priority(Polarity == PriorityPolarity.OneIsHighest ? i : PriorityLevels + 1 - i));

    /// <summary>Builds a matrix, checking everything and reporting every problem at once.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="InvalidDefinitionException">The definition is invalid; the exception lists every problem.</exception>
    public static PriorityMatrix Create(PriorityMatrixDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var problems = new List<ValidationProblem>();
        CheckLevels(definition.ImpactLevels, "$.impactLevels", problems);
        CheckLevels(definition.UrgencyLevels, "$.urgencyLevels", problems);
        CheckLevels(definition.PriorityLevels, "$.priorityLevels", problems);
        if (!Enum.IsDefined(definition.Polarity))
        {
            problems.Add(new("$.polarity", $"{definition.Polarity} is not a polarity"));
        }

        if (!Enum.IsDefined(definition.Fallback))
        {
            problems.Add(new("$.fallback", $"{definition.Fallback} is not a missing-cell policy"));
        }

        var levelsValid = problems.Count == 0;
        var cells = levelsValid ? new int[definition.ImpactLevels * definition.UrgencyLevels] : [];
        var anyMissing = false;
        if (definition.Cells is null)
        {
            problems.Add(new("$.cells", "the cells are missing"));
        }
        else
        {
            if (definition.Cells.Count != definition.ImpactLevels)
            {
                problems.Add(new("$.cells", $"there are {definition.Cells.Count} rows; one per impact level ({definition.ImpactLevels}) is required"));
            }

            for (var row = 0; row < definition.Cells.Count; row++)
            {
                var cellsOfRow = definition.Cells[row];
                if (cellsOfRow is null)
                {
                    problems.Add(new($"$.cells[{row}]", "the row is missing"));
                    continue;
                }

                if (cellsOfRow.Count != definition.UrgencyLevels)
                {
                    problems.Add(new($"$.cells[{row}]", $"the row has {cellsOfRow.Count} cells; one per urgency level ({definition.UrgencyLevels}) is required"));
                }

                for (var column = 0; column < cellsOfRow.Count; column++)
                {
                    var cell = cellsOfRow[column];
                    if (cell is null)
                    {
                        anyMissing = true;
                        continue;
                    }

                    if (cell < 1 || cell > definition.PriorityLevels)
                    {
                        problems.Add(new($"$.cells[{row}][{column}]", $"priority {cell} is outside the scale 1 to {definition.PriorityLevels}"));
                    }
                    else if (levelsValid && row < definition.ImpactLevels && column < definition.UrgencyLevels)
                    {
                        cells[(row * definition.UrgencyLevels) + column] = cell.Value;
                    }
                }
            }
        }

        if (anyMissing && definition.Fallback == MissingCellPolicy.None)
        {
            problems.Add(new("$.fallback", "some cells are empty, so a fallback (rounded-mean, lowest or fixed) is required"));
        }

        if (definition.Fallback == MissingCellPolicy.Fixed
            && (definition.FallbackPriority is null || definition.FallbackPriority < 1 || definition.FallbackPriority > definition.PriorityLevels))
        {
            problems.Add(new("$.fallbackPriority", $"the fixed fallback needs a priority between 1 and {definition.PriorityLevels}"));
        }

        var names = new string[levelsValid ? definition.PriorityLevels : 0];
        if (definition.PriorityNames is { } given)
        {
            if (given.Count != definition.PriorityLevels)
            {
                problems.Add(new("$.priorityNames", $"there are {given.Count} names for {definition.PriorityLevels} priority levels"));
            }

            for (var i = 0; i < given.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(given[i]))
                {
                    problems.Add(new($"$.priorityNames[{i}]", "the name is empty"));
                }
                else if (i < names.Length)
                {
                    names[i] = given[i];
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidDefinitionException("priority matrix", problems);
        }

        for (var i = 0; i < names.Length; i++)
        {
            names[i] ??= "P" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i] == 0)
            {
                cells[i] = Fallback(definition, (i / definition.UrgencyLevels) + 1, (i % definition.UrgencyLevels) + 1);
            }
        }

        // The matrix keeps its own copy, so that later changes to the caller's lists cannot change it.
        var copy = definition with
        {
            Cells = definition.Cells!.Select(row => (IReadOnlyList<int?>)row.ToArray()).ToArray(),
            PriorityNames = definition.PriorityNames?.ToArray(),
        };
        return new PriorityMatrix(copy, cells, names);
    }

    /// <summary>Calculates the priority of an impact and urgency.</summary>
    /// <param name="impact">The impact, within this matrix's impact levels.</param>
    /// <param name="urgency">The urgency, within this matrix's urgency levels.</param>
    /// <returns>The priority.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The impact or urgency is outside the matrix.</exception>
    public Priority Calculate(Impact impact, Urgency urgency)
    {
        if (!Contains(impact))
        {
            throw new ArgumentOutOfRangeException(nameof(impact), impact.Level, $"Impact must be between 1 and {ImpactLevels}.");
        }

        if (!Contains(urgency))
        {
            throw new ArgumentOutOfRangeException(nameof(urgency), urgency.Level, $"Urgency must be between 1 and {UrgencyLevels}.");
        }

        return new Priority(_cells[((impact.Level - 1) * UrgencyLevels) + urgency.Level - 1]);
    }

    /// <summary>Tells whether an impact is on this matrix's scale.</summary>
    /// <param name="impact">The impact.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool Contains(Impact impact) => impact.Level >= 1 && impact.Level <= ImpactLevels;

    /// <summary>Tells whether an urgency is on this matrix's scale.</summary>
    /// <param name="urgency">The urgency.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool Contains(Urgency urgency) => urgency.Level >= 1 && urgency.Level <= UrgencyLevels;

    /// <summary>Tells whether a priority is on this matrix's scale.</summary>
    /// <param name="priority">The priority.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool Contains(Priority priority) => priority.Level >= 1 && priority.Level <= PriorityLevels;

    // The one wording of "a level off this matrix's scale", for an incident's override, an SLA's targets and a routing
    // rule set's levels; null when the level is on the scale.
    internal string? WhyOffScale(Priority priority)
        => Contains(priority) ? null : $"priority {priority.Level} is not on the matrix's scale 1 to {PriorityLevels}";

    internal string? WhyOffScale(Impact impact)
        => Contains(impact) ? null : $"impact {impact.Level} is not on the matrix's scale 1 to {ImpactLevels}";

    internal string? WhyOffScale(Urgency urgency)
        => Contains(urgency) ? null : $"urgency {urgency.Level} is not on the matrix's scale 1 to {UrgencyLevels}";

    /// <summary>Compares the importance of two priorities according to the polarity.</summary>
    /// <param name="left">The first priority.</param>
    /// <param name="right">The second priority.</param>
    /// <returns>A positive number when <paramref name="left"/> is more important, negative when less, zero when equal.</returns>
    public int CompareImportance(Priority left, Priority right)
        => Polarity == PriorityPolarity.OneIsHighest ? right.Level.CompareTo(left.Level) : left.Level.CompareTo(right.Level);

    /// <summary>Gets the name of a priority, such as "Critical".</summary>
    /// <param name="priority">The priority.</param>
    /// <returns>Its name.</returns>
    public string NameOf(Priority priority)
        => Contains(priority) ? _names[priority.Level - 1] : throw new ArgumentOutOfRangeException(nameof(priority), priority.Level, $"Priority must be between 1 and {PriorityLevels}.");

    private static int Fallback(PriorityMatrixDefinition definition, int impact, int urgency) => definition.Fallback switch
    {
        MissingCellPolicy.RoundedMean => RoundedMean(definition, impact, urgency),
        MissingCellPolicy.Lowest => definition.Polarity == PriorityPolarity.OneIsHighest ? definition.PriorityLevels : 1,
        MissingCellPolicy.Fixed => definition.FallbackPriority!.Value,
        _ => throw new InvalidOperationException("Unreachable: a complete matrix has no empty cells."),
    };

    // GLPI's round((impact + urgency) / 2), with each level first placed on the priority scale, so that scales of
    // different sizes (3 impacts, 3 urgencies, 5 priorities) still span the whole priority scale. With equal sizes it is
    // exactly GLPI's formula.
    // In integers: in doubles a half such as (3/6 + 4/6) / 2 × 6 = 3.5 comes out as 3.4999999999999996 and rounds down.
    private static int RoundedMean(PriorityMatrixDefinition definition, int impact, int urgency)
    {
        // Positions a / A and b / B (0 on a one-level scale); the value is (a/A + b/B) / 2 × (P − 1) = numerator / denominator.
        var (a, spanA) = definition.ImpactLevels == 1 ? (0L, 1L) : (impact - 1L, definition.ImpactLevels - 1L);
        var (b, spanB) = definition.UrgencyLevels == 1 ? (0L, 1L) : (urgency - 1L, definition.UrgencyLevels - 1L);
        var numerator = ((a * spanB) + (b * spanA)) * (definition.PriorityLevels - 1);
        var denominator = 2 * spanA * spanB;
        return 1 + (int)(((2 * numerator) + denominator) / (2 * denominator));
    }

    private static void CheckLevels(int levels, string path, List<ValidationProblem> problems)
    {
        if (levels < 1 || levels > Levels.Max)
        {
            problems.Add(new(path, $"{levels} levels is outside 1 to {Levels.Max}"));
        }
    }
}
