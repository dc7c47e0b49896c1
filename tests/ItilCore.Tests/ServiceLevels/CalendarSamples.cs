using System.Collections.Generic;
using ItilCore.ServiceLevels;
using NodaTime;

namespace ItilCore.Tests.ServiceLevels;

internal static class CalendarSamples
{
    public static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    public static BusinessCalendarDefinition NineToFive(string zone = "Europe/London", IReadOnlyList<HolidayDefinition>? holidays = null)
        => new(new CalendarId("london-desk"), "London service desk", zone, WeeklyHours.MondayToFriday("09:00", "17:00"), Holidays: holidays);

    public static BusinessCalendar Create(BusinessCalendarDefinition definition) => BusinessCalendar.Create(definition);

    /// <summary>A local time in London as an instant (tests use unambiguous times).</summary>
    public static Instant At(int year, int month, int day, int hour, int minute = 0, DateTimeZone? zone = null)
        => new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(zone ?? London).ToInstant();
}
