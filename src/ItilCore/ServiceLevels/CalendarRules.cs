using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace ItilCore.ServiceLevels;

/// <summary>
/// A checked calendar definition in the form the planner reads: minutes of the local day, intervals of a date
/// expressed relative to its midnight (an overnight end is above 1,440). Immutable once built.
/// </summary>
internal sealed class CalendarRules
{
    private const int MinutesPerDay = 1440;
    private static readonly string[] DayNames = ["", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    private readonly (int Start, int End)[][] _weekly;
    private readonly Dictionary<LocalDate, (int Start, int End)[]> _shifts;
    private readonly Dictionary<LocalDate, List<(int Start, int End)>> _datedBreaks;
    private readonly List<(int Start, int End)>[] _weeklyBreaks;

    private CalendarRules(
        (int Start, int End)[][] weekly,
        Dictionary<LocalDate, (int Start, int End)[]> shifts,
        Dictionary<LocalDate, List<(int Start, int End)>> datedBreaks,
        List<(int Start, int End)>[] weeklyBreaks,
        HolidayRule[] holidays)
    {
        _weekly = weekly;
        _shifts = shifts;
        _datedBreaks = datedBreaks;
        _weeklyBreaks = weeklyBreaks;
        Holidays = holidays;
    }

    public HolidayRule[] Holidays { get; }

    /// <summary>Checks a definition and compiles it, adding every problem found; returns null when there are problems.</summary>
    public static CalendarRules? Compile(
        BusinessCalendarDefinition definition,
        IReadOnlyDictionary<HolidaySetId, HolidaySet>? holidaySets,
        List<ValidationProblem> problems)
    {
        var weekly = new (int Start, int End)[8][];
        weekly[0] = [];
        if (definition.WeeklyHours is null)
        {
            problems.Add(new("$.weeklyHours", "the weekly hours are missing"));
            for (var d = 1; d <= 7; d++)
            {
                weekly[d] = [];
            }
        }
        else
        {
            for (var d = 1; d <= 7; d++)
            {
                weekly[d] = Intervals(definition.WeeklyHours.For((IsoDayOfWeek)d), $"$.weeklyHours.{DayNames[d]}", problems);
            }

            CheckWeeklyOverlaps(weekly, problems);
        }

        var shifts = new Dictionary<LocalDate, (int Start, int End)[]>();
        var shiftPaths = new Dictionary<LocalDate, int>();
        var shiftList = definition.Shifts ?? [];
        for (var i = 0; i < shiftList.Count; i++)
        {
            var path = $"$.shifts[{i}]";
            if (shiftList[i] is not { } shift)
            {
                problems.Add(new(path, "the shift is missing (null)"));
                continue;
            }

            var hours = Intervals(shift.Hours, path + ".hours", problems, required: true);
            if (!shifts.TryAdd(shift.Date, hours))
            {
                problems.Add(new(path + ".date", $"{Text(shift.Date)} already has a shift at $.shifts[{shiftPaths[shift.Date]}]"));
            }
            else
            {
                shiftPaths[shift.Date] = i;
                CheckOverlaps(hours, path + ".hours", problems);
            }
        }

        foreach (var (date, index) in shiftPaths)
        {
            CheckShiftNeighbours(date, index, weekly, shifts, problems);
        }

        var datedBreaks = new Dictionary<LocalDate, List<(int Start, int End)>>();
        var weeklyBreaks = new List<(int Start, int End)>[8];
        for (var d = 0; d < 8; d++)
        {
            weeklyBreaks[d] = [];
        }

        var breakList = definition.Breaks ?? [];
        for (var i = 0; i < breakList.Count; i++)
        {
            CheckBreak(breakList[i], $"$.breaks[{i}]", datedBreaks, weeklyBreaks, problems);
        }

        var holidays = new List<HolidayRule>();
        var holidayList = definition.Holidays ?? [];
        for (var i = 0; i < holidayList.Count; i++)
        {
            if (HolidayRule.Check(holidayList[i], $"$.holidays[{i}]", problems) is { } rule)
            {
                holidays.Add(rule);
            }
        }

        var sets = holidaySets ?? new Dictionary<HolidaySetId, HolidaySet>();
        foreach (var id in DefinitionChecks.References(definition.HolidaySets ?? [], "$.holidaySets", sets.ContainsKey, problems))
        {
            if (id.Value is not null && sets.TryGetValue(id, out var set))
            {
                holidays.AddRange(set.Rules);
            }
        }

        var rules = new CalendarRules(weekly, shifts, datedBreaks, weeklyBreaks, [.. holidays]);
        if (definition.WeeklyHours is not null && !rules.HasWeeklyWorkingTime())
        {
            problems.Add(new("$.weeklyHours", "the calendar has no working time at all: an ordinary week has no working hours left after weekly breaks"));
        }

        return problems.Count == 0 ? rules : null;
    }

    /// <summary>Creates rules for a calendar that is open around the clock.</summary>
    public static CalendarRules AlwaysOpen()
    {
        var weekly = new (int Start, int End)[8][];
        var weeklyBreaks = new List<(int Start, int End)>[8];
        weekly[0] = [];
        weeklyBreaks[0] = [];
        for (var d = 1; d <= 7; d++)
        {
            weekly[d] = [(0, MinutesPerDay)];
            weeklyBreaks[d] = [];
        }

        return new CalendarRules(weekly, [], [], weeklyBreaks, []);
    }

    // A start (00:00 to 23:59) and an end (00:00 to 24:00) in minutes of the day, each -1 and reported at its path when not HH:mm.
    private static (int Start, int End) StartAndEnd(string? startText, string? endText, string path, List<ValidationProblem> problems)
    {
        var start = ParseTime(startText, allowEndOfDay: false);
        var end = ParseTime(endText, allowEndOfDay: true);
        if (start < 0)
        {
            problems.Add(new(path + ".start", $"'{startText}' is not a time from 00:00 to 23:59 (HH:mm)"));
        }

        if (end < 0)
        {
            problems.Add(new(path + ".end", $"'{endText}' is not a time from 00:00 to 24:00 (HH:mm)"));
        }

        return (start, end);
    }

    /// <summary>Parses <c>HH:mm</c>; returns the minute of the day, or −1.</summary>
    public static int ParseTime(string? text, bool allowEndOfDay)
    {
        if (text is not { Length: 5 } || text[2] != ':'
            || !int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || !int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes))
        {
            return -1;
        }

        if (hours == 24 && minutes == 0 && allowEndOfDay)
        {
            return MinutesPerDay;
        }

        return hours < 24 && minutes < 60 ? (hours * 60) + minutes : -1;
    }

