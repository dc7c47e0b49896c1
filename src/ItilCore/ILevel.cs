namespace ItilCore;

/// <summary>A 1-based level on an ordinal scale: impact, urgency, priority, risk.</summary>
/// <typeparam name="TSelf">The level type itself.</typeparam>
/// <remarks>Implementations must be immutable and thread-safe.</remarks>
public interface ILevel<TSelf>
    where TSelf : struct, ILevel<TSelf>
{
    /// <summary>Gets the level, at least 1; 0 only for the default value.</summary>
    int Level { get; }

    /// <summary>Creates the value from a level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The value.</returns>
    static abstract TSelf FromLevel(int level);
}
