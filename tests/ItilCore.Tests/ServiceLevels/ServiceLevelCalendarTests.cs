using System;
using System.Linq;
using ItilCore.Incidents;
using ItilCore.ServiceLevels;
using NodaTime;
using Xunit;
using static ItilCore.Tests.ServiceLevels.SlaFixture;

namespace ItilCore.Tests.ServiceLevels;

/// <summary>The classic SLA traps, on real business calendars.</summary>
public sealed class ServiceLevelCalendarTests
{
    private static readonly CalendarId OfficeId = new("office");

    private static BusinessCalendar Office(string start = "09:00", string end = "17:00", string zone = "Europe/London", params HolidayDefinition[] holidays)
        => BusinessCalendar.Create(new BusinessCalendarDefinition(OfficeId, "Office", zone, WeeklyHours.MondayToFriday(start, end), Holidays: holidays));

    private static ServiceLevelManagement Resolution(BusinessCalendar calendar, Duration target, ServiceLevelOptions? options = null, TimeZoneSource source = TimeZoneSource.Calendar)
        => ServiceLevelManagement.Create(
            new ServiceLevelDocument([Agreement("sla", OfficeId, SlaFixture.Resolution(target)) with { TimeZoneSource = source }]),
            Model,
            PriorityMatrix.ServiceNowDefault,
            [calendar],
            options);

    private static Instant Utc(int month, int day, int hour, int minute = 0) => Instant.FromUtc(2026, month, day, hour, minute);

    [Fact]
    public void ServiceNowDocExample_OpenedFridayNightSeenMondayMorning()
    {
        // ServiceNow's documented example: 08:00–17:00 weekdays, opened Fri 21:00, now Mon 09:30.
        var f = new SlaFixture(Utc(3, 6, 21));
        f.Log();

        var status = Assert.Single(Resolution(Office("08:00", "17:00"), Duration.FromHours(8)).Evaluate(f.Timeline, Utc(3, 9, 9, 30)));

        Assert.Equal(Duration.FromMinutes(90), status.BusinessElapsed);
        Assert.Equal(Duration.FromMinutes((60 * 60) + 30), status.ActualElapsed);
        Assert.Equal(18.75, status.Percentage);
    }

    [Fact]
    public void FridayEveningTicket_FourHourTarget_BreachesMondayAt13()
    {
        var f = new SlaFixture(Utc(3, 6, 18));
        f.Log();

        var status = Assert.Single(Resolution(Office(), Duration.FromHours(4)).Evaluate(f.Timeline, Utc(3, 6, 19)));

        Assert.Equal(Duration.Zero, status.BusinessElapsed);
        Assert.Equal(Utc(3, 9, 13), status.BreachAt);
    }

    [Fact]
    public void OpenedAfterHours_StartsCountingAtTheNextOpening()
    {
        var f = new SlaFixture(Utc(3, 10, 6));
        f.Log();

        var status = Assert.Single(Resolution(Office(), Duration.FromHours(8)).Evaluate(f.Timeline, Utc(3, 10, 10)));

        Assert.Equal(Duration.FromHours(1), status.BusinessElapsed);
        Assert.Equal(Utc(3, 10, 17), status.OriginalBreachAt);
    }

    [Fact]
    public void TargetLongerThanTheCalendarsRange_IsADeadlineNeverReached_NotAnException()
    {
        // 100 years of 09:00–17:00 weekdays is about 480 years of wall time: far past the supported range (to 2150).
        var f = new SlaFixture(Utc(3, 10, 10));
        f.Log();

        var status = Assert.Single(Resolution(Office(), Duration.FromDays(36_525)).Evaluate(f.Timeline, Utc(3, 10, 12)));

        Assert.Equal(SlaStage.InProgress, status.Stage);
        Assert.Equal(Duration.FromHours(2), status.BusinessElapsed);
        Assert.Null(status.BreachAt);
        Assert.Null(status.OriginalBreachAt);
        Assert.False(status.Breached);
        Assert.Empty(status.Warnings);
    }

