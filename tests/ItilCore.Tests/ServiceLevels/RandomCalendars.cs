using System;
using System.Collections.Generic;
using System.Linq;
using ItilCore.ServiceLevels;
using NodaTime;

namespace ItilCore.Tests.ServiceLevels;

/// <summary>One random whole-minute calendar with its reference, a window of dates around a DST day, and query helpers.</summary>
internal sealed record CalendarCase(int Seed, BusinessCalendar Calendar, BusinessCalendarDefinition Definition, MinuteReference Reference, Random Random)
{
    /// <summary>A random whole-minute instant inside the reference's exact range, leaving <paramref name="marginDays"/> at the end.</summary>
    public Instant RandomInstant(int marginDays = 0)
    {
        var span = (long)(Reference.ValidTo - Reference.ValidFrom - Duration.FromDays(marginDays)).TotalMinutes;
        return Reference.ValidFrom + Duration.FromMinutes(Random.NextInt64(Math.Max(1, span)));
    }

    public override string ToString() => $"seed {Seed}: {Calendar.Zone.Id} {ItilCore.Serialization.ItilJson.Serialize(Definition)}";
}

/// <summary>Random calendars: weekly intervals (overnight ones included), holidays, breaks and shifts, in zones with awkward DST.</summary>
internal static class RandomCalendars
{
    public static readonly string[] Zones = ["Europe/London", "America/New_York", "America/Santiago", "Australia/Lord_Howe", "Asia/Kolkata", "UTC"];

    private const int Week = 7 * 1440;
    private const int WindowDays = 12;

    public static CalendarCase Create(int seed)
    {
        var random = new Random(seed);
        var zone = DateTimeZoneProviders.Tzdb[Zones[random.Next(Zones.Length)]];
        var year = random.Next(2019, 2031);
        var firstDate = PickDate(zone, year, random).PlusDays(-random.Next(0, 8));
        var lastDate = firstDate.PlusDays(WindowDays);

        var weekly = random.Next(8) == 0 ? WeeklyHours.EveryDay("00:00", "24:00") : RandomWeek(random);
        var holidays = new List<HolidayDefinition>();
        for (var i = random.Next(0, 3); i > 0; i--)
        {
            holidays.Add(HolidayDefinition.OnDate("One-off", firstDate.PlusDays(random.Next(-1, WindowDays + 2))));
        }

        if (random.Next(3) == 0)
        {
            var date = firstDate.PlusDays(random.Next(0, WindowDays));
            holidays.Add(HolidayDefinition.Yearly("Yearly", date.Month, date.Day));
        }

        if (random.Next(3) == 0)
        {
            holidays.Add(HolidayDefinition.NthWeekday("Rule", firstDate.Month, (IsoDayOfWeek)random.Next(1, 8), random.Next(6) is var n && n == 0 ? -1 : n));
        }

        var breaks = new List<CalendarBreak>();
        if (random.Next(3) == 0)
        {
            var start = random.Next(0, 23 * 60);
            var days = random.Next(2) == 0 ? null : new[] { (IsoDayOfWeek)random.Next(1, 8), (IsoDayOfWeek)random.Next(1, 8) }.Distinct().ToArray();
            breaks.Add(new CalendarBreak(Time(start), Time(start + random.Next(1, 120)), Days: days));
        }

        if (random.Next(3) == 0)
        {
            var start = random.Next(0, 23 * 60);
            breaks.Add(new CalendarBreak(Time(start), Time(start + random.Next(1, 60)), Date: firstDate.PlusDays(random.Next(0, WindowDays))));
        }

        var shifts = new List<CalendarShift>();
        if (random.Next(3) == 0)
        {
            var start = random.Next(0, 20 * 60);
            IReadOnlyList<WorkingInterval> hours = random.Next(4) == 0 ? [] : [new WorkingInterval(Time(start), Time(start + random.Next(1, 240)))];
            shifts.Add(new CalendarShift(firstDate.PlusDays(random.Next(0, WindowDays)), hours));
        }

        var definition = new BusinessCalendarDefinition(new CalendarId($"random-{seed}"), "Random", zone.Id, weekly, shifts, breaks, holidays);
        BusinessCalendar calendar;
        try
        {
            calendar = BusinessCalendar.Create(definition);
        }
        catch (InvalidDefinitionException)
        {
            // A random shift may overlap a neighbouring night interval, or breaks may leave no working time: drop them.
            definition = definition with { Shifts = [], Breaks = [] };
            calendar = BusinessCalendar.Create(definition);
        }

        return new CalendarCase(seed, calendar, definition, new MinuteReference(definition, zone, firstDate, lastDate), random);
    }

    private static string Time(int minutes) => minutes >= 1440 ? "24:00" : $"{minutes / 60:D2}:{minutes % 60:D2}";

    private static LocalDate PickDate(DateTimeZone zone, int year, Random random)
    {
        var transitions = zone.GetZoneIntervals(Instant.FromUtc(year, 1, 1, 0, 0), Instant.FromUtc(year + 1, 1, 1, 0, 0))
            .Where(i => i.HasStart && i.Start > Instant.FromUtc(year, 1, 1, 0, 0))
            .Select(i => i.Start.InZone(zone).Date)
            .ToArray();
        return transitions.Length > 0 && random.Next(4) != 0
            ? transitions[random.Next(transitions.Length)]
            : new LocalDate(year, 1, 1).PlusDays(random.Next(0, 365));
    }

    private static WeeklyHours RandomWeek(Random random)
    {
        // Disjoint intervals on the week's circle: sorted cut points taken in pairs, rotated so that some wrap Sunday → Monday.
        var granularity = random.Next(3) switch { 0 => 1, 1 => 15, _ => 30 };
        var count = random.Next(1, 7);
        var points = new SortedSet<int>();
        while (points.Count < count * 2)
        {
            points.Add(random.Next(0, Week / granularity) * granularity);
        }

        var sorted = points.ToArray();
        var rotation = random.Next(0, Week / granularity) * granularity;
        var days = new List<WorkingInterval>[8];
        for (var d = 0; d < 8; d++)
        {
            days[d] = [];
        }

        for (var i = 0; i < sorted.Length; i += 2)
        {
            var start = (sorted[i] + rotation) % Week;
            var length = sorted[i + 1] - sorted[i];
            var minuteOfDay = start % 1440;
            length = Math.Min(length, minuteOfDay == 0 ? 1440 : 1439);
            var end = minuteOfDay + length;
            days[(start / 1440) + 1].Add(new WorkingInterval(Time(minuteOfDay), end == 1440 ? "24:00" : Time(end % 1440)));
        }

        return new WeeklyHours(days[1], days[2], days[3], days[4], days[5], days[6], days[7]);
    }
}
