using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using ItilCore.Serialization;

namespace ItilCore.Routing;

/// <summary>Identifies a set of business hours (an <see cref="IBusinessHours"/>, usually a business calendar) that routing time conditions and agent shifts refer to.</summary>
/// <remarks>Immutable and thread-safe; compares ordinally. The text rules are those of <see cref="Identifier"/>.</remarks>
[JsonConverter(typeof(IdentifierJsonConverter<BusinessHoursId>))]
public readonly record struct BusinessHoursId : IIdentifier<BusinessHoursId>
{
    private BusinessHoursId(string value, bool _) => Value = value;

    /// <summary>Initializes a new business hours id from its text.</summary>
    /// <param name="value">The identifier text.</param>
    /// <exception cref="ArgumentException">The text is empty, too long or contains whitespace.</exception>
    public BusinessHoursId(string value) => Value = Identifier.Create<BusinessHoursId>(value, nameof(value)).Value;

    /// <inheritdoc />
    public string Value { get; }

    /// <inheritdoc />
    public static string KindName => "business hours id";

    /// <inheritdoc />
    static BusinessHoursId IIdentifier<BusinessHoursId>.FromValidated(string validatedText) => new(validatedText, true);

    /// <summary>Parses a business hours id.</summary>
    /// <param name="text">The identifier text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="FormatException">The text is not a valid identifier.</exception>
    public static BusinessHoursId Parse(string text) => Identifier.Parse<BusinessHoursId>(text);

    /// <summary>Tries to parse a business hours id.</summary>
    /// <param name="text">The identifier text.</param>
    /// <param name="id">The identifier when the text is valid.</param>
    /// <returns><see langword="true"/> when the text is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out BusinessHoursId id) => Identifier.TryParse(text, out id);

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The identifier text, or an empty string for the default value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