    [Fact]
    public void TargetReachedJustInsideTheRange_IsStillProjected()
    {
        // 40 business hours from a Monday in the last supported year: the Friday of the same week.
        var monday = Instant.FromUtc(2150, 6, 1, 9, 0);
        var f = new SlaFixture(monday);
        f.Log();

        var status = Assert.Single(Resolution(Office(zone: "Etc/UTC"), Duration.FromHours(40)).Evaluate(f.Timeline, monday + Duration.FromHours(1)));

        Assert.Equal(Instant.FromUtc(2150, 6, 5, 17, 0), status.BreachAt);
        Assert.Equal(Instant.FromUtc(2150, 6, 5, 17, 0), status.OriginalBreachAt);
    }

    [Fact]
    public void PauseOverAWeekend_LeavesOutOnlyTheWorkingTimeOfThePause()
    {
        var f = new SlaFixture(Utc(3, 6, 15));
        f.Log();
        f.At(Utc(3, 6, 15, 30), i => i.Assign(Agent, Desk));
        f.At(Utc(3, 6, 16), i => i.PutOnHold(Agent, HoldReason.AwaitingCaller, "Send the bounce message?"));
        f.At(Utc(3, 9, 10), i => i.RecordCallerUpdate(Caller, "Attached"));

        var status = Assert.Single(Resolution(Office(), Duration.FromHours(8)).Evaluate(f.Timeline, Utc(3, 9, 12)));

        Assert.Equal(Duration.FromHours(3), status.BusinessElapsed);
        Assert.Equal(Utc(3, 9, 17), status.BreachAt);
        Assert.Equal(Utc(3, 9, 15), status.OriginalBreachAt);
    }

    [Fact]
    public void HolidayOnAMonday_IsSkippedAndExplained()
    {
        var calendar = Office(holidays: HolidayDefinition.OnDate("Founders' day", new LocalDate(2026, 3, 9)));
        var f = new SlaFixture(Utc(3, 6, 16));
        f.Log();
        var levels = Resolution(calendar, Duration.FromHours(4));

        var status = Assert.Single(levels.Evaluate(f.Timeline, Utc(3, 10, 10)));
        var explanation = levels.Explain(f.Timeline, new SlaId("sla"), SlaMetric.Resolution, Utc(3, 10, 10));

        Assert.Equal(Duration.FromHours(2), status.BusinessElapsed);
        Assert.Equal(Utc(3, 10, 12), status.BreachAt);
        Assert.Equal("Founders' day", Assert.Single(explanation.Holidays).Name);
        Assert.Equal([new Interval(Utc(3, 6, 16), Utc(3, 6, 17)), new Interval(Utc(3, 10, 9), Utc(3, 10, 10))], explanation.WorkingIntervals);
    }

    [Fact]
    public void SpringForward_SundayOnlyCalendar_CountsTheShortDayAs23Hours()
    {
        // London moves to BST on Sunday 29 March 2026: that local day, 00:00–24:00, has 23 hours.
        var calendar = BusinessCalendar.Create(new BusinessCalendarDefinition(OfficeId, "Sundays", "Europe/London", new WeeklyHours(Sunday: [new WorkingInterval("00:00", "24:00")])));
        var f = new SlaFixture(Utc(3, 28, 12));
        f.Log();

        var status = Assert.Single(Resolution(calendar, Duration.FromHours(30)).Evaluate(f.Timeline, Utc(3, 30, 12)));

        Assert.Equal(Duration.FromHours(23), status.BusinessElapsed);
        Assert.Equal(Instant.FromUtc(2026, 4, 5, 6, 0), status.BreachAt);
    }

