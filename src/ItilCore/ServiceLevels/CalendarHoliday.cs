using NodaTime;

namespace ItilCore.ServiceLevels;

/// <summary>A holiday falling on a date, as listed by <see cref="BusinessCalendar.HolidaysBetween"/> to explain service level time.</summary>
/// <param name="Date">The local date.</param>
/// <param name="Name">The holiday's name.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record CalendarHoliday(LocalDate Date, string Name)
{
    /// <summary>Returns the date and name.</summary>
    /// <returns>A text such as <c>2026-12-25 Christmas Day</c>.</returns>
    public override string ToString() => $"{Date:uuuu'-'MM'-'dd} {Name}";
}
