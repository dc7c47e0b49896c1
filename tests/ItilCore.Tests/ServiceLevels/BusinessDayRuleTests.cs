using ItilCore.ServiceLevels;
using NodaTime;
using Xunit;
using static ItilCore.Tests.ServiceLevels.CalendarSamples;

namespace ItilCore.Tests.ServiceLevels;

/// <summary>The worked examples of each <see cref="BusinessDayRule"/>, on Monday–Friday 09:00–17:00 (2026-03-02 is a Monday).</summary>
public sealed class BusinessDayRuleTests
{
    private static readonly BusinessCalendar Desk = Create(NineToFive());

    [Fact]
    public void TwentyFourHourBlocks_ADayIs24BusinessHours()
    {
        Assert.Equal(At(2026, 3, 4, 17), Desk.AddBusinessDays(At(2026, 3, 2, 9), 1, BusinessDayRule.TwentyFourHourBlocks));
        Assert.Equal(At(2026, 3, 5, 10), Desk.AddBusinessDays(At(2026, 3, 2, 10), 1, BusinessDayRule.TwentyFourHourBlocks));
    }

    [Fact]
    public void WholeWorkingDays_EndsAtTheCloseOfTheNthDayAfterTheFirstOpening()
    {
        Assert.Equal(At(2026, 3, 3, 17), Desk.AddBusinessDays(At(2026, 3, 2, 10), 1, BusinessDayRule.WholeWorkingDays));
        Assert.Equal(At(2026, 3, 10, 17), Desk.AddBusinessDays(At(2026, 3, 6, 18), 1, BusinessDayRule.WholeWorkingDays));
        Assert.Equal(At(2026, 3, 2, 17), Desk.AddBusinessDays(At(2026, 3, 2, 10), 0, BusinessDayRule.WholeWorkingDays));
    }

    [Fact]
    public void SameLocalTimeNextBusinessDay_KeepsTheClockTime_ThenNextOpening()
    {
        Assert.Equal(At(2026, 3, 9, 15), Desk.AddBusinessDays(At(2026, 3, 6, 15), 1, BusinessDayRule.SameLocalTimeNextBusinessDay));
        Assert.Equal(At(2026, 3, 10, 9), Desk.AddBusinessDays(At(2026, 3, 6, 20), 1, BusinessDayRule.SameLocalTimeNextBusinessDay));
        Assert.Equal(At(2026, 3, 9, 10), Desk.AddBusinessDays(At(2026, 3, 7, 10), 1, BusinessDayRule.SameLocalTimeNextBusinessDay));
    }

    [Fact]
    public void EndOfBusinessDay_IsTheCloseOfTheNthBusinessDayAfterTheStartDate()
    {
        Assert.Equal(At(2026, 3, 3, 17), Desk.AddBusinessDays(At(2026, 3, 2, 18), 1, BusinessDayRule.EndOfBusinessDay));
        Assert.Equal(At(2026, 3, 9, 17), Desk.AddBusinessDays(At(2026, 3, 7, 10), 1, BusinessDayRule.EndOfBusinessDay));
        Assert.Equal(At(2026, 3, 2, 17), Desk.AddBusinessDays(At(2026, 3, 2, 10), 0, BusinessDayRule.EndOfBusinessDay));
        Assert.Equal(At(2026, 3, 3, 17), Desk.AddBusinessDays(At(2026, 3, 2, 18), 0, BusinessDayRule.EndOfBusinessDay));
    }

    [Fact]
    public void EndOfBusinessDay_OvernightShift_ClosesNextMorning()
    {
        var nights = Create(NineToFive() with { WeeklyHours = WeeklyHours.MondayToFriday("22:00", "06:00") });

        Assert.Equal(At(2026, 3, 3, 6), nights.AddBusinessDays(At(2026, 3, 2, 12), 0, BusinessDayRule.EndOfBusinessDay));
    }

