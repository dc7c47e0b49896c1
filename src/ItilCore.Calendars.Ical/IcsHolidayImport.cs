using System;
using System.Collections.Generic;
using System.Linq;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Evaluation;
using ItilCore.ServiceLevels;
using NodaTime;

namespace ItilCore.Calendars.Ical;

/// <summary>
/// Imports holidays from iCalendar (.ics) text, as Jira Service Management and Zammad do: every all-day VEVENT that
/// occurs between two dates becomes a one-off <see cref="HolidayDefinition"/> named by its SUMMARY, with recurring
/// events (RRULE, RDATE, EXDATE, RECURRENCE-ID overrides) expanded. An event timed from a midnight to a later midnight on
/// its own clock (its TZID's, floating, or UTC for a time written with Z: those dates are UTC dates) counts as all-day
/// (Exchange and Outlook export all-day events so). Other events with a time of day are
/// not holidays and are skipped, and so are cancelled events and occurrences (STATUS:CANCELLED).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class IcsHolidayImport
{
    /// <summary>The name given to an event without a SUMMARY.</summary>
    public const string DefaultName = "Holiday";

    /// <summary>
    /// Reads the holidays that fall from <paramref name="from"/> to <paramref name="to"/> (both included; this is the horizon
    /// recurring events are expanded within), in date order. A multi-day event becomes one holiday with
    /// <see cref="HolidayDefinition.Until"/> set (DTEND is exclusive in iCalendar, so an event from 24 to 27 December ends on
    /// the 26th), kept whole when it begins before <paramref name="from"/> or ends after <paramref name="to"/>.
    /// </summary>
    /// <param name="icsText">The iCalendar text.</param>
    /// <param name="from">The first date.</param>
    /// <param name="to">The last date; not before <paramref name="from"/>.</param>
    /// <returns>The holidays, ready for <see cref="BusinessCalendarDefinition.Holidays"/> or <see cref="HolidaySetDefinition.Holidays"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="icsText"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    /// <exception cref="FormatException">The text is not iCalendar, or an event in it cannot be read (a DTSTART, DTEND, DURATION,
    /// RECURRENCE-ID, EXDATE or RDATE written but unreadable) or expanded (an end before its start, a recurrence rule with no
    /// occurrence from <paramref name="from"/> on and no end); the message names the event.</exception>
    public static IReadOnlyList<HolidayDefinition> FromIcs(string icsText, LocalDate from, LocalDate to)
    {
        ArgumentNullException.ThrowIfNull(icsText);
        if (to < from)
        {
            throw new ArgumentException($"The last date {to} is before the first date {from}.", nameof(to));
        }

        // A stream may hold several VCALENDAR objects (RFC 5545, 3.4): every one is read.
        CalendarCollection calendars;
        try
        {
            // A byte order mark is left in the text when it was decoded without detecting one; Ical.Net reads it as part of the first line.
            calendars = CalendarCollection.Load(icsText.StartsWith('\uFEFF') ? icsText[1..] : icsText);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new FormatException($"The text is not valid iCalendar: {e.Message}", e);
        }

        if (calendars.Count == 0)
        {
            throw new FormatException("The text holds no VCALENDAR.");
        }

        var start = new CalDateTime(from.Year, from.Month, from.Day);
        var endExclusive = to.PlusDays(1);
        var end = new CalDateTime(endExclusive.Year, endExclusive.Month, endExclusive.Day);
        var holidays = new List<HolidayDefinition>();
        foreach (var calendar in calendars)
        {
            foreach (var calendarEvent in calendar.Events)
            {
                if (Unreadable(calendarEvent) is { } property)
                {
                    throw new FormatException($"The event {Describe(calendarEvent)} has an unreadable {property}.");
                }
            }

            // Occurrences are computed lazily, so a malformed event (a date-only start with a timed end or a duration in
            // hours, an end before its start) fails only here.
            try
            {
                Collect(calendar, start, end, from, to, holidays);
            }
            catch (Exception e) when (IsExpansionError(e))
            {
                // The calendar's occurrences are computed together (an override replaces an occurrence of another VEVENT), so the
                // event at fault is found by expanding each alone.
                var culprit = calendar.Events.FirstOrDefault(calendarEvent => !CanExpand(calendarEvent, start, end));
                var what = culprit is null ? "The iCalendar events" : $"The event {Describe(culprit)}";
                var why = e is EvaluationOutOfRangeException ? $"its recurrence rule (RRULE) has no occurrence from {from} on and no end" : e.Message;
                throw new FormatException($"{what} cannot be expanded: {why}", e);
            }
        }

        return holidays.OrderBy(h => h.Date).ThenBy(h => h.Name, StringComparer.Ordinal).ToArray();
    }

    private static void Collect(Calendar calendar, CalDateTime start, CalDateTime end, LocalDate from, LocalDate to, List<HolidayDefinition> holidays)
    {
        foreach (var occurrence in calendar.GetOccurrences<CalendarEvent>(start).TakeWhileBefore(end))
        {
            // A cancelled event, or an override (RECURRENCE-ID) cancelling one occurrence, is not a day off (RFC 5545, 3.8.1.11).
            if (occurrence.Source is not CalendarEvent calendarEvent
                || !IsWholeDays(calendarEvent, occurrence.Period)
                || string.Equals(calendarEvent.Status, EventStatus.Cancelled, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var date = ToLocalDate(occurrence.Period.StartTime);
            var last = date;
            if (occurrence.Period.EffectiveEndTime is { } periodEnd && ToLocalDate(periodEnd).PlusDays(-1) > date)
            {
                last = ToLocalDate(periodEnd).PlusDays(-1);
            }

            // A holiday is taken whole when any of its days falls in the range, at either end.
            if (last < from || date > to)
            {
                continue;
            }

            var name = string.IsNullOrWhiteSpace(calendarEvent.Summary) ? DefaultName : calendarEvent.Summary.Trim();
            holidays.Add(last == date ? HolidayDefinition.OnDate(name, date) : HolidayDefinition.DateRange(name, date, last));
        }
    }

    // A day off: an all-day event (DTSTART;VALUE=DATE), or a timed one from a midnight to a later midnight on its own clock,
    // as Exchange and Outlook export all-day events (with X-MICROSOFT-CDO-ALLDAYEVENT:TRUE). Any other time of day is a
    // meeting, not a holiday.
    private static bool IsWholeDays(CalendarEvent calendarEvent, global::Ical.Net.DataTypes.Period period)
    {
        if (!period.StartTime.HasTime)
        {
            return calendarEvent.IsAllDay;
        }

        return period.EffectiveEndTime is { HasTime: true } end
            && period.StartTime.Value.TimeOfDay == TimeSpan.Zero
            && end.Value.TimeOfDay == TimeSpan.Zero
            && end.Value.Date > period.StartTime.Value.Date;
    }

    // Ical.Net drops a date or duration it cannot read, keeping the property with no value: the event would lose its start
    // (vanishing, so its day would count as working), its end (a multi-day holiday cut to one day), or a date it excludes or
    // adds. (An event with no DTSTART at all is allowed where a METHOD is given, RFC 5545 3.6.1; it has no day and is skipped.)
    private static string? Unreadable(CalendarEvent calendarEvent)
    {
        foreach (var property in calendarEvent.Properties)
        {
            var unread = property.Name switch
            {
                "DTSTART" or "DTEND" or "DURATION" or "RECURRENCE-ID" => property.Value is null,
                "EXDATE" or "RDATE" => property.Value is not ICollection<global::Ical.Net.DataTypes.Period> { Count: > 0 },
                _ => false,
            };
            if (unread)
            {
                return property.Name;
            }
        }

        return null;
    }

    private static bool CanExpand(CalendarEvent calendarEvent, CalDateTime start, CalDateTime end)
    {
        try
        {
            return calendarEvent.GetOccurrences(start).TakeWhileBefore(end).All(_ => true);
        }
        catch (Exception e) when (IsExpansionError(e))
        {
            return false;
        }
    }

    private static bool IsExpansionError(Exception e)
        => e is ArgumentException or InvalidOperationException or FormatException or OverflowException or EvaluationException;

    private static string Describe(CalendarEvent e)
        => string.IsNullOrWhiteSpace(e.Summary) ? $"'{e.Uid}'" : $"'{e.Summary.Trim()}' ({e.Uid})";

    /// <summary>Reads the holidays of an .ics text into a holiday set that calendars can share.</summary>
    /// <param name="id">The set's id.</param>
    /// <param name="name">The set's name.</param>
    /// <param name="icsText">The iCalendar text.</param>
    /// <param name="from">The first date.</param>
    /// <param name="to">The last date.</param>
    /// <returns>The holiday set.</returns>
    /// <exception cref="InvalidDefinitionException">The set is invalid (for example, an empty name).</exception>
    public static HolidaySet ToHolidaySet(HolidaySetId id, string name, string icsText, LocalDate from, LocalDate to)
        => HolidaySet.Create(new HolidaySetDefinition(id, name, FromIcs(icsText, from, to)));

    private static LocalDate ToLocalDate(CalDateTime value) => LocalDate.FromDateTime(value.Value);
}
