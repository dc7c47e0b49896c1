using System;
using System.Collections.Generic;
using System.Linq;
using ItilCore.Catalog;
using ItilCore.Configuration;
using ItilCore.ServiceLevels;
using NodaTime;

namespace ItilCore.Changes;

/// <summary>
/// A period in which changes must not be implemented (a ServiceNow blackout schedule): for every change when it names
/// neither a service nor an item, otherwise for changes touching that configuration item, or for changes to that
/// service: those that name it and, on a schedule with a configuration model, those touching an item that supports it
/// or that such an item depends on (see <see cref="ChangeSchedule.Create"/>).
/// </summary>
/// <param name="Name">The blackout's name, for example "Year-end freeze"; not empty.</param>
/// <param name="Window">The period (start inclusive, end exclusive).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record BlackoutWindow(string Name, Interval Window)
{
    /// <summary>Gets the service the blackout is for; <see langword="null"/> with no <see cref="Item"/> for a global blackout.</summary>
    public ServiceId? Service { get; init; }

    /// <summary>Gets the configuration item the blackout is for; <see langword="null"/> with no <see cref="Service"/> for a global blackout.</summary>
    public ConfigurationItemId? Item { get; init; }

    /// <summary>Gets whether the blackout applies to every change.</summary>
    public bool IsGlobal => Service is null && Item is null;

    /// <summary>
    /// Blackouts that recur on a calendar's working hours, within a horizon: one blackout per run of the calendar's working
    /// time, clipped to the horizon, all with the same name. "No changes to trading during market hours" is the market's
    /// business calendar (its zone, weekly hours and holidays) as blackout hours for the trading service: the blackouts
    /// follow the zone's daylight saving changes, and lift on the market's holidays.
    /// </summary>
    /// <param name="name">The blackouts' name, for example "Market hours"; not empty.</param>
    /// <param name="hours">When changes must not be implemented.</param>
    /// <param name="horizon">The period to list blackouts for (the schedule's horizon, the next quarter say).</param>
    /// <param name="service">The service the blackouts are for, if any.</param>
    /// <param name="item">The configuration item the blackouts are for, if any; with neither, they apply to every change.</param>
    /// <returns>The blackouts, in order.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, or <paramref name="horizon"/> has no start or end, or does not end after it starts.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="hours"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="horizon"/> lies outside <see cref="BusinessCalendar.SupportedRange"/>.</exception>
    public static IReadOnlyList<BlackoutWindow> Recurring(string name, BusinessCalendar hours, Interval horizon, ServiceId? service = null, ConfigurationItemId? item = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return RecurringWindows.Expand(hours, horizon, nameof(hours), nameof(horizon))
            .Select(w => new BlackoutWindow(name, w) { Service = service, Item = item })
            .ToArray();
    }
}
