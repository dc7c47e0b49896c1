using System.Collections.Generic;

namespace ItilCore.Replay;

/// <summary>Where an event log keeps a level (impact, urgency or priority) and how to read it.</summary>
/// <remarks>Immutable and thread-safe. Without <see cref="Values"/> the level is the first whole number in the cell (<c>2 - Medium</c> is 2).</remarks>
public sealed record LevelMapping
{
    /// <summary>Gets the column holding the level.</summary>
    public string Column { get; init; } = "";

    /// <summary>Gets explicit cell values and their levels (1 is the highest); when given, other values are errors.</summary>
    public IReadOnlyDictionary<string, int>? Values { get; init; }
}