    [Fact]
    public void DaysThatTouch_EachCloseAtTheirOwnMidnight()
    {
        // Monday–Friday 00:00–24:00 is one run of working time from Monday 00:00 to Saturday 00:00; Monday still ends at midnight.
        var fullDays = Create(NineToFive() with { WeeklyHours = WeeklyHours.MondayToFriday("00:00", "24:00") });

        Assert.Equal(At(2026, 3, 3, 0), fullDays.AddBusinessDays(At(2026, 3, 2, 10), 0, BusinessDayRule.EndOfBusinessDay));
        Assert.Equal(At(2026, 3, 4, 0), fullDays.AddBusinessDays(At(2026, 3, 2, 10), 1, BusinessDayRule.EndOfBusinessDay));
        Assert.Equal(At(2026, 3, 4, 0), fullDays.AddBusinessDays(At(2026, 3, 2, 10), 1, BusinessDayRule.WholeWorkingDays));
        Assert.Equal(At(2026, 3, 7, 0), fullDays.AddBusinessDays(At(2026, 3, 2, 10), 4, BusinessDayRule.WholeWorkingDays));
    }

    [Fact]
    public void AlwaysOpen_ADayEndsAtMidnight()
    {
        var always = BusinessCalendar.AlwaysOpen(London);

        Assert.Equal(At(2026, 3, 3, 0), always.AddBusinessDays(At(2026, 3, 2, 10), 0, BusinessDayRule.EndOfBusinessDay));
        Assert.Equal(At(2026, 3, 4, 0), always.AddBusinessDays(At(2026, 3, 2, 10), 1, BusinessDayRule.EndOfBusinessDay));
        Assert.Equal(At(2026, 3, 5, 0), always.AddBusinessDays(At(2026, 3, 2, 10), 2, BusinessDayRule.WholeWorkingDays));
    }

    [Fact]
    public void AlwaysOpen_OnDaysOfClockChanges_ADayStillEndsAtMidnight()
    {
        // London's clocks go forward on Sunday 29 March 2026 (a 23-hour day) and back on Sunday 25 October (25 hours).
        var always = BusinessCalendar.AlwaysOpen(London);

        Assert.Equal(At(2026, 3, 30, 0), always.AddBusinessDays(At(2026, 3, 28, 10), 1, BusinessDayRule.EndOfBusinessDay));
        Assert.Equal(At(2026, 10, 26, 0), always.AddBusinessDays(At(2026, 10, 25, 0, 30), 0, BusinessDayRule.EndOfBusinessDay));
    }

    [Fact]
    public void AnIntervalOfTheNextDay_DoesNotExtendTheClose()
    {
        // Monday 08:00–24:00, then Tuesday's own 00:00–02:00: Monday's interval ends at midnight, although work goes on.
        var late = Create(NineToFive() with
        {
            WeeklyHours = new WeeklyHours(Monday: [new WorkingInterval("08:00", "24:00")], Tuesday: [new WorkingInterval("00:00", "02:00")]),
        });

        Assert.Equal(At(2026, 3, 3, 0), late.AddBusinessDays(At(2026, 3, 2, 10), 0, BusinessDayRule.EndOfBusinessDay));
        Assert.Equal(At(2026, 3, 3, 2), late.AddBusinessDays(At(2026, 3, 2, 10), 1, BusinessDayRule.EndOfBusinessDay));
    }

    [Fact]
    public void OvernightShiftsEveryNight_EachCloseTheNextMorning()
    {
        var nights = Create(NineToFive() with { WeeklyHours = WeeklyHours.EveryDay("22:00", "06:00") });

        Assert.Equal(At(2026, 3, 3, 6), nights.AddBusinessDays(At(2026, 3, 2, 23), 0, BusinessDayRule.EndOfBusinessDay));
        Assert.Equal(At(2026, 3, 4, 6), nights.AddBusinessDays(At(2026, 3, 2, 23), 1, BusinessDayRule.EndOfBusinessDay));
    }

