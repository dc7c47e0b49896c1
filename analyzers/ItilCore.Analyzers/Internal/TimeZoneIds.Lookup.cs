using System;

namespace ItilCore.Analyzers.Internal;

/// <remarks>
/// One constant string, an id per line (TimeZoneIds.cs, generated), searched with an ordinal IndexOf: an array or a set of
/// 600 strings would be built by a static constructor that every build JIT-compiles and runs (benchmarks/RESULTS.md,
/// "Analyzers").
/// </remarks>
internal static partial class TimeZoneIds
{
    // The last id found: a project's calendars name a few zones, so most lookups are one string comparison instead of a
    // search of 600 lines. A reference is read and written whole; a stale value costs one search, never a wrong answer.
    private static string? s_lastFound;

    /// <summary>Gets every id, in ordinal order (for suggestions, when a diagnostic is reported).</summary>
    public static string[] All => Lines.Trim('\n').Split('\n');

    /// <summary>
    /// Whether NodaTime's TZDB provider, which the library asks, knows <paramref name="id"/>: an id of the database, or a
    /// fixed offset from UTC written as NodaTime reads it (<c>UTC+05:30</c>, <c>UTC-03</c>, <c>UTC+01:00:30</c>, at most 18 hours).
    /// </summary>
    public static bool IsKnown(string id) => Contains(id) || IsFixedOffset(id);

    private static bool IsFixedOffset(string id)
    {
        // "UTC", a sign, then HH, HH:mm or HH:mm:ss.
        if (id.Length is not (6 or 9 or 12) || !id.StartsWith("UTC", StringComparison.Ordinal) || id[3] is not ('+' or '-'))
        {
            return false;
        }

        var seconds = 0;
        for (var at = 4; at < id.Length; at += 3)
        {
            if ((at > 4 && id[at - 1] != ':') || id[at] is < '0' or > '9' || id[at + 1] is < '0' or > '9')
            {
                return false;
            }

            var part = ((id[at] - '0') * 10) + (id[at + 1] - '0');
            if (at > 4 && part > 59)
            {
                return false;
            }

            seconds += part * (at == 4 ? 3600 : at == 7 ? 60 : 1);
        }

        return seconds <= 18 * 3600;
    }

    /// <summary>Whether <paramref name="id"/> is a TZDB id (ordinal: the database is case-sensitive).</summary>
    public static bool Contains(string id)
    {
        if (string.Equals(id, s_lastFound, StringComparison.Ordinal))
        {
            return true;
        }

        if (id.Length == 0 || id.IndexOf('\n') >= 0)
        {
            return false;
        }

        // The id with the line break after it (few places match its first and last characters), then the line's start.
        var line = id + "\n";
        for (var at = Lines.IndexOf(line, StringComparison.Ordinal); at > 0; at = Lines.IndexOf(line, at + 1, StringComparison.Ordinal))
        {
            if (Lines[at - 1] == '\n')
            {
                s_lastFound = id;
                return true;
            }
        }

        return false;
    }
}