    /// <summary>Adds the working pieces that belong to a date (relative to its midnight, ends up to 2,880), breaks removed.</summary>
    public void PiecesOf(LocalDate date, List<(int Start, int End)> pieces)
    {
        foreach (var holiday in Holidays)
        {
            if (holiday.Matches(date))
            {
                return;
            }
        }

        var hours = _shifts.TryGetValue(date, out var shift) ? shift : _weekly[(int)date.DayOfWeek];
        if (hours.Length == 0)
        {
            return;
        }

        var next = date.PlusDays(1);
        _datedBreaks.TryGetValue(date, out var datedToday);
        _datedBreaks.TryGetValue(next, out var datedTomorrow);
        var weeklyToday = _weeklyBreaks[(int)date.DayOfWeek];
        var weeklyTomorrow = _weeklyBreaks[(int)next.DayOfWeek];
        foreach (var (start, end) in hours)
        {
            var first = pieces.Count;
            pieces.Add((start, end));
            Subtract(pieces, first, weeklyToday, 0);
            Subtract(pieces, first, datedToday, 0);
            if (end > MinutesPerDay)
            {
                Subtract(pieces, first, weeklyTomorrow, MinutesPerDay);
                Subtract(pieces, first, datedTomorrow, MinutesPerDay);
            }
        }
    }