    [Fact]
    public void IntersectionWithAnOvernightShift_ClosesTheNextMorning()
    {
        // A night desk 20:00–04:00 within weekday hours to 24:00, or within a 24×7 calendar on UTC: the shift sets the close.
        var nights = Create(NineToFive() with { Id = new CalendarId("nights"), WeeklyHours = new WeeklyHours(Monday: [new WorkingInterval("20:00", "04:00")]) });
        var weekdays = Create(NineToFive() with { Id = new CalendarId("weekdays"), WeeklyHours = WeeklyHours.MondayToFriday("00:00", "24:00") });
        var utc = BusinessCalendar.AlwaysOpen(DateTimeZone.Utc);

        Assert.Equal(At(2026, 3, 3, 4), BusinessCalendar.Intersect(nights, weekdays).AddBusinessDays(At(2026, 3, 2, 21), 0, BusinessDayRule.EndOfBusinessDay));
        Assert.Equal(At(2026, 3, 3, 4), BusinessCalendar.Intersect(nights, utc).AddBusinessDays(At(2026, 3, 2, 21), 0, BusinessDayRule.EndOfBusinessDay));
    }

    [Fact]
    public void UnionOfHalfDays_ClosesAtMidnight()
    {
        var mornings = Create(NineToFive() with { Id = new CalendarId("mornings"), WeeklyHours = WeeklyHours.MondayToFriday("00:00", "12:00") });
        var afternoons = Create(NineToFive() with { Id = new CalendarId("afternoons"), WeeklyHours = WeeklyHours.MondayToFriday("12:00", "24:00") });
        var union = BusinessCalendar.Union(mornings, afternoons);

        Assert.Equal(At(2026, 3, 3, 0), union.AddBusinessDays(At(2026, 3, 2, 10), 0, BusinessDayRule.EndOfBusinessDay));
        Assert.Equal(At(2026, 3, 4, 0), union.AddBusinessDays(At(2026, 3, 2, 10), 1, BusinessDayRule.WholeWorkingDays));
    }

    [Fact]
    public void HoursPastMidnight_BelongToTheDayTheyStartOn_TheNextDateIsNoBusinessDayByThem()
    {
        // Open Monday–Friday 08:00–02:00: Friday's hours end Saturday 02:00, which makes Saturday no business day.
        var late = Create(NineToFive() with { WeeklyHours = WeeklyHours.MondayToFriday("08:00", "02:00") });

        Assert.Equal(At(2026, 3, 7, 2), late.AddBusinessDays(At(2026, 3, 5, 10), 1, BusinessDayRule.WholeWorkingDays));
        Assert.Equal(At(2026, 3, 10, 2), late.AddBusinessDays(At(2026, 3, 5, 10), 2, BusinessDayRule.WholeWorkingDays));
        Assert.Equal(At(2026, 3, 7, 2), late.AddBusinessDays(At(2026, 3, 6, 10), 0, BusinessDayRule.WholeWorkingDays));
        Assert.Equal(At(2026, 3, 10, 2), late.AddBusinessDays(At(2026, 3, 6, 10), 1, BusinessDayRule.WholeWorkingDays));
        Assert.Equal(At(2026, 3, 10, 2), late.AddBusinessDays(At(2026, 3, 6, 10), 1, BusinessDayRule.EndOfBusinessDay));
        Assert.Equal(At(2026, 3, 9, 10), late.AddBusinessDays(At(2026, 3, 6, 10), 1, BusinessDayRule.SameLocalTimeNextBusinessDay));
        Assert.Equal(At(2026, 3, 9, 10), late.AddBusinessDays(At(2026, 3, 5, 10), 2, BusinessDayRule.SameLocalTimeNextBusinessDay));
    }

