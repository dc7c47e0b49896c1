using System;

namespace ItilCore;

/// <summary>How widely an incident affects the business (people, services, money); level 1 is usually the widest. The matrix's polarity says which end is highest.</summary>
/// <remarks>Immutable and thread-safe. Serialized as its level number.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.LevelJsonConverter<Impact>))]
public readonly record struct Impact : ILevel<Impact>
{
    /// <summary>Initializes a new value.</summary>
    /// <param name="level">The level, 1 to <see cref="Levels.Max"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The level is out of range.</exception>
    public Impact(int level) => Level = Levels.Check(level, nameof(level));

    /// <inheritdoc />
    public int Level { get; }

    /// <inheritdoc />
    static Impact ILevel<Impact>.FromLevel(int level) => new(level);

    /// <summary>Returns the level as text.</summary>
    /// <returns>For example <c>Impact 2</c>.</returns>
    public override string ToString() => "Impact " + Level.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
