using System.Collections.Generic;
using NodaTime;

namespace ItilCore.ServiceLevels;

/// <summary>
/// A gap in working time on the wall clock, from <see cref="Start"/> to <see cref="End"/> (<c>"HH:mm"</c>, end up to
/// <c>"24:00"</c>, never past midnight): on one <see cref="Date"/>, on the listed <see cref="Days"/> of every week, or,
/// when neither is given, on every day (a lunch break). A break removes working time from any interval that covers that
/// wall-clock time, including an overnight interval that started the day before.
/// </summary>
/// <param name="Start">The start of the break.</param>
/// <param name="End">The end of the break (exclusive), after the start.</param>
/// <param name="Date">The one date of the break, or <see langword="null"/>.</param>
/// <param name="Days">The weekdays of a weekly break, or <see langword="null"/>; not together with <see cref="Date"/>.</param>
/// <remarks>Immutable once built; thread-safe.</remarks>
public sealed record CalendarBreak(string Start, string End, LocalDate? Date = null, IReadOnlyList<IsoDayOfWeek>? Days = null);
