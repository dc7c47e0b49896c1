using System;
using System.Linq;
using ItilCore.ServiceLevels;
using NodaTime;
using Xunit;
using static ItilCore.Tests.ServiceLevels.CalendarSamples;

namespace ItilCore.Tests.ServiceLevels;

/// <summary>The classic traps of business-time arithmetic, on Monday–Friday 09:00–17:00 in Europe/London unless said otherwise (2026-03-02 is a Monday).</summary>
public sealed class BusinessCalendarTests
{
    private static readonly BusinessCalendar Desk = Create(NineToFive());

    [Fact]
    public void Add_TicketOpenedAfterHours_StartsCountingAtNextOpening()
    {
        Assert.Equal(At(2026, 3, 3, 17), Desk.Add(At(2026, 3, 2, 18, 30), Duration.FromHours(8)));
        Assert.Equal(Duration.FromHours(1), Desk.BusinessTimeBetween(At(2026, 3, 2, 18, 30), At(2026, 3, 3, 10)));
    }

    [Fact]
    public void Add_FridayAfternoonFourHours_EndsMondayNoon()
    {
        Assert.Equal(At(2026, 3, 9, 12), Desk.Add(At(2026, 3, 6, 16), Duration.FromHours(4)));
        Assert.Equal(At(2026, 3, 6, 16), Desk.Subtract(At(2026, 3, 9, 12), Duration.FromHours(4)));
    }

