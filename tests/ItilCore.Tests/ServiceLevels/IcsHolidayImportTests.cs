using System;
using System.Linq;
using ItilCore.Calendars.Ical;
using ItilCore.ServiceLevels;
using NodaTime;
using Xunit;
using static ItilCore.Tests.ServiceLevels.CalendarSamples;

namespace ItilCore.Tests.ServiceLevels;

public sealed class IcsHolidayImportTests
{
    private const string Ics = """
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//ItilCore//Tests//EN
        BEGIN:VEVENT
        UID:christmas@example.test
        DTSTAMP:20250101T000000Z
        DTSTART;VALUE=DATE:20201225
        DTEND;VALUE=DATE:20201226
        RRULE:FREQ=YEARLY
        SUMMARY:Christmas Day
        END:VEVENT
        BEGIN:VEVENT
        UID:closure@example.test
        DTSTAMP:20250101T000000Z
        DTSTART;VALUE=DATE:20261228
        DTEND;VALUE=DATE:20261231
        SUMMARY:Office closed
        END:VEVENT
        BEGIN:VEVENT
        UID:meeting@example.test
        DTSTAMP:20250101T000000Z
        DTSTART:20261215T100000Z
        DTEND:20261215T110000Z
        SUMMARY:Team meeting
        END:VEVENT
        BEGIN:VEVENT
        UID:noname@example.test
        DTSTAMP:20250101T000000Z
        DTSTART;VALUE=DATE:20270104
        END:VEVENT
        END:VCALENDAR
        """;

    // One VCALENDAR around its components (VEVENTs, a VTIMEZONE, a METHOD line), lines ended with CRLF as RFC 5545 asks.
    private static string Calendar(params string[] components) => "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//ItilCore//Tests//EN\r\n" + string.Concat(components) + "END:VCALENDAR\r\n";

    private static string Event(string uid, params string[] lines) => Component("VEVENT", [$"UID:{uid}", "DTSTAMP:20250101T000000Z", .. lines]);

    private static string Component(string name, string[] lines) => $"BEGIN:{name}\r\n" + string.Concat(lines.Select(l => l + "\r\n")) + $"END:{name}\r\n";

    [Fact]
    public void FromIcs_ExpandsYearlyRuleAndKeepsAllDayEventsOnly()
    {
        var holidays = IcsHolidayImport.FromIcs(Ics, new LocalDate(2025, 1, 1), new LocalDate(2027, 1, 31));

        Assert.Equal(
            [
                HolidayDefinition.OnDate("Christmas Day", new LocalDate(2025, 12, 25)),
                HolidayDefinition.OnDate("Christmas Day", new LocalDate(2026, 12, 25)),
                HolidayDefinition.DateRange("Office closed", new LocalDate(2026, 12, 28), new LocalDate(2026, 12, 30)),
                HolidayDefinition.OnDate(IcsHolidayImport.DefaultName, new LocalDate(2027, 1, 4)),
            ],
            holidays);
    }

    [Fact]
    public void ToHolidaySet_IsUsableByACalendar()
    {
        var set = IcsHolidayImport.ToHolidaySet(new HolidaySetId("ics"), "Imported", Ics, new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));
        var calendar = BusinessCalendar.Create(NineToFive() with { HolidaySets = [set.Id] }, new System.Collections.Generic.Dictionary<HolidaySetId, HolidaySet> { [set.Id] = set });

