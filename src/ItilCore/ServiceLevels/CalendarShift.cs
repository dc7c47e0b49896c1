using System.Collections.Generic;
using NodaTime;

namespace ItilCore.ServiceLevels;

/// <summary>
/// Working hours for one date that REPLACE that weekday's ordinary hours (a late opening, a half day, a Saturday
/// opening). An empty list closes the date. A holiday on the same date still wins.
/// </summary>
/// <param name="Date">The local date in the calendar's zone.</param>
/// <param name="Hours">The date's working intervals; overnight intervals belong to this date.</param>
/// <remarks>Immutable once built; thread-safe.</remarks>
public sealed record CalendarShift(LocalDate Date, IReadOnlyList<WorkingInterval> Hours);
