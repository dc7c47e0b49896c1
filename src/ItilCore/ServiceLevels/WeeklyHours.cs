using System;
using System.Collections.Generic;
using NodaTime;

namespace ItilCore.ServiceLevels;

/// <summary>
/// The working hours of an ordinary week: for each day any number of <see cref="WorkingInterval"/>s; a day left out
/// (or given an empty list) has no working hours of its own.
/// </summary>
/// <param name="Monday">Monday's intervals.</param>
/// <param name="Tuesday">Tuesday's intervals.</param>
/// <param name="Wednesday">Wednesday's intervals.</param>
/// <param name="Thursday">Thursday's intervals.</param>
/// <param name="Friday">Friday's intervals.</param>
/// <param name="Saturday">Saturday's intervals.</param>
/// <param name="Sunday">Sunday's intervals.</param>
/// <remarks>Immutable once built; the lists are not copied here but are copied by <see cref="BusinessCalendar.Create"/>. Thread-safe.</remarks>
public sealed record WeeklyHours(
    IReadOnlyList<WorkingInterval>? Monday = null,
    IReadOnlyList<WorkingInterval>? Tuesday = null,
    IReadOnlyList<WorkingInterval>? Wednesday = null,
    IReadOnlyList<WorkingInterval>? Thursday = null,
    IReadOnlyList<WorkingInterval>? Friday = null,
    IReadOnlyList<WorkingInterval>? Saturday = null,
    IReadOnlyList<WorkingInterval>? Sunday = null)
{
    /// <summary>Creates the same hours on Monday to Friday, for example <c>MondayToFriday("09:00", "17:00")</c>.</summary>
    /// <param name="start">The start, <c>"HH:mm"</c>.</param>
    /// <param name="end">The end, <c>"HH:mm"</c> or <c>"24:00"</c>.</param>
    /// <returns>The weekly hours.</returns>
    public static WeeklyHours MondayToFriday(string start, string end)
    {
        IReadOnlyList<WorkingInterval> day = [new WorkingInterval(start, end)];
        return new WeeklyHours(day, day, day, day, day);
    }

    /// <summary>Creates the same hours on every day of the week.</summary>
    /// <param name="start">The start, <c>"HH:mm"</c>.</param>
    /// <param name="end">The end, <c>"HH:mm"</c> or <c>"24:00"</c>.</param>
    /// <returns>The weekly hours.</returns>
    public static WeeklyHours EveryDay(string start, string end)
    {
        IReadOnlyList<WorkingInterval> day = [new WorkingInterval(start, end)];
        return new WeeklyHours(day, day, day, day, day, day, day);
    }

    /// <summary>Gets one day's intervals (an empty list for a day left out).</summary>
    /// <param name="day">The day of the week.</param>
    /// <returns>The intervals as written.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The day is not Monday to Sunday.</exception>
    public IReadOnlyList<WorkingInterval> For(IsoDayOfWeek day) => (day switch
    {
        IsoDayOfWeek.Monday => Monday,
        IsoDayOfWeek.Tuesday => Tuesday,
        IsoDayOfWeek.Wednesday => Wednesday,
        IsoDayOfWeek.Thursday => Thursday,
        IsoDayOfWeek.Friday => Friday,
        IsoDayOfWeek.Saturday => Saturday,
        IsoDayOfWeek.Sunday => Sunday,
        _ => throw new ArgumentOutOfRangeException(nameof(day), day, "The day must be Monday to Sunday."),
    }) ?? [];
}
