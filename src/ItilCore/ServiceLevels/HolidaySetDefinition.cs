using System.Collections.Generic;

namespace ItilCore.ServiceLevels;

/// <summary>The document form of a <see cref="HolidaySet"/>: a named list of holidays shared between business calendars.</summary>
/// <param name="Id">The set's id, referenced from <see cref="BusinessCalendarDefinition.HolidaySets"/>.</param>
/// <param name="Name">The set's name, for example "England and Wales bank holidays".</param>
/// <param name="Holidays">The holidays.</param>
/// <remarks>Immutable once built; the list is copied by <see cref="HolidaySet.Create"/>. Thread-safe.</remarks>
public sealed record HolidaySetDefinition(HolidaySetId Id, string Name, IReadOnlyList<HolidayDefinition> Holidays);