    [Fact]
    public void SpringForward_OfficeHoursMoveWithTheWallClock()
    {
        // Saturday 09:00–17:00 GMT is 09:00–17:00 UTC; Sunday 09:00–17:00 BST is 08:00–16:00 UTC.
        var calendar = BusinessCalendar.Create(new BusinessCalendarDefinition(OfficeId, "Every day", "Europe/London", WeeklyHours.EveryDay("09:00", "17:00")));
        var f = new SlaFixture(Utc(3, 28, 12));
        f.Log();

        var status = Assert.Single(Resolution(calendar, Duration.FromHours(8)).Evaluate(f.Timeline, Utc(3, 28, 13)));

        Assert.Equal(Utc(3, 29, 11), status.BreachAt);
    }

    [Fact]
    public void FallBack_OfficeHoursAreWallClockHours()
    {
        // London returns to GMT on Sunday 25 October 2026: Friday 09:00 BST is 08:00 UTC, Monday 09:00 GMT is 09:00 UTC.
        var f = new SlaFixture(Utc(10, 23, 14));
        f.Log();

        var status = Assert.Single(Resolution(Office(), Duration.FromHours(8)).Evaluate(f.Timeline, Utc(10, 26, 12)));

        Assert.Equal(Duration.FromHours(2 + 3), status.BusinessElapsed);
        Assert.Equal(Utc(10, 26, 12), status.BreachAt - Duration.FromHours(3));
    }

    [Fact]
    public void CalendarChangedWhileOpen_RecomputingIsACall()
    {
        var f = new SlaFixture(Utc(3, 9, 16));
        f.Log();

        var before = Assert.Single(Resolution(Office("09:00", "17:00"), Duration.FromHours(8)).Evaluate(f.Timeline, Utc(3, 10, 12)));
        var after = Assert.Single(Resolution(Office("08:00", "18:00"), Duration.FromHours(8)).Evaluate(f.Timeline, Utc(3, 10, 12)));

        Assert.Equal(Duration.FromHours(1 + 3), before.BusinessElapsed);
        Assert.Equal(Duration.FromHours(2 + 4), after.BusinessElapsed);
    }

    [Fact]
    public void TimeZoneSourceCaller_ReadsTheHoursInTheCallersZone()
    {
        var newYork = DateTimeZoneProviders.Tzdb["America/New_York"];
        var options = new ServiceLevelOptions { CallerZone = actor => actor == Caller ? newYork : null };
        var f = new SlaFixture(Utc(3, 9, 14));
        f.Log();

        var london = Assert.Single(Resolution(Office(), Duration.FromHours(4)).Evaluate(f.Timeline, Utc(3, 9, 15)));
        var caller = Assert.Single(Resolution(Office(), Duration.FromHours(4), options, TimeZoneSource.Caller).Evaluate(f.Timeline, Utc(3, 9, 15)));

        Assert.Equal(Utc(3, 10, 10), london.BreachAt);
        Assert.Equal(Utc(3, 9, 18), caller.BreachAt);
        Assert.Equal(newYork, caller.Zone);
    }

    [Fact]
    public void WarningsBeforeBreach_AreAtTheirBusinessInstants()
    {
        var f = new SlaFixture(Utc(3, 9, 9));
        f.Log();

        var status = Assert.Single(Resolution(Office(), Duration.FromHours(16)).Evaluate(f.Timeline, Utc(3, 11, 10)));

        Assert.Equal([(50, Utc(3, 9, 17)), (75, Utc(3, 10, 13)), (100, Utc(3, 10, 17))], status.Warnings.Select(w => (w.Threshold, w.At)));
        Assert.True(status.Breached);
    }

