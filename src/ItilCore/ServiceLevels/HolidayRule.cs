using System.Collections.Generic;
using NodaTime;

namespace ItilCore.ServiceLevels;

/// <summary>A checked <see cref="HolidayDefinition"/>, answering "is this date a holiday?" without expanding years.</summary>
internal sealed class HolidayRule
{
    private enum Kind
    {
        OneOff,
        Yearly,
        Weekday,
    }

    private readonly Kind _kind;
    private readonly LocalDate _from;
    private readonly LocalDate _until;
    private readonly int _fromKey;
    private readonly int _untilKey;
    private readonly int _month;
    private readonly IsoDayOfWeek _dayOfWeek;
    private readonly int _occurrence;

    private HolidayRule(string name, Kind kind, LocalDate from, LocalDate until, int fromKey, int untilKey, int month, IsoDayOfWeek dayOfWeek, int occurrence)
    {
        Name = name;
        _kind = kind;
        _from = from;
        _until = until;
        _fromKey = fromKey;
        _untilKey = untilKey;
        _month = month;
        _dayOfWeek = dayOfWeek;
        _occurrence = occurrence;
    }

    public string Name { get; }

    public bool Matches(LocalDate date)
    {
        switch (_kind)
        {
            case Kind.OneOff:
                return date >= _from && date <= _until;
            case Kind.Yearly:
                var key = (date.Month * 32) + date.Day;
                return _fromKey <= _untilKey ? key >= _fromKey && key <= _untilKey : key >= _fromKey || key <= _untilKey;
            default:
                if (date.Month != _month || date.DayOfWeek != _dayOfWeek)
                {
                    return false;
                }

                return _occurrence == HolidayDefinition.Last
                    ? date.Day + 7 > date.Calendar.GetDaysInMonth(date.Year, date.Month)
                    : ((date.Day - 1) / 7) + 1 == _occurrence;
        }
    }

    /// <summary>Checks a holiday, adding every problem under <paramref name="path"/>; returns the rule when it is valid.</summary>
    public static HolidayRule? Check(HolidayDefinition? holiday, string path, List<ValidationProblem> problems)
    {
        if (holiday is null)
        {
            problems.Add(new(path, "the holiday is missing (null)"));
            return null;
        }

        var before = problems.Count;
        DefinitionChecks.Name(holiday.Name, path + ".name", problems);
        var oneOff = holiday.Date is not null || holiday.Until is not null;
        var yearly = holiday.Day is not null || holiday.UntilMonth is not null || holiday.UntilDay is not null;
        var weekday = holiday.DayOfWeek is not null || holiday.Occurrence is not null;
        var kinds = (oneOff ? 1 : 0) + (yearly ? 1 : 0) + (weekday ? 1 : 0);
        if (kinds != 1 || (oneOff && holiday.Month is not null))
        {
            problems.Add(new(path, kinds == 0
                ? "the holiday has no date: give date (one-off), month and day (yearly), or month, dayOfWeek and occurrence (rule)"
                : "the holiday mixes kinds: give only date/until (one-off), month/day/untilMonth/untilDay (yearly), or month/dayOfWeek/occurrence (rule)"));
            return null;
        }

        if (oneOff)
        {
            if (holiday.Date is null)
            {
                problems.Add(new(path + ".date", "a one-off holiday needs a date (until alone is not enough)"));
                return null;
            }

            var until = holiday.Until ?? holiday.Date.Value;
            if (until < holiday.Date.Value)
            {
                problems.Add(new(path + ".until", $"{until:uuuu'-'MM'-'dd} is before the date {holiday.Date.Value:uuuu'-'MM'-'dd}"));
            }

            return problems.Count == before ? new(holiday.Name, Kind.OneOff, holiday.Date.Value, until, 0, 0, 0, IsoDayOfWeek.None, 0) : null;
        }

        var monthValid = CheckMonth(holiday.Month, path + ".month", problems);
        if (yearly)
        {
            var fromKey = MonthDay(monthValid ? holiday.Month : null, holiday.Day, path + ".day", problems);
            var untilKey = fromKey;
            if (holiday.UntilMonth is not null || holiday.UntilDay is not null)
            {
                var untilMonthValid = CheckMonth(holiday.UntilMonth, path + ".untilMonth", problems);
                untilKey = MonthDay(untilMonthValid ? holiday.UntilMonth : null, holiday.UntilDay, path + ".untilDay", problems);
            }

            return problems.Count == before ? new(holiday.Name, Kind.Yearly, default, default, fromKey, untilKey, 0, IsoDayOfWeek.None, 0) : null;
        }

        if (holiday.DayOfWeek is not { } dayOfWeek || dayOfWeek < IsoDayOfWeek.Monday || dayOfWeek > IsoDayOfWeek.Sunday)
        {
            problems.Add(new(path + ".dayOfWeek", holiday.DayOfWeek is null ? "a rule-based holiday needs a dayOfWeek" : $"{holiday.DayOfWeek} is not a day of the week"));
        }

        if (holiday.Occurrence is not (1 or 2 or 3 or 4 or 5 or HolidayDefinition.Last))
        {
            problems.Add(new(path + ".occurrence", holiday.Occurrence is null
                ? "a rule-based holiday needs an occurrence: 1 to 5, or -1 for the last"
                : $"occurrence {holiday.Occurrence} is not 1 to 5, or -1 for the last"));
        }

        return problems.Count == before
            ? new(holiday.Name, Kind.Weekday, default, default, 0, 0, holiday.Month!.Value, holiday.DayOfWeek!.Value, holiday.Occurrence!.Value)
            : null;
    }

    private static bool CheckMonth(int? month, string path, List<ValidationProblem> problems)
    {
        if (month is null or < 1 or > 12)
        {
            problems.Add(new(path, month is null ? "the month is missing" : $"month {month} is not 1 to 12"));
            return false;
        }

        return true;
    }

    private static int MonthDay(int? month, int? day, string path, List<ValidationProblem> problems)
    {
        if (day is null)
        {
            problems.Add(new(path, "the day is missing"));
            return 0;
        }

        // Any leap year gives the longest months; 29 February is valid and matches leap years only.
        if (month is { } m && (day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(2000, m)))
        {
            problems.Add(new(path, $"day {day} does not exist in month {m}"));
            return 0;
        }

        return ((month ?? 0) * 32) + (day ?? 0);
    }
}
