using System;
using System.Collections.Generic;
using ItilCore.ServiceLevels;
using NodaTime;

namespace ItilCore.Changes;

/// <summary>
/// The one expansion of a recurring window (maintenance or blackout) into fixed periods: the runs of a business calendar's
/// working time within a horizon. The calendar already knows weekly hours in an IANA zone across daylight saving changes,
/// holidays and one-off shifts, so a recurring window is written as a calendar rather than a second kind of rule.
/// </summary>
internal static class RecurringWindows
{
    public static IEnumerable<Interval> Expand(BusinessCalendar hours, Interval horizon, string hoursParam, string horizonParam)
    {
        ArgumentNullException.ThrowIfNull(hours, hoursParam);
        if (!horizon.HasStart || !horizon.HasEnd || horizon.End <= horizon.Start)
        {
            throw new ArgumentException($"The horizon {horizon} needs a start and an end after it.", horizonParam);
        }

        var supported = BusinessCalendar.SupportedRange;
        if (horizon.Start < supported.Start || horizon.End > supported.End)
        {
            throw new ArgumentOutOfRangeException(horizonParam, horizon, $"The horizon must lie within the calendars' supported range {supported}.");
        }

        return hours.WorkingIntervals(horizon.Start, horizon.End);
    }
}
