using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using ItilCore.Serialization;

namespace ItilCore.ServiceLevels;

/// <summary>Identifies a holiday set, a named list of holidays that several business calendars share.</summary>
/// <remarks>Immutable and thread-safe; compares ordinally. The text rules are those of <see cref="Identifier"/>.</remarks>
[JsonConverter(typeof(IdentifierJsonConverter<HolidaySetId>))]
public readonly record struct HolidaySetId : IIdentifier<HolidaySetId>
{
    private HolidaySetId(string value, bool _) => Value = value;

    /// <summary>Initializes a new holiday set id from its text.</summary>
    /// <param name="value">The identifier text.</param>
    /// <exception cref="ArgumentException">The text is empty, too long or contains whitespace.</exception>
    public HolidaySetId(string value) => Value = Identifier.Create<HolidaySetId>(value, nameof(value)).Value;

    /// <inheritdoc />
    public string Value { get; }

    /// <inheritdoc />
    public static string KindName => "holiday set id";

    /// <inheritdoc />
    static HolidaySetId IIdentifier<HolidaySetId>.FromValidated(string validatedText) => new(validatedText, true);

    /// <summary>Parses a holiday set id.</summary>
    /// <param name="text">The identifier text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="FormatException">The text is not a valid identifier.</exception>
    public static HolidaySetId Parse(string text) => Identifier.Parse<HolidaySetId>(text);

    /// <summary>Tries to parse a holiday set id.</summary>
    /// <param name="text">The identifier text.</param>
    /// <param name="id">The identifier when the text is valid.</param>
    /// <returns><see langword="true"/> when the text is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out HolidaySetId id) => Identifier.TryParse(text, out id);

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The identifier text, or an empty string for the default value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
