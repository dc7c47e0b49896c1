using System;

namespace ItilCore.Changes;

/// <summary>The risk of a change: a level on the risk matrix's scale, derived from impact × likelihood. Level 1 is the highest risk when the matrix's polarity is one-is-highest.</summary>
/// <remarks>Immutable and thread-safe. Serialized as its level number.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ItilCore.Serialization.LevelJsonConverter<Risk>))]
public readonly record struct Risk : ILevel<Risk>
{
    /// <summary>Initializes a new value.</summary>
    /// <param name="level">The level, 1 to <see cref="Levels.Max"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The level is out of range.</exception>
    public Risk(int level) => Level = Levels.Check(level, nameof(level));

    /// <inheritdoc />
    public int Level { get; }

    /// <inheritdoc />
    static Risk ILevel<Risk>.FromLevel(int level) => new(level);

    // The one rule that a risk is on the risk matrix's scale (its priority scale), for authority rules, change models and the options.
    internal string? OffScale(PriorityMatrix riskMatrix)
        => riskMatrix.Contains(new Priority(Level)) ? null : $"risk {Level} is outside the risk matrix's scale 1 to {riskMatrix.PriorityLevels}";

    /// <summary>Returns the level as text.</summary>
    /// <returns>For example <c>Risk 2</c>.</returns>
    public override string ToString() => "Risk " + Level.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
