using System.Collections.Generic;
using NodaTime;

namespace ItilCore.ServiceLevels;

/// <summary>
/// Why an SLA clock shows what it shows: the periods it ran, its pauses, the working intervals of the calendar inside
/// the running periods (whose sum is the business time elapsed), and the holidays it crossed.
/// </summary>
/// <param name="Status">The status explained.</param>
/// <param name="Running">The periods the clock ran, in order.</param>
/// <param name="Pauses">The periods the clock was paused, in order.</param>
/// <param name="WorkingIntervals">The calendar's working intervals inside the running periods.</param>
/// <param name="Holidays">The holidays between the cycle's start and its end (or the evaluation instant).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SlaExplanation(
    SlaStatus Status,
    IReadOnlyList<Interval> Running,
    IReadOnlyList<Interval> Pauses,
    IReadOnlyList<Interval> WorkingIntervals,
    IReadOnlyList<CalendarHoliday> Holidays);