    [Fact]
    public void NightShift_AHolidayIsNoBusinessDay_AndAnInstantInAShiftCountsFromTheShiftsDay()
    {
        // 22:00–06:00 on weekdays; Tuesday 3 March is a holiday, so Tuesday night has no shift.
        var nights = Create(NineToFive(holidays: [HolidayDefinition.OnDate("Closed", new LocalDate(2026, 3, 3))]) with { WeeklyHours = WeeklyHours.MondayToFriday("22:00", "06:00") });

        Assert.Equal(At(2026, 3, 3, 6), nights.AddBusinessDays(At(2026, 3, 2, 23), 0, BusinessDayRule.WholeWorkingDays));
        Assert.Equal(At(2026, 3, 5, 6), nights.AddBusinessDays(At(2026, 3, 2, 23), 1, BusinessDayRule.WholeWorkingDays));
        Assert.Equal(At(2026, 3, 6, 6), nights.AddBusinessDays(At(2026, 3, 2, 23), 2, BusinessDayRule.WholeWorkingDays));

        var plain = Create(NineToFive() with { WeeklyHours = WeeklyHours.MondayToFriday("22:00", "06:00") });
        Assert.Equal(At(2026, 3, 3, 6), plain.AddBusinessDays(At(2026, 3, 3, 3), 0, BusinessDayRule.EndOfBusinessDay));
        Assert.Equal(plain.AddBusinessDays(At(2026, 3, 6, 23), 1, BusinessDayRule.WholeWorkingDays), plain.AddBusinessDays(At(2026, 3, 7, 3), 1, BusinessDayRule.WholeWorkingDays));
        Assert.Equal(At(2026, 3, 10, 6), plain.AddBusinessDays(At(2026, 3, 7, 3), 1, BusinessDayRule.WholeWorkingDays));
    }

    [Fact]
    public void Intersection_ADayWithoutCommonHoursIsNoBusinessDay_AndAResultNeverPrecedesTheStart()
    {
        // A works Monday 09–12 and Tuesday 09–17, B Monday 13–17 and Tuesday 09–17: together, Tuesdays only.
        static BusinessCalendar Part(string id, string monday) => Create(NineToFive() with
        {
            Id = new CalendarId(id),
            WeeklyHours = new WeeklyHours(Monday: [new WorkingInterval(monday.Split('-')[0], monday.Split('-')[1])], Tuesday: [new WorkingInterval("09:00", "17:00")]),
        });
        var tuesdays = BusinessCalendar.Intersect(Part("a", "09:00-12:00"), Part("b", "13:00-17:00"));
        var sunday = At(2026, 3, 8, 10);

        Assert.Equal(At(2026, 3, 10, 17), tuesdays.AddBusinessDays(sunday, 1, BusinessDayRule.EndOfBusinessDay));
        Assert.Equal(At(2026, 3, 17, 17), tuesdays.AddBusinessDays(sunday, 1, BusinessDayRule.WholeWorkingDays));
        Assert.Equal(At(2026, 3, 10, 10), tuesdays.AddBusinessDays(sunday, 1, BusinessDayRule.SameLocalTimeNextBusinessDay));
    }

    // A London night desk (Monday–Friday 22:00–06:00) and a supplier in Tokyo (Monday–Friday 09:00–17:00 JST, 00:00–08:00
    // GMT in March): their common time is Tuesday–Friday 00:00–06:00 London, the second half of the Monday–Thursday shifts.
    private static BusinessCalendar NightDeskWithTokyoSupplier()
    {
        var night = Create(NineToFive() with { Id = new CalendarId("night-desk"), WeeklyHours = WeeklyHours.MondayToFriday("22:00", "06:00") });
        var tokyo = Create(NineToFive("Asia/Tokyo") with { Id = new CalendarId("tokyo-supplier") });
        return BusinessCalendar.Intersect(night, tokyo);
    }

