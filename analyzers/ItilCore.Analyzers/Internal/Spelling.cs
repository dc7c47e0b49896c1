using System;
using System.Collections.Generic;
using System.Linq;

namespace ItilCore.Analyzers.Internal;

/// <summary>Finds the names closest to a misspelt one (edit distance), for code fixes that offer them.</summary>
internal static class Spelling
{
    public static IReadOnlyList<string> Closest(string given, IEnumerable<string> names, int count)
        => names
            .Select(name => (Name: name, Distance: Distance(given.ToUpperInvariant(), name.ToUpperInvariant())))
            .Where(x => x.Distance <= Math.Max(2, Math.Max(given.Length, x.Name.Length) / 2))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Name, StringComparer.Ordinal)
            .Take(count)
            .Select(x => x.Name)
            .ToArray();

    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
