using System.Collections.Generic;

namespace ItilCore.ServiceLevels;

/// <summary>
/// The document form of a <see cref="BusinessCalendar"/>: what a team writes in JSON. <see cref="BusinessCalendar.Create"/>
/// validates it and reports every problem at once.
/// </summary>
/// <param name="Id">The calendar's id.</param>
/// <param name="Name">The calendar's name, for example "London service desk".</param>
/// <param name="TimeZone">The IANA time zone id, for example <c>Europe/London</c>; working hours are wall-clock times there.</param>
/// <param name="WeeklyHours">The working hours of an ordinary week.</param>
/// <param name="Shifts">Date-specific hours that replace a day's ordinary hours.</param>
/// <param name="Breaks">Gaps in working time: on a date, weekly on given days, or every day.</param>
/// <param name="Holidays">The calendar's own holidays.</param>
/// <param name="HolidaySets">Shared holiday sets, by id.</param>
/// <remarks>Immutable once built; the lists are copied by <see cref="BusinessCalendar.Create"/>. Thread-safe.</remarks>
public sealed record BusinessCalendarDefinition(
    CalendarId Id,
    string Name,
    string TimeZone,
    WeeklyHours WeeklyHours,
    IReadOnlyList<CalendarShift>? Shifts = null,
    IReadOnlyList<CalendarBreak>? Breaks = null,
    IReadOnlyList<HolidayDefinition>? Holidays = null,
    IReadOnlyList<HolidaySetId>? HolidaySets = null);