    [Fact]
    public void TargetReachedAtClosing_BreachedOnceTheClockRunsOnPastIt_AtTheInstantItWasReached()
    {
        // 4 h target, logged Friday 13:00: the target is reached at Friday 17:00, while the office is closed until Monday.
        // As in ServiceNow, the breach is marked when the timer reaches the target, not when the office opens again.
        var f = new SlaFixture(Utc(3, 6, 13));
        f.Log();
        var levels = Resolution(Office(), Duration.FromHours(4));

        var atClosing = Assert.Single(levels.Evaluate(f.Timeline, Utc(3, 6, 17)));
        var saturday = Assert.Single(levels.Evaluate(f.Timeline, Utc(3, 7, 12)));
        var monday = Assert.Single(levels.Evaluate(f.Timeline, Utc(3, 9, 10)));

        Assert.False(atClosing.Breached);
        Assert.DoesNotContain(atClosing.Warnings, w => w.Threshold == 100);
        foreach (var later in new[] { saturday, monday })
        {
            Assert.Equal(Utc(3, 6, 17), later.BreachAt);
            Assert.True(later.Breached);
            Assert.Equal(Utc(3, 6, 17), later.Warnings.Single(w => w.Threshold == 100).At);
        }

        Assert.Equal(Duration.Zero, saturday.BusinessRemaining);
    }

    [Theory]
    [InlineData(17, 0, false)]
    [InlineData(17, 1, true)]
    public void ResolvedOnTheTargetOrAfterIt_OverAClosedWeekend_MetOnlyOnTheInstant(int hour, int minute, bool breached)
    {
        // Due Friday 17:00; resolved then, or later that evening (no business time passes, but the due instant has).
        var f = new SlaFixture(Utc(3, 6, 13));
        f.Log();
        f.At(Utc(3, 6, 14), i => i.Assign(Agent, Desk));
        f.At(Utc(3, 6, hour, minute), i => i.Resolve(Agent, ResolutionCode.SolvedPermanently, "Fixed"));

        var status = Assert.Single(Resolution(Office(), Duration.FromHours(4)).Evaluate(f.Timeline, Utc(3, 9, 12)));

        Assert.Equal(SlaStage.Completed, status.Stage);
        Assert.Equal(Duration.FromHours(4), status.BusinessElapsed);
        Assert.Equal(breached, status.Breached);
        Assert.Equal(breached, status.Warnings.Any(w => w.Threshold == 100));
        Assert.Equal(breached ? Utc(3, 6, 17) : null, status.BreachAt);
    }

    [Theory]
    [InlineData(16, 59, false)]
    [InlineData(17, 0, false)]
    [InlineData(17, 1, true)]
    public void RunningIntoTheCloseOfBusinessOnItsTarget_IsDueAtTheClose_NotAtTheNextOpening(int hour, int minute, bool breached)
    {
        // 8 h from Monday 09:00 on 09:00–17:00 (London, on UTC in early March): the target is reached at 17:00; evaluated
        // exactly then, it is due now, not at Tuesday's opening.
        var f = new SlaFixture(Utc(3, 2, 9));
        f.Log();

        var status = Assert.Single(Resolution(Office(), Duration.FromHours(8)).Evaluate(f.Timeline, Utc(3, 2, hour, minute)));

        Assert.Equal(Utc(3, 2, 17), status.BreachAt);
        Assert.Equal(breached, status.Breached);
    }

    [Fact]
    public void PausedExactlyAtAThreshold_NotCrossedUntilTheClockRunsAgain()
    {
        // 2 h target from 09:00: 50 % is reached at 10:00, exactly when the incident goes on hold awaiting the caller.
        var f = new SlaFixture(Utc(3, 2, 9));
        f.Log();
        f.At(Utc(3, 2, 9, 30), i => i.Assign(Agent, Desk));
        f.At(Utc(3, 2, 10), i => i.PutOnHold(Agent, HoldReason.AwaitingCaller, "Asked for the error text"));
        var levels = Resolution(Office(), Duration.FromHours(2));

        var paused = Assert.Single(levels.Evaluate(f.Timeline, Utc(3, 2, 12)));
        f.At(Utc(3, 2, 13), i => i.Resume(Agent));
        var resumed = Assert.Single(levels.Evaluate(f.Timeline, Utc(3, 2, 13, 1)));

        Assert.DoesNotContain(paused.Warnings, w => w.Threshold == 50);
        Assert.Equal(Utc(3, 2, 10), resumed.Warnings.Single(w => w.Threshold == 50).At);
    }
}