    private static void Subtract(List<(int Start, int End)> pieces, int first, List<(int Start, int End)>? breaks, int offset)
    {
        if (breaks is null)
        {
            return;
        }

        foreach (var (breakStart, breakEnd) in breaks)
        {
            var from = breakStart + offset;
            var to = breakEnd + offset;
            for (var i = pieces.Count - 1; i >= first; i--)
            {
                var (start, end) = pieces[i];
                if (to <= start || from >= end)
                {
                    continue;
                }

                pieces.RemoveAt(i);
                if (start < from)
                {
                    pieces.Add((start, from));
                }

                if (to < end)
                {
                    pieces.Add((to, end));
                }
            }
        }

        pieces.Sort(first, pieces.Count - first, Comparer<(int Start, int End)>.Default);
    }

    private bool HasWeeklyWorkingTime()
    {
        var pieces = new List<(int Start, int End)>();
        for (var d = 1; d <= 7; d++)
        {
            var next = (d % 7) + 1;
            foreach (var (start, end) in _weekly[d])
            {
                pieces.Clear();
                pieces.Add((start, end));
                Subtract(pieces, 0, _weeklyBreaks[d], 0);
                Subtract(pieces, 0, _weeklyBreaks[next], MinutesPerDay);
                if (pieces.Count > 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static (int Start, int End)[] Intervals(IReadOnlyList<WorkingInterval>? list, string path, List<ValidationProblem> problems, bool required = false)
    {
        if (list is null)
        {
            if (required)
            {
                problems.Add(new(path, "the hours are missing; give an empty list to close the date"));
            }

            return [];
        }

        var result = new List<(int Start, int End)>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (list[i] is not { } interval)
            {
                problems.Add(new(itemPath, "the interval is missing (null)"));
                continue;
            }

            var (start, end) = StartAndEnd(interval.Start, interval.End, itemPath, problems);

            if (start < 0 || end < 0)
            {
                result.Add((-1, -1));
                continue;
            }

            if (start == end)
            {
                problems.Add(new(itemPath, $"the interval {interval} is empty (start equals end)"));
                result.Add((-1, -1));
                continue;
            }

            result.Add((start, end < start ? end + MinutesPerDay : end));
        }

        // Invalid entries keep their place until here so that overlap messages can name list indexes.
        return [.. result];
    }

    private static string Text(LocalDate date) => date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);

    private static string Text((int Start, int End) interval)
    {
        static string Time(int minutes) => $"{minutes % MinutesPerDay / 60:D2}:{minutes % 60:D2}";
        return $"{Time(interval.Start)}–{(interval.End == MinutesPerDay ? "24:00" : Time(interval.End))}";
    }

    private static bool Overlap(int aStart, int aEnd, int bStart, int bEnd) => aStart < bEnd && bStart < aEnd;

    private static void CheckWeeklyOverlaps((int Start, int End)[][] weekly, List<ValidationProblem> problems)
    {
        const int Week = 7 * MinutesPerDay;
        for (var d = 1; d <= 7; d++)
        {
            for (var i = 0; i < weekly[d].Length; i++)
            {
                var (s, e) = weekly[d][i];
                if (s < 0)
                {
                    continue;
                }

                var aStart = ((d - 1) * MinutesPerDay) + s;
                var aEnd = ((d - 1) * MinutesPerDay) + e;

                // Compare with every earlier-listed interval of the week, on a circle (Sunday night runs into Monday).
                for (var d2 = 1; d2 <= d; d2++)
                {
                    var count = d2 == d ? i : weekly[d2].Length;
                    for (var j = 0; j < count; j++)
                    {
                        var (s2, e2) = weekly[d2][j];
                        if (s2 < 0)
                        {
                            continue;
                        }

                        var bStart = ((d2 - 1) * MinutesPerDay) + s2;
                        var bEnd = ((d2 - 1) * MinutesPerDay) + e2;
                        if (Overlap(aStart, aEnd, bStart, bEnd) || Overlap(aStart + Week, aEnd + Week, bStart, bEnd) || Overlap(aStart, aEnd, bStart + Week, bEnd + Week))
                        {
                            problems.Add(new(
                                $"$.weeklyHours.{DayNames[d]}[{i}]",
                                $"{Text(weekly[d][i])} overlaps {DayNames[d2]}[{j}] ({Text(weekly[d2][j])}); an interval past midnight belongs to the day it starts"));
                        }
                    }
                }
            }
        }
    }

    private static void CheckOverlaps((int Start, int End)[] hours, string path, List<ValidationProblem> problems)
    {
        for (var i = 0; i < hours.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (hours[i].Start >= 0 && hours[j].Start >= 0 && Overlap(hours[i].Start, hours[i].End, hours[j].Start, hours[j].End))
                {
                    problems.Add(new($"{path}[{i}]", $"{Text(hours[i])} overlaps [{j}] ({Text(hours[j])})"));
                }
            }
        }
    }

    private static void CheckShiftNeighbours(
        LocalDate date,
        int index,
        (int Start, int End)[][] weekly,
        Dictionary<LocalDate, (int Start, int End)[]> shifts,
        List<ValidationProblem> problems)
    {
        (int Start, int End)[] HoursOf(LocalDate d) => shifts.TryGetValue(d, out var s) ? s : weekly[(int)d.DayOfWeek];
        var hours = shifts[date];
        var before = HoursOf(date.PlusDays(-1));
        var after = HoursOf(date.PlusDays(1));
        for (var i = 0; i < hours.Length; i++)
        {
            var (start, end) = hours[i];
            if (start < 0)
            {
                continue;
            }

            foreach (var (s, e) in before)
            {
                if (s >= 0 && Overlap(start, end, s - MinutesPerDay, e - MinutesPerDay))
                {
                    problems.Add(new($"$.shifts[{index}].hours[{i}]", $"{Text(hours[i])} overlaps the previous day's interval {Text((s, e))} that runs past midnight"));
                }
            }

            foreach (var (s, e) in after)
            {
                if (s >= 0 && Overlap(start, end, s + MinutesPerDay, e + MinutesPerDay))
                {
                    problems.Add(new($"$.shifts[{index}].hours[{i}]", $"{Text(hours[i])} runs past midnight into the next day's interval {Text((s, e))}"));
                }
            }
        }
    }

    private static void CheckBreak(
        CalendarBreak? calendarBreak,
        string path,
        Dictionary<LocalDate, List<(int Start, int End)>> datedBreaks,
        List<(int Start, int End)>[] weeklyBreaks,
        List<ValidationProblem> problems)
    {
        if (calendarBreak is null)
        {
            problems.Add(new(path, "the break is missing (null)"));
            return;
        }

        var before = problems.Count;
        var (start, end) = StartAndEnd(calendarBreak.Start, calendarBreak.End, path, problems);
        if (end >= 0 && start >= 0 && end <= start)
        {
            problems.Add(new(path + ".end", $"the break {calendarBreak.Start}–{calendarBreak.End} must end after it starts, on the same day (use 24:00 for midnight)"));
        }

        if (calendarBreak.Date is not null && calendarBreak.Days is not null)
        {
            problems.Add(new(path, "give either a date or days, not both"));
        }

        var days = calendarBreak.Days;
        if (days is not null)
        {
            if (days.Count == 0)
            {
                problems.Add(new(path + ".days", "the list of days is empty; leave it out for every day"));
            }

            for (var i = 0; i < days.Count; i++)
            {
                if (days[i] < IsoDayOfWeek.Monday || days[i] > IsoDayOfWeek.Sunday)
                {
                    problems.Add(new($"{path}.days[{i}]", $"{days[i]} is not a day of the week"));
                }
            }
        }

        if (problems.Count != before)
        {
            return;
        }

        if (calendarBreak.Date is { } date)
        {
            if (!datedBreaks.TryGetValue(date, out var list))
            {
                datedBreaks[date] = list = [];
            }

            list.Add((start, end));
            return;
        }

        for (var d = 1; d <= 7; d++)
        {
            if (days is null || Contains(days, (IsoDayOfWeek)d))
            {
                weeklyBreaks[d].Add((start, end));
            }
        }
    }

    private static bool Contains(IReadOnlyList<IsoDayOfWeek> days, IsoDayOfWeek day)
    {
        foreach (var d in days)
        {
            if (d == day)
            {
                return true;
            }
        }

        return false;
    }
}
