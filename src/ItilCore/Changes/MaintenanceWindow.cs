using System;
using System.Collections.Generic;
using System.Linq;
using ItilCore.Configuration;
using ItilCore.ServiceLevels;
using NodaTime;

namespace ItilCore.Changes;

/// <summary>
/// A period in which a configuration item may be changed (a ServiceNow maintenance schedule). Once an item has any
/// maintenance window, a change touching it must lie entirely within one of them (touching windows count as one).
/// Items without maintenance windows may be changed at any time outside blackouts.
/// </summary>
/// <param name="Item">The configuration item.</param>
/// <param name="Window">The period (start inclusive, end exclusive).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record MaintenanceWindow(ConfigurationItemId Item, Interval Window)
{
    /// <summary>
    /// The maintenance windows of an item that recur on a calendar's working hours, within a horizon: one window per run of
    /// the calendar's working time, clipped to the horizon. Write "every Sunday 02:00–06:00 London time" as a
    /// <see cref="BusinessCalendar"/> whose only hours are Sunday 02:00–06:00 in Europe/London: the windows follow the
    /// zone's daylight saving changes, and the calendar's holidays and one-off shifts take out or add windows.
    /// </summary>
    /// <param name="item">The configuration item.</param>
    /// <param name="hours">When the item may be changed.</param>
    /// <param name="horizon">The period to list windows for (the schedule's horizon, the next quarter say).</param>
    /// <returns>The windows, in order.</returns>
    /// <exception cref="ArgumentException"><paramref name="item"/> is empty, or <paramref name="horizon"/> has no start or end, or does not end after it starts.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="hours"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="horizon"/> lies outside <see cref="BusinessCalendar.SupportedRange"/>.</exception>
    public static IReadOnlyList<MaintenanceWindow> Recurring(ConfigurationItemId item, BusinessCalendar hours, Interval horizon)
    {
        Preconditions.NotDefault(item, nameof(item));
        return RecurringWindows.Expand(hours, horizon, nameof(hours), nameof(horizon)).Select(w => new MaintenanceWindow(item, w)).ToArray();
    }
}
