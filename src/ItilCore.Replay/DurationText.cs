using System;
using System.Globalization;
using NodaTime;

namespace ItilCore.Replay;

/// <summary>Reads and writes durations as people type them on a command line or in a mapping: <c>4h</c>, <c>90m</c>, <c>3d</c>, <c>1d12h30m</c>, <c>45s</c>.</summary>
/// <remarks>Thread-safe. A day is 24 hours of whatever the calendar counts (business time, for SLA targets).</remarks>
public static class DurationText
{
    private static readonly long MaxSeconds = (long)Duration.MaxValue.TotalSeconds;

    /// <summary>Tries to read a duration.</summary>
    /// <param name="text">The text, a sequence of whole numbers each followed by <c>d</c>, <c>h</c>, <c>m</c> or <c>s</c>.</param>
    /// <param name="duration">The duration read.</param>
    /// <returns>Whether the text was a positive or zero duration.</returns>
    public static bool TryParse(string? text, out Duration duration)
    {
        duration = Duration.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var span = text.AsSpan().Trim();
        long number = -1;
        long seconds = 0;
        var any = false;
        foreach (var c in span)
        {
            if (c is >= '0' and <= '9')
            {
                number = (number < 0 ? 0 : number * 10) + (c - '0');
                if (number > 1_000_000_000)
                {
                    return false;
                }

                continue;
            }

            if (number < 0)
            {
                return false;
            }

            long unit;
            switch (char.ToLowerInvariant(c))
            {
                case 'd': unit = 86_400; break;
                case 'h': unit = 3_600; break;
                case 'm': unit = 60; break;
                case 's': unit = 1; break;
                default: return false;
            }

            // A Duration holds about 16.7 million days; past that NodaTime throws, and a Try method must not.
            seconds += number * unit;
            if (seconds > MaxSeconds)
            {
                return false;
            }

            number = -1;
            any = true;
        }

        // Trailing digits without a unit ("4h3") make the whole text no duration: the result stays zero, as for any failure.
        if (!any || number >= 0)
        {
            return false;
        }

        duration = Duration.FromSeconds(seconds);
        return true;
    }

    /// <summary>Reads a duration.</summary>
    /// <param name="text">The text; see <see cref="TryParse"/>.</param>
    /// <returns>The duration.</returns>
    /// <exception cref="FormatException">The text is not a duration.</exception>
    public static Duration Parse(string text)
        => TryParse(text, out var duration) ? duration : throw new FormatException($"'{text}' is not a duration; write it like 4h, 90m, 3d or 1d12h.");

    /// <summary>Formats a duration the way <see cref="Parse"/> reads it, largest unit first (<c>1d2h30m</c>; <c>0m</c> for zero; negative durations get a leading minus).</summary>
    /// <param name="duration">The duration.</param>
    /// <returns>The text.</returns>
    public static string Format(Duration duration)
    {
        var negative = duration < Duration.Zero;
        var total = (long)Math.Abs(Math.Round(duration.TotalSeconds));
        var d = total / 86400;
        var h = total % 86400 / 3600;
        var m = total % 3600 / 60;
        var s = total % 60;
        var result = (d > 0 ? d.ToString(CultureInfo.InvariantCulture) + "d" : "")
            + (h > 0 ? h.ToString(CultureInfo.InvariantCulture) + "h" : "")
            + (m > 0 ? m.ToString(CultureInfo.InvariantCulture) + "m" : "")
            + (s > 0 ? s.ToString(CultureInfo.InvariantCulture) + "s" : "");
        return (negative ? "-" : "") + (result.Length == 0 ? "0m" : result);
    }
}
