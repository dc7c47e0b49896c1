using System;

namespace ItilCore;

/// <summary>The one rule for the range of <see cref="ILevel{TSelf}"/> values.</summary>
/// <remarks>Thread-safe.</remarks>
public static class Levels
{
    /// <summary>The highest level any scale may have.</summary>
    public const int Max = 10;

    /// <summary>Checks a level, throwing <see cref="ArgumentOutOfRangeException"/> that names the parameter.</summary>
    /// <param name="level">The level.</param>
    /// <param name="paramName">The caller's parameter name.</param>
    /// <returns>The level.</returns>
    public static int Check(int level, string paramName)
        => level is >= 1 and <= Max ? level : throw new ArgumentOutOfRangeException(paramName, level, $"A level must be between 1 and {Max}.");
}
