using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ItilCore.Serialization;
using ItilCore.ServiceLevels;
using NodaTime;
using Xunit;
using static ItilCore.Tests.ServiceLevels.CalendarSamples;

namespace ItilCore.Tests.ServiceLevels;

/// <summary>Validation (every problem, with its JSON path) and the JSON document form.</summary>
public sealed class BusinessCalendarDefinitionTests
{
    private const string Json = """
        {
          "id": "london-desk",
          "name": "London service desk",
          "timeZone": "Europe/London",
          "weeklyHours": {
            "monday": [{ "start": "09:00", "end": "17:00" }],
            "tuesday": [{ "start": "09:00", "end": "17:00" }],
            "wednesday": [{ "start": "09:00", "end": "12:00" }, { "start": "13:00", "end": "17:00" }],
            "thursday": [{ "start": "09:00", "end": "17:00" }],
            "friday": [{ "start": "09:00", "end": "17:00" }, { "start": "22:00", "end": "06:00" }]
          },
          "shifts": [{ "date": "2026-12-24", "hours": [{ "start": "09:00", "end": "12:00" }] }],
          "breaks": [
            { "start": "12:30", "end": "13:00", "days": ["monday", "tuesday"] },
            { "start": "15:00", "end": "16:00", "date": "2026-03-03" }
          ],
          "holidays": [
            { "name": "Company day", "date": "2026-06-12" },
            { "name": "Christmas Day", "month": 12, "day": 25 },
            { "name": "Winter closure", "month": 12, "day": 27, "untilMonth": 1, "untilDay": 2 },
            { "name": "Spring bank holiday", "month": 5, "dayOfWeek": "monday", "occurrence": -1 }
          ],
          "holidaySets": ["uk-bank"]
        }
        """;

    private static readonly Dictionary<HolidaySetId, HolidaySet> Sets = new()
    {
        [new HolidaySetId("uk-bank")] = HolidaySet.Create(new HolidaySetDefinition(new HolidaySetId("uk-bank"), "UK bank holidays", [HolidayDefinition.Yearly("Boxing Day", 12, 26)])),
    };

    [Fact]
    public void FromJson_ReadsEveryPart()
    {
        var calendar = BusinessCalendar.FromJson(Json, Sets);

        Assert.Equal(new CalendarId("london-desk"), calendar.Id);
        Assert.Equal("Europe/London", calendar.Zone.Id);
        Assert.Equal(Duration.FromHours(7), calendar.BusinessTimeBetween(At(2026, 3, 4, 0), At(2026, 3, 5, 0)));
        Assert.Equal(Duration.FromHours(7.5), calendar.BusinessTimeBetween(At(2026, 3, 2, 0), At(2026, 3, 3, 0)));
        Assert.True(calendar.IsOpenAt(At(2026, 3, 7, 5)));
        Assert.Equal(
            ["Christmas Day", "Boxing Day", "Winter closure"],
            calendar.HolidaysBetween(new LocalDate(2026, 12, 24), new LocalDate(2026, 12, 27)).Select(h => h.Name));
        Assert.Equal(new LocalDate(2026, 5, 25), calendar.HolidaysBetween(new LocalDate(2026, 5, 1), new LocalDate(2026, 5, 31)).Single().Date);
    }

    [Fact]
    public void ToJson_RoundTrips()
    {
        var calendar = BusinessCalendar.FromJson(Json, Sets);
        var json = calendar.ToJson();
        var again = BusinessCalendar.FromJson(json, Sets);

        Assert.Equal(json, again.ToJson());
        Assert.Contains("\"dayOfWeek\": \"monday\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"saturday\"", json, StringComparison.Ordinal);
        Assert.Equal(calendar.BusinessTimeBetween(At(2026, 1, 1, 0), At(2027, 1, 1, 0)), again.BusinessTimeBetween(At(2026, 1, 1, 0), At(2027, 1, 1, 0)));
    }

