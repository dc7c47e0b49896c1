using System;
using System.Linq;
using ItilCore.Changes;
using ItilCore.ServiceLevels;
using ItilCore.Tests.Catalog;
using NodaTime;
using Xunit;
using F = ItilCore.Tests.Changes.ChangeFixture;

namespace ItilCore.Tests.Changes;

/// <summary>Maintenance windows and blackouts that recur on a business calendar's hours, in its zone.</summary>
public sealed class RecurringWindowTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly Interval March = new(Instant.FromUtc(2026, 3, 1, 0, 0), Instant.FromUtc(2026, 4, 1, 0, 0));

    private static Instant Local(int month, int day, int hour, int minute = 0) => new LocalDateTime(2026, month, day, hour, minute).InZoneStrictly(London).ToInstant();

    private static ScheduledChange OnServer(string id, Instant start, Duration length) => new(new ChangeId(id), new Interval(start, start + length), [F.Server]);

    // Sundays 02:00–06:00 London time; the calendar's holiday takes out 15 March.
    private static readonly BusinessCalendar SundayNights = BusinessCalendar.Create(new BusinessCalendarDefinition(
        new CalendarId("sunday-maintenance"),
        "Sunday maintenance",
        "Europe/London",
        new WeeklyHours(Sunday: [new WorkingInterval("02:00", "06:00")]),
        Holidays: [HolidayDefinition.OnDate("Quarter close", new LocalDate(2026, 3, 15))]));

    [Fact]
    public void MaintenanceWindows_FollowTheZonesClock_AcrossTheDaylightSavingChange_AndSkipTheCalendarsHolidays()
    {
        var windows = MaintenanceWindow.Recurring(F.Server, SundayNights, March);

        // 29 March is the day clocks go forward (01:00 GMT → 02:00 BST): 02:00–06:00 there is 01:00–05:00 UTC.
        Assert.Equal(
            [
                new Interval(Instant.FromUtc(2026, 3, 1, 2, 0), Instant.FromUtc(2026, 3, 1, 6, 0)),
                new Interval(Instant.FromUtc(2026, 3, 8, 2, 0), Instant.FromUtc(2026, 3, 8, 6, 0)),
                new Interval(Instant.FromUtc(2026, 3, 22, 2, 0), Instant.FromUtc(2026, 3, 22, 6, 0)),
                new Interval(Instant.FromUtc(2026, 3, 29, 1, 0), Instant.FromUtc(2026, 3, 29, 5, 0)),
            ],
            windows.Select(w => w.Window));
        Assert.All(windows, w => Assert.Equal(F.Server, w.Item));

        var schedule = ChangeSchedule.Create([], maintenanceWindows: windows, configuration: F.Services.Configuration);
        Assert.Empty(schedule.ConflictsWith(OnServer("CHG1", Local(3, 29, 3), Duration.FromHours(2))));
        Assert.Empty(schedule.ConflictsWith(OnServer("CHG2", Local(3, 22, 2), Duration.FromHours(4))));
        var onHoliday = Assert.Single(schedule.ConflictsWith(OnServer("CHG3", Local(3, 15, 3), Duration.FromHours(1))));
        Assert.Equal((ScheduleConflictKind.OutsideMaintenanceWindow, F.Server), (onHoliday.Kind, onHoliday.Item!.Value));
        Assert.Single(schedule.ConflictsWith(OnServer("CHG4", Local(3, 22, 5), Duration.FromHours(2))));
    }

    [Fact]
    public void Blackouts_RecurOnTheCalendarsHours_ForTheServiceTheyName()
    {
        // No changes to the VPN service during London office hours, Monday–Friday 09:00–17:00.
        var office = BusinessCalendar.Create(new BusinessCalendarDefinition(new CalendarId("office"), "Office hours", "Europe/London", WeeklyHours.MondayToFriday("09:00", "17:00")));
        var blackouts = BlackoutWindow.Recurring("Office hours", office, March, service: CatalogSamples.Vpn);

        Assert.Equal(22, blackouts.Count);
        Assert.All(blackouts, b => Assert.Equal(("Office hours", (ItilCore.Catalog.ServiceId?)CatalogSamples.Vpn, (ItilCore.Configuration.ConfigurationItemId?)null), (b.Name, b.Service, b.Item)));
        var schedule = ChangeSchedule.Create([], blackouts);
        ScheduledChange OnVpn(string id, Instant start) => new(new ChangeId(id), new Interval(start, start + Duration.FromHours(1)), []) { Service = CatalogSamples.Vpn };

        var during = Assert.Single(schedule.ConflictsWith(OnVpn("CHG1", Local(3, 31, 16, 30))));
        Assert.Equal((ScheduleConflictKind.Blackout, "Office hours"), (during.Kind, during.Blackout));
        Assert.Empty(schedule.ConflictsWith(OnVpn("CHG2", Local(3, 31, 17))));
        Assert.Empty(schedule.ConflictsWith(OnVpn("CHG3", Local(3, 28, 10))));
    }

    [Fact]
    public void Recurring_BadArguments_NameTheParameter()
    {
        Assert.Throws<ArgumentException>("horizon", () => MaintenanceWindow.Recurring(F.Server, SundayNights, new Interval(March.Start, March.Start)));
        Assert.Throws<ArgumentException>("horizon", () => BlackoutWindow.Recurring("Freeze", SundayNights, new Interval(null, March.End)));
        Assert.Throws<ArgumentOutOfRangeException>("horizon", () => MaintenanceWindow.Recurring(F.Server, SundayNights, new Interval(Instant.FromUtc(1800, 1, 1, 0, 0), March.End)));
        Assert.Throws<ArgumentNullException>("hours", () => MaintenanceWindow.Recurring(F.Server, null!, March));
        Assert.Throws<ArgumentException>("item", () => MaintenanceWindow.Recurring(default, SundayNights, March));
        Assert.Throws<ArgumentException>("name", () => BlackoutWindow.Recurring(" ", SundayNights, March));
    }
}