    [Fact]
    public void Intersection_CommonHoursAllAfterMidnight_WholeWorkingDays_CountsFromTheShiftsDay_AndNeverPrecedesTheStart()
    {
        var both = NightDeskWithTokyoSupplier();
        var monday10 = At(2026, 3, 2, 10);

        // The first opening, Tuesday 00:00, is in Monday's shift: Monday is the first day and closes Tuesday 06:00.
        Assert.Equal(At(2026, 3, 3, 0), both.NextOpen(monday10));
        Assert.Equal(At(2026, 3, 3, 6), both.AddBusinessDays(monday10, 0, BusinessDayRule.WholeWorkingDays));
        Assert.Equal(At(2026, 3, 4, 6), both.AddBusinessDays(monday10, 1, BusinessDayRule.WholeWorkingDays));
        Assert.Equal(At(2026, 3, 6, 6), both.AddBusinessDays(monday10, 3, BusinessDayRule.WholeWorkingDays));
        Assert.Equal(At(2026, 3, 10, 6), both.AddBusinessDays(monday10, 4, BusinessDayRule.WholeWorkingDays));
    }

    [Fact]
    public void Intersection_CommonHoursAllAfterMidnight_EndOfNextBusinessDay_IsTheNextDaysClose()
    {
        var both = NightDeskWithTokyoSupplier();
        var monday10 = At(2026, 3, 2, 10);

        Assert.Equal(At(2026, 3, 3, 6), both.AddBusinessDays(monday10, 0, BusinessDayRule.EndOfBusinessDay));
        Assert.Equal(At(2026, 3, 4, 6), both.AddBusinessDays(monday10, 1, BusinessDayRule.EndOfBusinessDay));
        Assert.Equal(At(2026, 3, 3, 6), both.AddBusinessDays(At(2026, 3, 3, 3), 0, BusinessDayRule.EndOfBusinessDay));
        Assert.Equal(At(2026, 3, 4, 6), both.AddBusinessDays(At(2026, 3, 3, 3), 1, BusinessDayRule.EndOfBusinessDay));
    }

    [Fact]
    public void Combination_APartInAnotherZone_CountsThroughItsHoursOnTheDate_NotTheSameDateInItsZone()
    {
        // A Los Angeles desk (Monday–Friday 16:00–24:00) and a supplier in Sydney (Monday–Friday 09:00–18:00) closed on
        // Tuesday 3 March: in March (PST, AEDT) Los Angeles's Monday 16:00–23:00 is Sydney's Tuesday 11:00–18:00, closed,
        // and Los Angeles's Tuesday 16:00–23:00 is Sydney's Wednesday, open. So Tuesday is a business day of the two in Los
        // Angeles, and Monday is not; Sydney's holiday falls on Los Angeles's Monday.
        var la = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
        var desk = Create(NineToFive("America/Los_Angeles") with { Id = new CalendarId("la-desk"), WeeklyHours = WeeklyHours.MondayToFriday("16:00", "24:00") });
        var sydney = Create(NineToFive("Australia/Sydney", [HolidayDefinition.OnDate("Supplier closed", new LocalDate(2026, 3, 3))]) with
        {
            Id = new CalendarId("sydney-supplier"),
            WeeklyHours = WeeklyHours.MondayToFriday("09:00", "18:00"),
        });
        var both = BusinessCalendar.Intersect(desk, sydney);

        Assert.Equal(At(2026, 3, 3, 16, zone: la), both.NextOpen(At(2026, 3, 2, 10, zone: la)));
        Assert.Equal(At(2026, 3, 3, 23, zone: la), both.AddBusinessDays(At(2026, 3, 3, 10, zone: la), 0, BusinessDayRule.EndOfBusinessDay));
        Assert.Equal(At(2026, 3, 3, 23, zone: la), both.AddBusinessDays(At(2026, 3, 2, 10, zone: la), 1, BusinessDayRule.EndOfBusinessDay));
        Assert.Equal(At(2026, 3, 3, 17, zone: la), both.AddBusinessDays(At(2026, 3, 2, 17, zone: la), 1, BusinessDayRule.SameLocalTimeNextBusinessDay));
        Assert.Equal(At(2026, 3, 4, 23, zone: la), both.AddBusinessDays(At(2026, 3, 2, 10, zone: la), 1, BusinessDayRule.WholeWorkingDays));

        // Follow the sun in Los Angeles: Sydney's Monday 09:00–18:00 is Los Angeles's Sunday 14:00–23:00, so Sunday is a
        // business day of the union, closing at 23:00, although neither part works on its own Sunday.
        var union = BusinessCalendar.Union(desk, sydney);
        Assert.Equal(At(2026, 3, 1, 23, zone: la), union.AddBusinessDays(At(2026, 2, 27, 20, zone: la), 1, BusinessDayRule.EndOfBusinessDay));
        Assert.Equal(At(2026, 3, 1, 23, zone: la), union.AddBusinessDays(At(2026, 2, 28, 10, zone: la), 0, BusinessDayRule.WholeWorkingDays));
    }

