using System;
using FsCheck.Fluent;

namespace ItilCore.Testing;

/// <summary>Levels of a practice's scales (impact, urgency, probability, likelihood, priority) for the command generators.</summary>
internal static class LevelGenerators
{
    /// <summary>
    /// A level of the scale, or one past it (off the matrix, which the practice must reject) when the scale leaves room
    /// for one: a level past <see cref="Levels.Max"/> cannot even be created, so a 10-level scale gets none.
    /// </summary>
    /// <param name="levels">The scale's levels.</param>
    /// <returns>The generator.</returns>
    public static FsCheck.Gen<int> OnOrJustOff(int levels) => Gen.Choose(1, Math.Min(levels + 1, Levels.Max));
}
