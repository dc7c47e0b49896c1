using System;
using System.Collections.Generic;
using ItilCore.ServiceLevels;
using NodaTime;
using NodaTime.TimeZones;

namespace ItilCore.Tests.ServiceLevels;

/// <summary>
/// The obviously-correct slow path: steps through LOCAL time minute by minute, date by date, marks each working local
/// minute's UTC span (its start and end converted with the documented rule), and answers by counting UTC minutes.
/// It reads the definition itself (weekly hours, shifts, breaks, one-off, yearly and nth-weekday holidays) and shares no
/// code with the calendar. Exact for whole-minute calendars in zones with whole-minute offsets.
/// </summary>
internal sealed class MinuteReference
{
    private static readonly ZoneLocalMappingResolver Rule = Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    private readonly bool[] _working;
    private readonly long _firstMinute;

    /// <summary>Marks the working time of the dates firstDate − 2 to lastDate + 2; answers are exact from the start of firstDate to the end of lastDate.</summary>
    public MinuteReference(BusinessCalendarDefinition definition, DateTimeZone zone, LocalDate firstDate, LocalDate lastDate)
    {
        ValidFrom = zone.AtStartOfDay(firstDate).ToInstant();
        ValidTo = zone.AtStartOfDay(lastDate.PlusDays(1)).ToInstant();
        _firstMinute = UnixMinute(zone.AtStartOfDay(firstDate.PlusDays(-3)).ToInstant());
        var lastMinute = UnixMinute(zone.AtStartOfDay(lastDate.PlusDays(4)).ToInstant());
        _working = new bool[lastMinute - _firstMinute];
        for (var date = firstDate.PlusDays(-2); date <= lastDate.PlusDays(2); date = date.PlusDays(1))
        {
            if (IsHoliday(definition, date))
            {
                continue;
            }

            var hours = definition.WeeklyHours.For(date.DayOfWeek);
            foreach (var shift in definition.Shifts ?? [])
            {
                if (shift.Date == date)
                {
                    hours = shift.Hours;
                }
            }

            foreach (var interval in hours)
            {
                var start = Minutes(interval.Start);
                var end = Minutes(interval.End);
                if (end <= start)
                {
                    end += 1440;
                }

                for (var m = start; m < end; m++)
                {
                    var local = date.AtMidnight().PlusMinutes(m);
                    if (InBreak(definition, local))
                    {
                        continue;
                    }

                    var from = UnixMinute(zone.ResolveLocal(local, Rule).ToInstant());
                    var to = UnixMinute(zone.ResolveLocal(local.PlusMinutes(1), Rule).ToInstant());
                    for (var u = from; u < to; u++)
                    {
                        _working[u - _firstMinute] = true;
                    }
                }
            }
        }
    }

    public Instant ValidFrom { get; }

    public Instant ValidTo { get; }

    public bool IsOpenAt(Instant instant) => _working[UnixMinute(instant) - _firstMinute];

    public Duration Between(Instant from, Instant to)
    {
        var count = 0;
        for (var u = UnixMinute(from); u < UnixMinute(to); u++)
        {
            count += _working[u - _firstMinute] ? 1 : 0;
        }

        return Duration.FromMinutes(count);
    }

    /// <summary>Steps forward minute by minute; null when the answer is outside the exact range.</summary>
    public Instant? Add(Instant start, int minutes)
    {
        var validTo = UnixMinute(ValidTo);
        for (var u = UnixMinute(start); u < validTo; u++)
        {
            if (!_working[u - _firstMinute])
            {
                continue;
            }

            if (minutes == 0)
            {
                return FromUnixMinute(u);
            }

            if (--minutes == 0)
            {
                return FromUnixMinute(u + 1);
            }
        }

        return null;
    }

    /// <summary>Steps backward minute by minute; null when the answer is outside the exact range.</summary>
    public Instant? Subtract(Instant end, int minutes)
    {
        var validFrom = UnixMinute(ValidFrom);
        for (var u = UnixMinute(end) - 1; u >= validFrom; u--)
        {
            if (!_working[u - _firstMinute])
            {
                continue;
            }

            if (minutes == 0)
            {
                return FromUnixMinute(u + 1);
            }

            if (--minutes == 0)
            {
                return FromUnixMinute(u);
            }
        }

        return null;
    }

    private static long UnixMinute(Instant instant) => (long)Math.Floor((instant - NodaConstants.UnixEpoch).TotalMinutes);

    private static Instant FromUnixMinute(long minute) => NodaConstants.UnixEpoch + Duration.FromMinutes(minute);

    private static int Minutes(string text) => (int.Parse(text[..2], System.Globalization.CultureInfo.InvariantCulture) * 60) + int.Parse(text[3..], System.Globalization.CultureInfo.InvariantCulture);

    private static bool InBreak(BusinessCalendarDefinition definition, LocalDateTime local)
    {
        var minute = (local.Hour * 60) + local.Minute;
        foreach (var b in definition.Breaks ?? [])
        {
            var applies = b.Date is { } date ? date == local.Date : b.Days is null || ((IList<IsoDayOfWeek>)b.Days).Contains(local.DayOfWeek);
            if (applies && minute >= Minutes(b.Start) && minute < Minutes(b.End))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHoliday(BusinessCalendarDefinition definition, LocalDate date)
    {
        foreach (var h in definition.Holidays ?? [])
        {
            if (h.Date is { } day && date >= day && date <= (h.Until ?? day))
            {
                return true;
            }

            if (h.Day is { } d && h.Month == date.Month && d == date.Day)
            {
                return true;
            }

            if (h.DayOfWeek is { } weekday && h.Month == date.Month && date.DayOfWeek == weekday)
            {
                var sameWeekdays = new List<int>();
                for (var x = 1; x <= date.Calendar.GetDaysInMonth(date.Year, date.Month); x++)
                {
                    if (new LocalDate(date.Year, date.Month, x).DayOfWeek == weekday)
                    {
                        sameWeekdays.Add(x);
                    }
                }

                var index = h.Occurrence == -1 ? sameWeekdays.Count - 1 : h.Occurrence!.Value - 1;
                if (index < sameWeekdays.Count && sameWeekdays[index] == date.Day)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