    [Fact]
    public void Add_HolidayOnMonday_SkipsIt()
    {
        var calendar = Create(NineToFive(holidays: [HolidayDefinition.OnDate("Bank holiday", new LocalDate(2026, 3, 9))]));

        Assert.Equal(At(2026, 3, 10, 12), calendar.Add(At(2026, 3, 6, 16), Duration.FromHours(4)));
        Assert.False(calendar.IsOpenAt(At(2026, 3, 9, 10)));
        Assert.Equal([new CalendarHoliday(new LocalDate(2026, 3, 9), "Bank holiday")], calendar.HolidaysBetween(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31)));
    }

    [Fact]
    public void Add_EndsExactlyAtClose_ReturnsTheClose_AndZeroGivesNextOpen()
    {
        Assert.Equal(At(2026, 3, 6, 17), Desk.Add(At(2026, 3, 6, 16), Duration.FromHours(1)));
        Assert.Equal(At(2026, 3, 9, 9), Desk.Add(At(2026, 3, 6, 17), Duration.Zero));
        Assert.Equal(At(2026, 3, 6, 16), Desk.Add(At(2026, 3, 6, 16), Duration.Zero));
        Assert.Equal(At(2026, 3, 9, 9), Desk.Subtract(At(2026, 3, 9, 10), Duration.FromHours(1)));
        Assert.Equal(At(2026, 3, 6, 17), Desk.Subtract(At(2026, 3, 9, 9), Duration.Zero));
    }

    [Fact]
    public void IsOpenAt_IsHalfOpen()
    {
        Assert.True(Desk.IsOpenAt(At(2026, 3, 2, 9)));
        Assert.False(Desk.IsOpenAt(At(2026, 3, 2, 17)));
        Assert.False(Desk.IsOpenAt(At(2026, 3, 2, 9) - Duration.Epsilon));
        Assert.Equal(At(2026, 3, 2, 17), Desk.PreviousClose(At(2026, 3, 2, 17)));
        Assert.Equal(At(2026, 3, 2, 17), Desk.PreviousClose(At(2026, 3, 3, 8)));
        Assert.Equal(At(2026, 3, 3, 9), Desk.NextOpen(At(2026, 3, 2, 17)));
    }

    [Theory]
    [InlineData(2026, 3, 29, 23)]
    [InlineData(2026, 10, 25, 25)]
    [InlineData(2026, 3, 28, 24)]
    public void BusinessTimeBetween_WholeDayCalendarOnDstDays_Is23Or25Hours(int year, int month, int day, int hours)
    {
        var calendar = Create(NineToFive() with { WeeklyHours = WeeklyHours.EveryDay("00:00", "24:00") });
        var date = new LocalDate(year, month, day);

        Assert.Equal(Duration.FromHours(hours), calendar.BusinessTimeBetween(London.AtStartOfDay(date).ToInstant(), London.AtStartOfDay(date.PlusDays(1)).ToInstant()));
    }

    [Theory]
    [InlineData(2026, 3, 29)]
    [InlineData(2026, 10, 25)]
    public void BusinessTimeBetween_NineToFiveOnDstDays_IsEightHours(int year, int month, int day)
    {
        var calendar = Create(NineToFive() with { WeeklyHours = WeeklyHours.EveryDay("09:00", "17:00") });
        var date = new LocalDate(year, month, day);

        Assert.Equal(Duration.FromHours(8), calendar.BusinessTimeBetween(London.AtStartOfDay(date).ToInstant(), London.AtStartOfDay(date.PlusDays(1)).ToInstant()));
        Assert.Equal(At(year, month, day, 17), calendar.Add(At(year, month, day, 9), Duration.FromHours(8)));
    }

    [Fact]
    public void IntervalEndingInGap_EndsWhenTheGapEnds_AndOverlapStartsAtFirstOccurrence()
    {
        // London 2026-03-29: 01:00 GMT jumps to 02:00 BST. 2026-10-25: 02:00 BST falls back to 01:00 GMT.
        var spring = Create(NineToFive() with { WeeklyHours = new WeeklyHours(Sunday: [new("00:30", "01:30")]) });
        var autumn = Create(NineToFive() with { WeeklyHours = new WeeklyHours(Sunday: [new("01:30", "03:00")]) });

        Assert.Equal(Duration.FromMinutes(30), spring.BusinessTimeBetween(At(2026, 3, 29, 0), At(2026, 3, 30, 0)));
        Assert.Equal(Duration.FromMinutes(150), autumn.BusinessTimeBetween(At(2026, 10, 25, 0), At(2026, 10, 26, 0)));
        Assert.Equal(Instant.FromUtc(2026, 10, 25, 0, 30), autumn.NextOpen(At(2026, 10, 25, 0)));
    }

    [Theory]
    [InlineData("America/Santiago", 23.0, 25.0)]
    [InlineData("Australia/Lord_Howe", 23.5, 24.5)]
    public void BusinessTimeBetween_MidnightAndHalfHourTransitions_FollowTheWallClock(string zoneId, double shortDay, double longDay)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var calendar = Create(NineToFive(zoneId) with { WeeklyHours = WeeklyHours.EveryDay("00:00", "24:00") });
        var nineToFive = Create(NineToFive(zoneId) with { WeeklyHours = WeeklyHours.EveryDay("09:00", "17:00") });
        var lengths = zone.GetZoneIntervals(Instant.FromUtc(2026, 1, 1, 0, 0), Instant.FromUtc(2027, 1, 1, 0, 0))
            .Skip(1)
            .Select(i => i.Start.InZone(zone).Date)
            .Select(date =>
            {
                var from = zone.AtStartOfDay(date).ToInstant();
                var to = zone.AtStartOfDay(date.PlusDays(1)).ToInstant();
                Assert.Equal(Duration.FromHours(8), nineToFive.BusinessTimeBetween(from, to));
                Assert.True(calendar.IsOpenAt(from));
                return calendar.BusinessTimeBetween(from, to).TotalHours;
            })
            .OrderBy(h => h)
            .ToArray();

        Assert.Equal([shortDay, longDay], lengths);
    }

    [Fact]
    public void Santiago_DayStartingInTheMidnightGap_OpensAtOne()
    {
        // 2026-09-06: midnight does not exist in Santiago; 00:00 becomes 01:00 (-03).
        var zone = DateTimeZoneProviders.Tzdb["America/Santiago"];
        var calendar = Create(NineToFive("America/Santiago") with { WeeklyHours = new WeeklyHours(Sunday: [new("00:00", "02:00")]) });
        var saturdayNoon = At(2026, 9, 5, 12, zone: zone);

        Assert.Equal(new LocalDateTime(2026, 9, 6, 1, 0), calendar.NextOpen(saturdayNoon).InZone(zone).LocalDateTime);
        Assert.Equal(Duration.FromHours(1), calendar.BusinessTimeBetween(saturdayNoon, saturdayNoon + Duration.FromDays(2)));
    }

    [Fact]
    public void Overnight_IntervalBelongsToTheDayItStarts()
    {
        var nights = Create(NineToFive() with { WeeklyHours = WeeklyHours.MondayToFriday("22:00", "06:00") });

        Assert.True(nights.IsOpenAt(At(2026, 3, 7, 5)));
        Assert.False(nights.IsOpenAt(At(2026, 3, 7, 22)));
        Assert.Equal(At(2026, 3, 9, 23), nights.Add(At(2026, 3, 6, 23), Duration.FromHours(8)));
        Assert.Equal(Duration.FromHours(40), nights.BusinessTimeBetween(At(2026, 3, 2, 0), At(2026, 3, 9, 0)));
    }

    [Fact]
    public void Shift_ReplacesTheDaysHours()
    {
        var calendar = Create(NineToFive() with { Shifts = [new CalendarShift(new LocalDate(2026, 3, 4), [new("12:00", "14:00")])] });

        Assert.False(calendar.IsOpenAt(At(2026, 3, 4, 10)));
        Assert.True(calendar.IsOpenAt(At(2026, 3, 4, 12)));
        Assert.Equal(Duration.FromHours(2), calendar.BusinessTimeBetween(At(2026, 3, 4, 0), At(2026, 3, 5, 0)));
    }

    [Fact]
    public void Breaks_WeeklyLunchAndDatedGap_AreNotWorked()
    {
        var calendar = Create(NineToFive() with
        {
            Breaks =
            [
                new CalendarBreak("12:00", "13:00", Days: [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday]),
                new CalendarBreak("15:00", "16:00", Date: new LocalDate(2026, 3, 3)),
            ],
        });

        Assert.Equal(At(2026, 3, 2, 14), calendar.Add(At(2026, 3, 2, 11), Duration.FromHours(2)));
        Assert.Equal(Duration.FromHours(7), calendar.BusinessTimeBetween(At(2026, 3, 2, 0), At(2026, 3, 3, 0)));
        Assert.Equal(Duration.FromHours(6), calendar.BusinessTimeBetween(At(2026, 3, 3, 0), At(2026, 3, 4, 0)));
        Assert.Equal(
            [new Interval(At(2026, 3, 2, 9), At(2026, 3, 2, 12)), new Interval(At(2026, 3, 2, 13), At(2026, 3, 2, 17))],
            calendar.WorkingIntervals(At(2026, 3, 2, 0), At(2026, 3, 3, 0)));
    }

    [Fact]
    public void HolidayRange_WrappingTheNewYear_ClosesEveryDate()
    {
        var calendar = Create(NineToFive(holidays: [HolidayDefinition.YearlyRange("Winter closure", 12, 24, 1, 2)]));

        var dates = calendar.HolidaysBetween(new LocalDate(2026, 12, 20), new LocalDate(2027, 1, 5)).Select(h => h.Date).ToArray();
        Assert.Equal(10, dates.Length);
        Assert.Equal(new LocalDate(2026, 12, 24), dates[0]);
        Assert.Equal(new LocalDate(2027, 1, 2), dates[^1]);
        Assert.Equal(At(2027, 1, 4, 10), calendar.Add(At(2026, 12, 23, 16), Duration.FromHours(2)));
    }

    [Fact]
    public void NthWeekdayHolidays_FourthThursdayLastMondayAndSkippedFifth()
    {
        var calendar = Create(NineToFive("America/New_York", [
            HolidayDefinition.NthWeekday("Thanksgiving", 11, IsoDayOfWeek.Thursday, 4),
            HolidayDefinition.NthWeekday("Memorial Day", 5, IsoDayOfWeek.Monday, HolidayDefinition.Last),
            HolidayDefinition.NthWeekday("Fifth Monday", 2, IsoDayOfWeek.Monday, 5),
            HolidayDefinition.NthWeekday("Fifth Monday", 3, IsoDayOfWeek.Monday, 5),
        ]));

        Assert.Equal(
            [
                new CalendarHoliday(new LocalDate(2026, 3, 30), "Fifth Monday"),
                new CalendarHoliday(new LocalDate(2026, 5, 25), "Memorial Day"),
                new CalendarHoliday(new LocalDate(2026, 11, 26), "Thanksgiving"),
            ],
            calendar.HolidaysBetween(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)));
    }

    [Fact]
    public void HolidaySet_SharedBetweenCalendars()
    {
        var set = HolidaySet.Create(new HolidaySetDefinition(new HolidaySetId("uk-bank"), "UK bank holidays", [HolidayDefinition.Yearly("Christmas Day", 12, 25)]));
        var sets = new System.Collections.Generic.Dictionary<HolidaySetId, HolidaySet> { [set.Id] = set };
        var a = BusinessCalendar.Create(NineToFive() with { HolidaySets = [set.Id] }, sets);
        var b = BusinessCalendar.Create(NineToFive() with { Id = new CalendarId("b"), HolidaySets = [set.Id] }, sets);

        Assert.False(a.IsOpenAt(At(2026, 12, 25, 10)));
        Assert.False(b.IsOpenAt(At(2026, 12, 25, 10)));
        Assert.Equal("Christmas Day", Assert.Single(b.HolidaysBetween(new LocalDate(2026, 12, 1), new LocalDate(2026, 12, 31))).Name);
    }

    [Fact]
    public void HolidayGivenByTheCalendarAndItsSet_IsListedOnce()
    {
        var set = HolidaySet.Create(new HolidaySetDefinition(new HolidaySetId("uk-bank"), "UK bank holidays", [HolidayDefinition.Yearly("Christmas Day", 12, 25)]));
        var sets = new System.Collections.Generic.Dictionary<HolidaySetId, HolidaySet> { [set.Id] = set };
        var calendar = BusinessCalendar.Create(NineToFive(holidays: [HolidayDefinition.Yearly("Christmas Day", 12, 25), HolidayDefinition.Yearly("Office party", 12, 25)]) with { HolidaySets = [set.Id] }, sets);

        Assert.Equal(["Christmas Day", "Office party"], calendar.HolidaysBetween(new LocalDate(2026, 12, 24), new LocalDate(2026, 12, 26)).Select(h => h.Name));
    }

    [Fact]
    public void AlwaysOpen_CountsEveryInstant()
    {
        var always = BusinessCalendar.AlwaysOpen(London);

        Assert.Equal(Duration.FromDays(400), always.BusinessTimeBetween(At(2026, 1, 1, 0), At(2026, 1, 1, 0) + Duration.FromDays(400)));
        Assert.Equal(At(2026, 3, 7, 10), always.Add(At(2026, 3, 6, 10), Duration.FromHours(24)));
        Assert.Single(always.WorkingIntervals(At(2025, 6, 1, 0), At(2027, 6, 1, 0)));
    }

    [Fact]
    public void IntersectAndUnion_CombineWorkingTime_InTheFirstZone()
    {
        var early = Create(NineToFive() with { Id = new CalendarId("early"), WeeklyHours = WeeklyHours.MondayToFriday("07:00", "12:00") });
        var both = BusinessCalendar.Intersect(Desk, early);
        var either = BusinessCalendar.Union(Desk, early);

        Assert.Equal(Duration.FromHours(3), both.BusinessTimeBetween(At(2026, 3, 2, 0), At(2026, 3, 3, 0)));
        Assert.Equal(Duration.FromHours(10), either.BusinessTimeBetween(At(2026, 3, 2, 0), At(2026, 3, 3, 0)));
        Assert.Equal(London, both.Zone);
        Assert.True(both.IsCombined);
        Assert.Throws<InvalidOperationException>(() => both.ToDefinition());
    }

    [Fact]
    public void InZone_OfAFollowTheSunUnion_MovesOnlyThePartsOnItsOwnClock()
    {
        // London and Sydney desks, 09:00–17:00 each: 16 hours a day in winter. Asked for in Lisbon (London's clock) or in
        // London itself, the union keeps Sydney's desk on Sydney's clock.
        var sydney = Create(NineToFive("Australia/Sydney") with { Id = new CalendarId("sydney") });
        var union = BusinessCalendar.Union(Desk, sydney);
        var lisbon = DateTimeZoneProviders.Tzdb["Europe/Lisbon"];
        var day = (At(2026, 1, 12, 0), At(2026, 1, 13, 0));

        Assert.Equal(Duration.FromHours(16), union.BusinessTimeBetween(day.Item1, day.Item2));
        Assert.Equal(Duration.FromHours(16), union.InZone(lisbon).BusinessTimeBetween(day.Item1, day.Item2));
        Assert.Equal(Duration.FromHours(16), union.InZone(lisbon).InZone(London).BusinessTimeBetween(day.Item1, day.Item2));
    }

    [Fact]
    public void HolidaysBetween_OfAnIntersectionWhosePartsShareAHoliday_ListsItOnce()
    {
        var christmas = new[] { HolidayDefinition.OnDate("Christmas Day", new LocalDate(2026, 12, 25)) };
        var desk = Create(NineToFive(holidays: christmas));
        var early = Create(NineToFive(holidays: christmas) with { Id = new CalendarId("early"), WeeklyHours = WeeklyHours.MondayToFriday("07:00", "12:00") });

        var both = BusinessCalendar.Intersect(desk, early);

        Assert.Single(both.HolidaysBetween(new LocalDate(2026, 12, 20), new LocalDate(2026, 12, 31)));
    }

    [Fact]
    public void InZone_KeepsWallClockRules()
    {
        var newYork = DateTimeZoneProviders.Tzdb["America/New_York"];
        var moved = Desk.InZone(newYork);

        Assert.Equal(newYork, moved.Zone);
        Assert.Equal("America/New_York", moved.ToDefinition().TimeZone);
        Assert.True(moved.IsOpenAt(At(2026, 3, 2, 9, zone: newYork)));
        Assert.False(moved.IsOpenAt(At(2026, 3, 2, 9)));
    }

    [Fact]
    public void TryAdd_WithinTheRange_IsAdd()
    {
        Assert.True(Desk.TryAdd(At(2026, 3, 6, 16), Duration.FromHours(4), out var reached));
        Assert.Equal(Desk.Add(At(2026, 3, 6, 16), Duration.FromHours(4)), reached);
        Assert.True(Desk.TryAdd(At(2026, 3, 6, 18), Duration.Zero, out var opening));
        Assert.Equal(Desk.NextOpen(At(2026, 3, 6, 18)), opening);
    }

    [Fact]
    public void TryAdd_PastTheRange_IsFalseWhereAddThrows()
    {
        var start = At(2026, 3, 2, 9);
        var tooLong = Duration.FromDays(36_525); // 100 years of working time on a 40-hour week: about 480 years of wall time

        Assert.False(Desk.TryAdd(start, tooLong, out var none));
        Assert.Equal(default, none);
        Assert.Equal("businessTime", Assert.Throws<ArgumentOutOfRangeException>(() => Desk.Add(start, tooLong)).ParamName);

        // More working time than the whole range holds, and a start too close to its end.
        Assert.False(Desk.TryAdd(start, Duration.FromDays(200 * 365), out _));
        Assert.False(Desk.TryAdd(Instant.FromUtc(2150, 10, 31, 0, 0), Duration.FromHours(100), out _));

        // Reached exactly at the (exclusive) end of the range: no instant in it, so Add throws and TryAdd is false.
        var always = BusinessCalendar.Create(new BusinessCalendarDefinition(new CalendarId("always"), "Always", "Etc/UTC", WeeklyHours.EveryDay("00:00", "24:00")));
        var dayBeforeEnd = CalendarTimeline.End - Duration.FromDays(1);
        Assert.True(always.TryAdd(dayBeforeEnd, Duration.FromHours(23), out var hourBeforeEnd));
        Assert.Equal(CalendarTimeline.End - Duration.FromHours(1), hourBeforeEnd);
        Assert.False(always.TryAdd(dayBeforeEnd, Duration.FromDays(1), out _));
        Assert.Equal("businessTime", Assert.Throws<ArgumentOutOfRangeException>(() => always.Add(dayBeforeEnd, Duration.FromDays(1))).ParamName);

        // The same through TryAdd's own walk: an hour that ends at midnight, a day before the end.
        var lateHour = BusinessCalendar.Create(new BusinessCalendarDefinition(new CalendarId("late"), "Late", "Etc/UTC", WeeklyHours.EveryDay("23:00", "24:00")));
        Assert.True(lateHour.TryAdd(dayBeforeEnd - Duration.FromDays(1), Duration.FromHours(1), out var lastButOne));
        Assert.Equal(dayBeforeEnd, lastButOne);
        Assert.False(lateHour.TryAdd(dayBeforeEnd, Duration.FromHours(1), out _));
    }

    [Fact]
    public void TryAdd_Misuse_ThrowsNamingTheParameter()
    {
        Assert.Equal("businessTime", Assert.Throws<ArgumentOutOfRangeException>(() => Desk.TryAdd(At(2026, 3, 2, 9), Duration.FromHours(-1), out _)).ParamName);
        Assert.Equal("start", Assert.Throws<ArgumentOutOfRangeException>(() => Desk.TryAdd(Instant.FromUtc(1800, 1, 1, 0, 0), Duration.FromHours(1), out _)).ParamName);
    }

    [Fact]
    public void Arguments_Misuse_ThrowsNamingTheParameter()
    {
        Assert.Equal("businessTime", Assert.Throws<ArgumentOutOfRangeException>(() => Desk.Add(At(2026, 3, 2, 9), Duration.FromHours(-1))).ParamName);
        Assert.Equal("businessTime", Assert.Throws<ArgumentOutOfRangeException>(() => Desk.Subtract(At(2026, 3, 2, 9), Duration.FromHours(-1))).ParamName);
        Assert.Equal("to", Assert.Throws<ArgumentException>(() => Desk.BusinessTimeBetween(At(2026, 3, 2, 9), At(2026, 3, 1, 9))).ParamName);
        Assert.Equal("instant", Assert.Throws<ArgumentOutOfRangeException>(() => Desk.IsOpenAt(Instant.FromUtc(1800, 1, 1, 0, 0))).ParamName);
        Assert.Equal("days", Assert.Throws<ArgumentOutOfRangeException>(() => Desk.AddBusinessDays(At(2026, 3, 2, 9), -1, BusinessDayRule.EndOfBusinessDay)).ParamName);
    }

    [Fact]
    public void BusinessTimeBetween_AYearApart_CountsEveryWorkingDay()
    {
        // 2026 has 261 weekdays; with one holiday, 260 × 8 h.
        var calendar = Create(NineToFive(holidays: [HolidayDefinition.Yearly("New Year's Day", 1, 1)]));

        Assert.Equal(Duration.FromHours(260 * 8), calendar.BusinessTimeBetween(At(2026, 1, 1, 0), At(2027, 1, 1, 0)));
        Assert.Equal(At(2027, 1, 1, 0) - Duration.FromHours(7), calendar.Add(At(2026, 1, 1, 0), Duration.FromHours(260 * 8)));
    }
}
