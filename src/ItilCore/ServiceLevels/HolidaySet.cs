using System;
using System.Collections.Generic;
using System.Linq;
using ItilCore.Serialization;

namespace ItilCore.ServiceLevels;

/// <summary>
/// A named, checked list of holidays that several business calendars share (ServiceNow's "U.S. Holidays" child
/// schedule): calendars reference it by <see cref="Id"/> in <see cref="BusinessCalendarDefinition.HolidaySets"/>.
/// </summary>
/// <remarks>Immutable and thread-safe once created.</remarks>
public sealed class HolidaySet
{
    private readonly HolidaySetDefinition _definition;

    private HolidaySet(HolidaySetDefinition definition, HolidayRule[] rules)
    {
        _definition = definition;
        Rules = rules;
    }

    /// <summary>Gets the set's id.</summary>
    public HolidaySetId Id => _definition.Id;

    /// <summary>Gets the set's name.</summary>
    public string Name => _definition.Name;

    /// <summary>Gets the holidays, as defined.</summary>
    public IReadOnlyList<HolidayDefinition> Holidays => _definition.Holidays;

    internal HolidayRule[] Rules { get; }

    /// <summary>Builds a holiday set, checking every holiday and reporting every problem at once.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The holiday set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    /// <exception cref="InvalidDefinitionException">The definition is invalid; the exception lists every problem with its JSON path.</exception>
    public static HolidaySet Create(HolidaySetDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var problems = new List<ValidationProblem>();
        if (definition.Id.Value is null)
        {
            problems.Add(new("$.id", $"the {HolidaySetId.KindName} is missing"));
        }

        DefinitionChecks.Name(definition.Name, "$.name", problems);
        var holidays = DefinitionChecks.List(definition.Holidays, "$.holidays", problems);
        var rules = new List<HolidayRule>(holidays.Count);
        for (var i = 0; i < holidays.Count; i++)
        {
            if (HolidayRule.Check(holidays[i], $"$.holidays[{i}]", problems) is { } rule)
            {
                rules.Add(rule);
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidDefinitionException("holiday set", problems);
        }

        return new HolidaySet(definition with { Holidays = holidays.ToArray() }, [.. rules]);
    }

    /// <summary>Reads a holiday set from JSON text and builds it.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The holiday set.</returns>
    /// <exception cref="JsonReadException">The JSON is malformed or does not match the document shape.</exception>
    /// <exception cref="InvalidDefinitionException">The definition is invalid.</exception>
    public static HolidaySet FromJson(string json) => Create(ItilJson.Deserialize<HolidaySetDefinition>(json, "holiday set"));

    /// <summary>Reads a holiday set from a JSON file and builds it.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The holiday set.</returns>
    public static HolidaySet Load(string path) => ItilJson.LoadFile(path, (HolidaySetDefinition d) => Create(d));

    /// <summary>Returns the definition this set was built from (a copy of its lists).</summary>
    /// <returns>The definition.</returns>
    public HolidaySetDefinition ToDefinition() => _definition with { Holidays = _definition.Holidays.ToArray() };

    /// <summary>Writes the set's definition as JSON text.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => ItilJson.Serialize(_definition);

    /// <summary>Writes the set's definition to a JSON file.</summary>
    /// <param name="path">The file path.</param>
    public void Save(string path) => ItilJson.WriteFile(path, _definition);

    /// <summary>Returns the set's id and name.</summary>
    /// <returns>A text such as <c>uk-bank-holidays (UK bank holidays)</c>.</returns>
    public override string ToString() => $"{Id} ({Name})";
}