    [Fact]
    public void Intersection_InOneZone_CommonHoursAllAfterMidnight_CountFromTheShiftsDay()
    {
        var night = Create(NineToFive() with { Id = new CalendarId("night-desk"), WeeklyHours = WeeklyHours.MondayToFriday("22:00", "06:00") });
        var early = Create(NineToFive() with { Id = new CalendarId("early"), WeeklyHours = WeeklyHours.MondayToFriday("00:00", "08:00") });
        var both = BusinessCalendar.Intersect(night, early);

        Assert.Equal(At(2026, 3, 3, 6), both.AddBusinessDays(At(2026, 3, 2, 10), 0, BusinessDayRule.WholeWorkingDays));
        Assert.Equal(At(2026, 3, 4, 6), both.AddBusinessDays(At(2026, 3, 2, 10), 1, BusinessDayRule.WholeWorkingDays));
    }

    [Fact]
    public void ADayWhoseOwnHoursAllFallAfterMidnight_ClosesWithThoseHours()
    {
        // The night shift 22:00–06:00, but on Wednesdays the first two hours are a break: Wednesday's own hours are
        // Thursday 00:00–06:00 (the interval still belongs to Wednesday, the date it starts on).
        var late = Create(NineToFive() with
        {
            WeeklyHours = WeeklyHours.MondayToFriday("22:00", "06:00"),
            Breaks = [new CalendarBreak("22:00", "24:00", Days: [IsoDayOfWeek.Wednesday])],
        });

        Assert.Equal(At(2026, 3, 4, 6), late.AddBusinessDays(At(2026, 3, 3, 10), 0, BusinessDayRule.WholeWorkingDays));
        Assert.Equal(At(2026, 3, 5, 6), late.AddBusinessDays(At(2026, 3, 3, 10), 1, BusinessDayRule.WholeWorkingDays));
        Assert.Equal(At(2026, 3, 5, 6), late.AddBusinessDays(At(2026, 3, 4, 10), 0, BusinessDayRule.WholeWorkingDays));
        Assert.Equal(At(2026, 3, 5, 6), late.AddBusinessDays(At(2026, 3, 4, 10), 0, BusinessDayRule.EndOfBusinessDay));
    }

    [Fact]
    public void ABreakInAShiftAfterMidnight_DoesNotEndTheShiftsDay()
    {
        // 22:00–06:00 with a break on Thursdays 02:00–03:00: Wednesday's shift still ends Thursday 06:00, and 03:00–06:00 is Wednesday's.
        var nights = Create(NineToFive() with
        {
            WeeklyHours = WeeklyHours.MondayToFriday("22:00", "06:00"),
            Breaks = [new CalendarBreak("02:00", "03:00", Days: [IsoDayOfWeek.Thursday])],
        });

        Assert.Equal(At(2026, 3, 5, 6), nights.AddBusinessDays(At(2026, 3, 4, 23), 0, BusinessDayRule.EndOfBusinessDay));
        Assert.Equal(At(2026, 3, 5, 6), nights.AddBusinessDays(At(2026, 3, 5, 2, 30), 0, BusinessDayRule.WholeWorkingDays));
        Assert.Equal(At(2026, 3, 5, 6), nights.AddBusinessDays(At(2026, 3, 5, 4), 0, BusinessDayRule.EndOfBusinessDay));
        Assert.Equal(At(2026, 3, 6, 6), nights.AddBusinessDays(At(2026, 3, 5, 4), 1, BusinessDayRule.WholeWorkingDays));
    }

