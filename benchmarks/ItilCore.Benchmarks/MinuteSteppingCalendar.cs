using System.Collections.Generic;
using System.Linq;
using ItilCore.ServiceLevels;
using NodaTime;

namespace ItilCore.Benchmarks;

/// <summary>
/// The per-minute stepping reference a user might write: walk UTC minutes, look up each one's wall-clock time in a
/// week mask and a holiday set. Whole-minute starts and durations only; no DST cleverness needed (the zone does it).
/// </summary>
internal sealed class MinuteSteppingCalendar
{
    private static readonly Duration Minute = Duration.FromMinutes(1);
    private readonly bool[] _week = new bool[7 * 1440];
    private readonly HashSet<LocalDate> _holidays;
    private readonly DateTimeZone _zone;

    public MinuteSteppingCalendar(DateTimeZone zone, int startMinute, int endMinute, IEnumerable<LocalDate> holidays)
    {
        _zone = zone;
        _holidays = holidays.ToHashSet();
        for (var day = 0; day < 5; day++)
        {
            for (var m = startMinute; m < endMinute; m++)
            {
                _week[(day * 1440) + m] = true;
            }
        }
    }

    public bool IsOpenAt(Instant instant)
    {
        var local = instant.InZone(_zone).LocalDateTime;
        return _week[(((int)local.DayOfWeek - 1) * 1440) + (local.Hour * 60) + local.Minute] && !_holidays.Contains(local.Date);
    }

    public Instant Add(Instant start, Duration businessTime)
    {
        var remaining = (long)businessTime.TotalMinutes;
        for (var t = start; ; t += Minute)
        {
            if (IsOpenAt(t) && --remaining == 0)
            {
                return t + Minute;
            }
        }
    }

    public Duration Between(Instant from, Instant to)
    {
        var minutes = 0;
        for (var t = from; t < to; t += Minute)
        {
            minutes += IsOpenAt(t) ? 1 : 0;
        }

        return Duration.FromMinutes(minutes);
    }
}