    [Fact]
    public void SaveAndLoad_RoundTripThroughAFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"itilcore-calendar-{Guid.NewGuid():N}.json");
        try
        {
            BusinessCalendar.FromJson(Json, Sets).Save(path);
            Assert.Equal(new CalendarId("london-desk"), BusinessCalendar.Load(path, Sets).Id);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void HolidaySet_JsonRoundTrips()
    {
        var set = Sets[new HolidaySetId("uk-bank")];
        Assert.Equal(set.ToJson(), HolidaySet.FromJson(set.ToJson()).ToJson());
    }

    [Fact]
    public void FromJson_UnknownProperty_IsRejected()
    {
        Assert.Throws<JsonReadException>(() => BusinessCalendar.FromJson(Json.Replace("\"timeZone\"", "\"zone\"", StringComparison.Ordinal), Sets));
    }

    [Fact]
    public void Create_InvalidDefinition_ReportsEveryProblemWithPaths()
    {
        var definition = new BusinessCalendarDefinition(
            default,
            " ",
            "Mars/Olympus_Mons",
            new WeeklyHours(
                Monday: [new("09:00", "17:00"), new("16:00", "18:00")],
                Tuesday: [new("10:00", "10:00"), new("25:00", "9")],
                Sunday: [new("22:00", "06:00")]),
            Shifts:
            [
                new CalendarShift(new LocalDate(2026, 3, 3), [new("20:00", "24:00")]),
                new CalendarShift(new LocalDate(2026, 3, 3), []),
            ],
            Breaks: [new CalendarBreak("13:00", "12:00"), new CalendarBreak("12:00", "13:00", new LocalDate(2026, 3, 3), [IsoDayOfWeek.Monday])],
            Holidays:
            [
                new HolidayDefinition("Nothing"),
                HolidayDefinition.Yearly("Bad", 2, 30),
                HolidayDefinition.NthWeekday("Sixth", 11, IsoDayOfWeek.Thursday, 6),
                HolidayDefinition.DateRange("Backwards", new LocalDate(2026, 5, 5), new LocalDate(2026, 5, 1)),
            ],
            HolidaySets: [new HolidaySetId("missing")]);

        var e = Assert.Throws<InvalidDefinitionException>(() => BusinessCalendar.Create(definition));

        Assert.Equal("business calendar", e.Definition);
        var paths = e.Problems.Select(p => p.Path).ToArray();
        Assert.Equal(
            [
                "$.id",
                "$.name",
                "$.timeZone",
                "$.weeklyHours.tuesday[0]",
                "$.weeklyHours.tuesday[1].start",
                "$.weeklyHours.tuesday[1].end",
                "$.weeklyHours.monday[1]",
                "$.shifts[1].date",
                "$.breaks[0].end",
                "$.breaks[1]",
                "$.holidays[0]",
                "$.holidays[1].day",
                "$.holidays[2].occurrence",
                "$.holidays[3].until",
                "$.holidaySets[0]",
            ],
            paths);
        Assert.Contains("overlaps monday[0]", e.Problems[6].Message, StringComparison.Ordinal);
        Assert.Contains("unknown time zone 'Mars/Olympus_Mons'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_OvernightOverlappingNextDay_IsReported()
    {
        var e = Assert.Throws<InvalidDefinitionException>(() => Create(NineToFive() with
        {
            WeeklyHours = new WeeklyHours(Monday: [new("08:00", "12:00")], Sunday: [new("22:00", "09:00")]),
        }));

        var problem = Assert.Single(e.Problems);
        Assert.Equal("$.weeklyHours.sunday[0]", problem.Path);
        Assert.Contains("overlaps monday[0]", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ShiftRunningIntoNextDay_IsReported()
    {
        var e = Assert.Throws<InvalidDefinitionException>(() => Create(NineToFive() with
        {
            Shifts = [new CalendarShift(new LocalDate(2026, 3, 2), [new("20:00", "10:00")])],
        }));

        Assert.Equal("$.shifts[0].hours[0]", Assert.Single(e.Problems).Path);
    }

    [Fact]
    public void Create_NoWorkingTime_IsReported()
    {
        var empty = Assert.Throws<InvalidDefinitionException>(() => Create(NineToFive() with { WeeklyHours = new WeeklyHours() }));
        var allBreaks = Assert.Throws<InvalidDefinitionException>(() => Create(NineToFive() with { Breaks = [new CalendarBreak("00:00", "24:00")] }));

        Assert.Equal("$.weeklyHours", Assert.Single(empty.Problems).Path);
        Assert.Contains("no working time", Assert.Single(allBreaks.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HolidaySet_Invalid_ReportsEveryProblem()
    {
        var e = Assert.Throws<InvalidDefinitionException>(() => HolidaySet.Create(new HolidaySetDefinition(
            default,
            "",
            [HolidayDefinition.Yearly("", 13, 1), new HolidayDefinition("Mixed", Date: new LocalDate(2026, 1, 1), Month: 1)])));

        Assert.Equal(["$.id", "$.name", "$.holidays[0].name", "$.holidays[0].month", "$.holidays[1]"], e.Problems.Select(p => p.Path));
    }
}