        Assert.False(calendar.IsOpenAt(At(2026, 12, 25, 10)));
        Assert.False(calendar.IsOpenAt(At(2026, 12, 29, 10)));
        Assert.True(calendar.IsOpenAt(At(2026, 12, 31, 10)));
        Assert.Equal(["Christmas Day", "Office closed", "Office closed", "Office closed"], calendar.HolidaysBetween(new LocalDate(2026, 12, 1), new LocalDate(2026, 12, 31)).Select(h => h.Name));
    }

    [Fact]
    public void FromIcs_Misuse_Throws()
    {
        Assert.Equal("to", Assert.Throws<ArgumentException>(() => IcsHolidayImport.FromIcs(Ics, new LocalDate(2026, 2, 1), new LocalDate(2026, 1, 1))).ParamName);
        Assert.Throws<ArgumentNullException>(() => IcsHolidayImport.FromIcs(null!, new LocalDate(2026, 1, 1), new LocalDate(2026, 2, 1)));
    }

    [Fact]
    public void FromIcs_SeveralCalendarsInOneStream_ReadsThemAll()
    {
        const string second = """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//ItilCore//Tests//EN
            BEGIN:VEVENT
            UID:boxing@example.test
            DTSTAMP:20250101T000000Z
            DTSTART;VALUE=DATE:20261226
            DTEND;VALUE=DATE:20261227
            SUMMARY:Boxing Day
            END:VEVENT
            END:VCALENDAR
            """;

        var holidays = IcsHolidayImport.FromIcs(Ics + "\n" + second, new LocalDate(2026, 12, 20), new LocalDate(2026, 12, 27));

        Assert.Equal(["Christmas Day", "Boxing Day"], holidays.Select(h => h.Name));
    }

    [Theory]
    [InlineData("DTSTART;VALUE=DATE:20261225\nDURATION:PT24H")]
    [InlineData("DTSTART;VALUE=DATE:20261225\nDTEND:20261226T000000Z")]
    [InlineData("DTSTART;VALUE=DATE:2026-12-25\nDTEND;VALUE=DATE:20261226")]
    [InlineData("DTSTART;VALUE=DATE:20261224\nDTEND;VALUE=DATE:2026-12-27")]
    [InlineData("DTSTART;VALUE=DATE:20261224\nDURATION:3 days")]
    [InlineData("DTSTART;VALUE=DATE:20241225\nRRULE:FREQ=YEARLY\nEXDATE;VALUE=DATE:2026-12-25")]
    [InlineData("DTSTART;VALUE=DATE:20261225\nRDATE;VALUE=DATE:2026-12-28")]
    [InlineData("DTSTART;VALUE=DATE:20240101\nRRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30")]
    public void FromIcs_AnEventThatCannotBeRead_IsAFormatErrorNamingIt(string dates)
    {
        var ics = Calendar(Event("bad@example.test", [.. dates.Split('\n'), "SUMMARY:Christmas Day"]));

        var error = Assert.Throws<FormatException>(() => IcsHolidayImport.FromIcs(ics, new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)));
        Assert.Contains("'Christmas Day' (bad@example.test)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromIcs_CancelledEventOrOccurrence_IsNotAHoliday()
    {
        // A whole event cancelled, and one occurrence of a yearly event cancelled by an override (RFC 5545, 3.8.1.11 and 3.8.4.4).
        var ics = Calendar(
            Event("jubilee@example.test", "DTSTART;VALUE=DATE:20260603", "STATUS:CANCELLED", "SUMMARY:Jubilee"),
            Event("boxing@example.test", "DTSTART;VALUE=DATE:20241226", "RRULE:FREQ=YEARLY", "SUMMARY:Boxing Day"),
            Event("boxing@example.test", "RECURRENCE-ID;VALUE=DATE:20261226", "DTSTART;VALUE=DATE:20261226", "STATUS:CANCELLED", "SUMMARY:Boxing Day"));

        var holidays = IcsHolidayImport.FromIcs(ics, new LocalDate(2025, 1, 1), new LocalDate(2027, 12, 31));

        Assert.Equal([new LocalDate(2025, 12, 26), new LocalDate(2027, 12, 26)], holidays.Select(h => h.Date));
    }

    [Fact]
    public void FromIcs_TextWithByteOrderMark_IsRead()
    {
        // What a .ics saved by Windows tools starts with; File.ReadAllText removes it, Encoding.UTF8.GetString of the bytes keeps it.
        var holidays = IcsHolidayImport.FromIcs("\uFEFF" + Ics, new LocalDate(2026, 12, 1), new LocalDate(2026, 12, 31));

        Assert.Equal(["Christmas Day", "Office closed"], holidays.Select(h => h.Name));
    }

    [Fact]
    public void FromIcs_TimedFromMidnightToMidnight_IsAllDay_AsOutlookExportsIt()
    {
        // Exchange writes all-day events as timed ones from midnight to midnight in the organizer's zone; a morning off is
        // not a holiday, nor is an event ending at midnight on the day it starts.
        var ics = Calendar(
            Event("xmas@example.test", "DTSTART;TZID=Europe/Berlin:20261224T000000", "DTEND;TZID=Europe/Berlin:20261227T000000", "SUMMARY:Weihnachten", "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE"),
            Event("day@example.test", "DTSTART:20261231T000000", "DTEND:20270101T000000", "SUMMARY:Silvester"),
            Event("morning@example.test", "DTSTART;TZID=Europe/Berlin:20261230T000000", "DTEND;TZID=Europe/Berlin:20261230T120000", "SUMMARY:Morning off"));

        var holidays = IcsHolidayImport.FromIcs(ics, new LocalDate(2026, 12, 1), new LocalDate(2026, 12, 31));

        Assert.Equal(
            [
                HolidayDefinition.DateRange("Weihnachten", new LocalDate(2026, 12, 24), new LocalDate(2026, 12, 26)),
                HolidayDefinition.OnDate("Silvester", new LocalDate(2026, 12, 31)),
            ],
            holidays);
    }

    [Fact]
    public void FromIcs_TimedFromMidnightToMidnightOnADaylightSavingChange_IsAllDay()
    {
        // On its own clock the day is midnight to midnight, whatever its length: 23 hours when Berlin springs forward
        // (29 March 2026), 25 when it falls back (25 October 2026); also as a yearly event, and over several days.
        var ics = Calendar(
            Event("spring@example.test", "DTSTART;TZID=Europe/Berlin:20260329T000000", "DTEND;TZID=Europe/Berlin:20260330T000000", "SUMMARY:Spring day"),
            Event("autumn@example.test", "DTSTART;TZID=Europe/Berlin:20251025T000000", "DTEND;TZID=Europe/Berlin:20251027T000000", "RRULE:FREQ=YEARLY", "SUMMARY:Autumn days"));

        var holidays = IcsHolidayImport.FromIcs(ics, new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));

        Assert.Equal(
            [
                HolidayDefinition.OnDate("Spring day", new LocalDate(2026, 3, 29)),
                HolidayDefinition.DateRange("Autumn days", new LocalDate(2026, 10, 25), new LocalDate(2026, 10, 26)),
            ],
            holidays);
    }

    [Fact]
    public void FromIcs_ReadableExdateAndRdate_AreApplied()
    {
        var ics = Calendar(
            Event("a@example.test", "DTSTART;VALUE=DATE:20241225", "RRULE:FREQ=YEARLY", "EXDATE;VALUE=DATE:20261225,20271225", "RDATE;VALUE=DATE:20261228", "SUMMARY:Xmas"),
            Event("b@example.test", "DTSTART;TZID=Europe/Berlin:20250501T000000", "DTEND;TZID=Europe/Berlin:20250502T000000", "RRULE:FREQ=YEARLY", "EXDATE;TZID=Europe/Berlin:20260501T000000", "SUMMARY:May Day"));

        var holidays = IcsHolidayImport.FromIcs(ics, new LocalDate(2026, 1, 1), new LocalDate(2027, 12, 31));

        Assert.Equal(
            [
                HolidayDefinition.OnDate("Xmas", new LocalDate(2026, 12, 28)),
                HolidayDefinition.OnDate("May Day", new LocalDate(2027, 5, 1)),
            ],
            holidays);
    }

    [Fact]
    public void FromIcs_RecurringMultiDayEventWhoseOccurrenceBeginsBeforeTheFirstDate_IsKeptWhole()
    {
        var ics = Calendar(
            Event("ny@example.test", "DTSTART;VALUE=DATE:20201231", "DTEND;VALUE=DATE:20210103", "RRULE:FREQ=YEARLY", "SUMMARY:New Year closure"),
            Event("ot@example.test", "DTSTART;TZID=Europe/Berlin:20201231T000000", "DTEND;TZID=Europe/Berlin:20210102T000000", "RRULE:FREQ=YEARLY", "SUMMARY:Outlook closure"));

        var holidays = IcsHolidayImport.FromIcs(ics, new LocalDate(2026, 1, 1), new LocalDate(2026, 6, 30));

        Assert.Equal(
            [
                HolidayDefinition.DateRange("New Year closure", new LocalDate(2025, 12, 31), new LocalDate(2026, 1, 2)),
                HolidayDefinition.DateRange("Outlook closure", new LocalDate(2025, 12, 31), new LocalDate(2026, 1, 1)),
            ],
            holidays);
    }

    [Fact]
    public void FromIcs_TimedFromMidnightToMidnightInAWindowsZone_IsAllDay()
    {
        // Outlook names its zone the Windows way and describes it in a VTIMEZONE.
        const string zone = "TZID=W. Europe Standard Time";
        var ics = Calendar(
            Component("VTIMEZONE",
            [
                "TZID:W. Europe Standard Time",
                "BEGIN:STANDARD", "DTSTART:16011028T030000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
                "BEGIN:DAYLIGHT", "DTSTART:16010325T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT",
            ]),
            Event("spring@example.test", $"DTSTART;{zone}:20260329T000000", $"DTEND;{zone}:20260330T000000", "SUMMARY:Spring day", "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE"),
            Event("xmas@example.test", $"DTSTART;{zone}:20261224T000000", $"DTEND;{zone}:20261227T000000", "SUMMARY:Weihnachten", "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE"));

        var holidays = IcsHolidayImport.FromIcs(ics, new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));

        Assert.Equal(
            [
                HolidayDefinition.OnDate("Spring day", new LocalDate(2026, 3, 29)),
                HolidayDefinition.DateRange("Weihnachten", new LocalDate(2026, 12, 24), new LocalDate(2026, 12, 26)),
            ],
            holidays);
    }

    [Fact]
    public void FromIcs_MultiDayEventBeginningBeforeTheFirstDate_IsKeptWhole()
    {
        // Importing 2026 must not make 1 and 2 January working days because the closure began on 31 December; an event
        // running past the last date is kept whole too.
        var ics = Calendar(
            Event("ny@example.test", "DTSTART;VALUE=DATE:20251231", "DTEND;VALUE=DATE:20260103", "SUMMARY:New Year closure"),
            Event("before@example.test", "DTSTART;VALUE=DATE:20251229", "DTEND;VALUE=DATE:20251231", "SUMMARY:Ended before"));

        var holidays = IcsHolidayImport.FromIcs(ics, new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));

        Assert.Equal([HolidayDefinition.DateRange("New Year closure", new LocalDate(2025, 12, 31), new LocalDate(2026, 1, 2))], holidays);
    }

    [Fact]
    public void FromIcs_AnEventWithNoStartAtAll_IsSkipped()
    {
        // Allowed where the calendar gives a METHOD (RFC 5545, 3.6.1); such an event has no day to take.
        var ics = Calendar(
            "METHOD:PUBLISH\r\n",
            Event("nostart@example.test", "SUMMARY:Someday"),
            Event("xmas@example.test", "DTSTART;VALUE=DATE:20261225", "DTEND;VALUE=DATE:20261226", "SUMMARY:Christmas Day"));

        Assert.Equal(["Christmas Day"], IcsHolidayImport.FromIcs(ics, new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)).Select(h => h.Name));
    }
}