    [Theory]
    [InlineData(BusinessDayRule.WholeWorkingDays)]
    [InlineData(BusinessDayRule.EndOfBusinessDay)]
    public void ADateTheZoneSkipped_IsNoBusinessDay_AndTheDayBeforeClosesAsUsual(BusinessDayRule rule)
    {
        // Pacific/Apia skipped Friday 30 December 2011 (it moved across the date line from −10 to +14).
        var apia = DateTimeZoneProviders.Tzdb["Pacific/Apia"];
        var calendar = Create(NineToFive("Pacific/Apia"));

        Assert.Equal(At(2011, 12, 29, 17, zone: apia), calendar.AddBusinessDays(At(2011, 12, 29, 10, zone: apia), 0, rule));
        Assert.Equal(At(2012, 1, 2, 17, zone: apia), calendar.AddBusinessDays(At(2011, 12, 29, 10, zone: apia), 1, rule));
    }

    [Theory]
    [InlineData(BusinessDayRule.TwentyFourHourBlocks)]
    [InlineData(BusinessDayRule.WholeWorkingDays)]
    [InlineData(BusinessDayRule.SameLocalTimeNextBusinessDay)]
    [InlineData(BusinessDayRule.EndOfBusinessDay)]
    public void TooManyDays_ThrowsOutOfRange_NamingDays(BusinessDayRule rule)
    {
        var e = Assert.Throws<System.ArgumentOutOfRangeException>(() => Desk.AddBusinessDays(At(2026, 3, 2, 9), 100_000, rule));

        Assert.Equal("days", e.ParamName);
    }

    [Theory]
    [InlineData(BusinessDayRule.WholeWorkingDays)]
    [InlineData(BusinessDayRule.EndOfBusinessDay)]
    public void OnTheLastDateOfTheSupportedRange_ACloseAtItsEnd_ThrowsOutOfRange(BusinessDayRule rule)
    {
        // Around the clock on UTC the last date closes at the range's end, which the range excludes.
        var always = BusinessCalendar.AlwaysOpen(DateTimeZone.Utc);

        var e = Assert.Throws<System.ArgumentOutOfRangeException>(() => always.AddBusinessDays(BusinessCalendar.SupportedRange.End - Duration.FromHours(12), 0, rule));

        Assert.Equal("start", e.ParamName);
    }

    [Fact]
    public void NoWorkingTimeAfterADate_ThrowsOutOfRange_WithoutWalkingDayByDay()
    {
        var once = Create(NineToFive(holidays: [HolidayDefinition.DateRange("Closed for good", new LocalDate(2026, 3, 7), new LocalDate(2150, 10, 31))]));

        var e = Assert.Throws<System.ArgumentOutOfRangeException>(() => once.AddBusinessDays(At(2026, 3, 6, 10), 1, BusinessDayRule.WholeWorkingDays));
        Assert.Equal("days", e.ParamName);
    }

    [Theory]
    [InlineData(BusinessDayRule.TwentyFourHourBlocks)]
    [InlineData(BusinessDayRule.WholeWorkingDays)]
    [InlineData(BusinessDayRule.SameLocalTimeNextBusinessDay)]
    [InlineData(BusinessDayRule.EndOfBusinessDay)]
    public void NoWorkingTimeAfterTheStart_NoDaysAdded_ThrowsOutOfRange_NamingStart(BusinessDayRule rule)
    {
        var once = Create(NineToFive(holidays: [HolidayDefinition.DateRange("Closed for good", new LocalDate(2026, 3, 7), new LocalDate(2150, 10, 31))]));

        var e = Assert.Throws<System.ArgumentOutOfRangeException>(() => once.AddBusinessDays(At(2026, 3, 7, 10), 0, rule));

        Assert.Equal("start", e.ParamName);
    }
}
