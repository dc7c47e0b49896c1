using NodaTime;

namespace ItilCore.ServiceLevels;

/// <summary>
/// One holiday of a calendar or holiday set, of exactly one kind:
/// <list type="bullet">
/// <item><description>one-off: <see cref="Date"/>, optionally through <see cref="Until"/> (a range of dates);</description></item>
/// <item><description>yearly on a fixed date: <see cref="Month"/> and <see cref="Day"/>, optionally through
/// <see cref="UntilMonth"/>/<see cref="UntilDay"/>; a range whose end is before its start wraps the new year (24 December
/// to 2 January). A yearly 29 February happens in leap years only;</description></item>
/// <item><description>rule-based: <see cref="Month"/>, <see cref="DayOfWeek"/> and <see cref="Occurrence"/> 1 to 5, or −1
/// for the last (fourth Thursday of November; last Monday of May). A fifth occurrence is skipped in months that have
/// only four (no holiday that year, never moved to another day).</description></item>
/// </list>
/// Use the factories (<see cref="OnDate"/>, <see cref="Yearly"/>, <see cref="NthWeekday"/>, …) to build one in code.
/// </summary>
/// <param name="Name">The holiday's name (for explanations), not empty.</param>
/// <param name="Date">The date of a one-off holiday, or the first date of a one-off range.</param>
/// <param name="Until">The last date (inclusive) of a one-off range.</param>
/// <param name="Month">The month, 1 to 12, of a yearly or rule-based holiday.</param>
/// <param name="Day">The day of the month of a yearly holiday.</param>
/// <param name="UntilMonth">The month of the last day (inclusive) of a yearly range.</param>
/// <param name="UntilDay">The day of the last day (inclusive) of a yearly range.</param>
/// <param name="DayOfWeek">The weekday of a rule-based holiday.</param>
/// <param name="Occurrence">Which such weekday of the month: 1 to 5, or −1 for the last.</param>
/// <remarks>
/// A holiday closes the working hours that <em>belong</em> to its dates (those that start on them); an overnight interval
/// from the day before still runs into it, as in zendesk biz. Immutable and thread-safe; checked when a calendar or
/// holiday set is built.
/// </remarks>
public sealed record HolidayDefinition(
    string Name,
    LocalDate? Date = null,
    LocalDate? Until = null,
    int? Month = null,
    int? Day = null,
    int? UntilMonth = null,
    int? UntilDay = null,
    IsoDayOfWeek? DayOfWeek = null,
    int? Occurrence = null)
{
    /// <summary>The <see cref="Occurrence"/> that means the last such weekday of the month.</summary>
    public const int Last = -1;

    /// <summary>Creates a one-off holiday.</summary>
    /// <param name="name">The name.</param>
    /// <param name="date">The date.</param>
    /// <returns>The holiday.</returns>
    public static HolidayDefinition OnDate(string name, LocalDate date) => new(name, Date: date);

    /// <summary>Creates a one-off range of holidays, both dates included.</summary>
    /// <param name="name">The name.</param>
    /// <param name="from">The first date.</param>
    /// <param name="until">The last date.</param>
    /// <returns>The holiday.</returns>
    public static HolidayDefinition DateRange(string name, LocalDate from, LocalDate until) => new(name, Date: from, Until: until);

    /// <summary>Creates a yearly holiday on a fixed date (25 December).</summary>
    /// <param name="name">The name.</param>
    /// <param name="month">The month.</param>
    /// <param name="day">The day of the month.</param>
    /// <returns>The holiday.</returns>
    public static HolidayDefinition Yearly(string name, int month, int day) => new(name, Month: month, Day: day);

    /// <summary>Creates a yearly range, both ends included; it wraps the new year when the end is before the start.</summary>
    /// <param name="name">The name.</param>
    /// <param name="month">The first month.</param>
    /// <param name="day">The first day.</param>
    /// <param name="untilMonth">The last month.</param>
    /// <param name="untilDay">The last day.</param>
    /// <returns>The holiday.</returns>
    public static HolidayDefinition YearlyRange(string name, int month, int day, int untilMonth, int untilDay)
        => new(name, Month: month, Day: day, UntilMonth: untilMonth, UntilDay: untilDay);

    /// <summary>Creates a rule-based holiday: the Nth (1–5) or last (<see cref="Last"/>) weekday of a month.</summary>
    /// <param name="name">The name.</param>
    /// <param name="month">The month.</param>
    /// <param name="dayOfWeek">The weekday.</param>
    /// <param name="occurrence">1 to 5, or <see cref="Last"/>.</param>
    /// <returns>The holiday.</returns>
    public static HolidayDefinition NthWeekday(string name, int month, IsoDayOfWeek dayOfWeek, int occurrence)
        => new(name, Month: month, DayOfWeek: dayOfWeek, Occurrence: occurrence);
}
