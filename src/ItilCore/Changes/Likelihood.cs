using System;

namespace ItilCore.Changes;

/// <summary>How likely a change is to fail or cause an incident: the second axis of the risk matrix (impact × likelihood). Level 1 is usually the most likely; the matrix's polarity says which end is highest.</summary>
/// <remarks>Immutable and thread-safe. Serialized as its level number.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ItilCore.Serialization.LevelJsonConverter<Likelihood>))]
public readonly record struct Likelihood : ILevel<Likelihood>
{
    /// <summary>Initializes a new value.</summary>
    /// <param name="level">The level, 1 to <see cref="Levels.Max"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The level is out of range.</exception>
    public Likelihood(int level) => Level = Levels.Check(level, nameof(level));

    /// <inheritdoc />
    public int Level { get; }

    /// <inheritdoc />
    static Likelihood ILevel<Likelihood>.FromLevel(int level) => new(level);

    /// <summary>Returns the level as text.</summary>
    /// <returns>For example <c>Likelihood 2</c>.</returns>
    public override string ToString() => "Likelihood " + Level.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
