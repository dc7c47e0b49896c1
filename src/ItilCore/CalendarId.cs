using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using ItilCore.Serialization;

namespace ItilCore;

/// <summary>Identifies a business calendar (working hours, holidays and time zone) that service level targets are measured on.</summary>
/// <remarks>Immutable and thread-safe; compares ordinally. The text rules are those of <see cref="Identifier"/>.</remarks>
[JsonConverter(typeof(IdentifierJsonConverter<CalendarId>))]
public readonly record struct CalendarId : IIdentifier<CalendarId>
{
    private CalendarId(string value, bool _) => Value = value;

    /// <summary>Initializes a new business calendar id from its text.</summary>
    /// <param name="value">The identifier text.</param>
    /// <exception cref="ArgumentException">The text is empty, too long or contains whitespace.</exception>
    public CalendarId(string value) => Value = Identifier.Create<CalendarId>(value, nameof(value)).Value;

    /// <inheritdoc />
    public string Value { get; }

    /// <inheritdoc />
    public static string KindName => "business calendar id";

    /// <inheritdoc />
    static CalendarId IIdentifier<CalendarId>.FromValidated(string validatedText) => new(validatedText, true);

    /// <summary>Parses a business calendar id.</summary>
    /// <param name="text">The identifier text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="FormatException">The text is not a valid identifier.</exception>
    public static CalendarId Parse(string text) => Identifier.Parse<CalendarId>(text);

    /// <summary>Tries to parse a business calendar id.</summary>
    /// <param name="text">The identifier text.</param>
    /// <param name="id">The identifier when the text is valid.</param>
    /// <returns><see langword="true"/> when the text is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out CalendarId id) => Identifier.TryParse(text, out id);

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The identifier text, or an empty string for the default value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
