using System;
using System.Collections.Generic;
using System.Linq;

namespace ItilCore;

/// <summary>Value equality and defensive copies for the lists inside definition records.</summary>
internal static class Sequence
{
    public static bool Equal<T>(IReadOnlyList<T>? first, IReadOnlyList<T>? second)
        => ReferenceEquals(first, second) || (first is not null && second is not null && first.SequenceEqual(second));

    public static int Hash<T>(IReadOnlyList<T>? items)
    {
        if (items is null)
        {
            return 0;
        }

        var hash = new HashCode();
        hash.Add(items.Count);
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Copies a list into one nobody else can change, so a built definition stays immutable.</summary>
    public static IReadOnlyList<T> Freeze<T>(IReadOnlyList<T> items) => Array.AsReadOnly(items.ToArray());
}
