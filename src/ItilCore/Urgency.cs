using System;

namespace ItilCore;

/// <summary>How soon the business needs a resolution; level 1 is usually the most urgent. The matrix's polarity says which end is highest.</summary>
/// <remarks>Immutable and thread-safe. Serialized as its level number.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.LevelJsonConverter<Urgency>))]
public readonly record struct Urgency : ILevel<Urgency>
{
    /// <summary>Initializes a new value.</summary>
    /// <param name="level">The level, 1 to <see cref="Levels.Max"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The level is out of range.</exception>
    public Urgency(int level) => Level = Levels.Check(level, nameof(level));

    /// <inheritdoc />
    public int Level { get; }

    /// <inheritdoc />
    static Urgency ILevel<Urgency>.FromLevel(int level) => new(level);

    /// <summary>Returns the level as text.</summary>
    /// <returns>For example <c>Urgency 2</c>.</returns>
    public override string ToString() => "Urgency " + Level.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
