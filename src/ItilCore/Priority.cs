using System;

namespace ItilCore;

/// <summary>
/// The relative importance of a ticket, normally derived from impact and urgency by a <see cref="PriorityMatrix"/>.
/// Level 1 is the highest priority in the usual polarity; the matrix says which end is highest.
/// </summary>
/// <remarks>Immutable and thread-safe. Serialized as its level number.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.LevelJsonConverter<Priority>))]
public readonly record struct Priority : ILevel<Priority>
{
    /// <summary>Initializes a new value.</summary>
    /// <param name="level">The level, 1 to <see cref="Levels.Max"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The level is out of range.</exception>
    public Priority(int level) => Level = Levels.Check(level, nameof(level));

    /// <inheritdoc />
    public int Level { get; }

    /// <inheritdoc />
    static Priority ILevel<Priority>.FromLevel(int level) => new(level);

    /// <summary>Returns the level as text.</summary>
    /// <returns>For example <c>P1</c>.</returns>
    public override string ToString() => "P" + Level.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
