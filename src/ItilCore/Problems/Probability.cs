using System;

namespace ItilCore.Problems;

/// <summary>How likely a problem is to cause (more) incidents; level 1 is usually the most likely. With impact it gives the risk that prioritises the problem.</summary>
/// <remarks>Immutable and thread-safe. Serialized as its level number.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ItilCore.Serialization.LevelJsonConverter<Probability>))]
public readonly record struct Probability : ILevel<Probability>
{
    /// <summary>Initializes a new value.</summary>
    /// <param name="level">The level, 1 to <see cref="Levels.Max"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The level is out of range.</exception>
    public Probability(int level) => Level = Levels.Check(level, nameof(level));

    /// <inheritdoc />
    public int Level { get; }

    /// <inheritdoc />
    static Probability ILevel<Probability>.FromLevel(int level) => new(level);

    /// <summary>Returns the level as text.</summary>
    /// <returns>For example <c>Probability 2</c>.</returns>
    public override string ToString() => "Probability " + Level.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
