using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using ItilCore.Serialization;

namespace ItilCore.Requests;

/// <summary>Identifies a request item: a pre-defined entry of the request catalogue.</summary>
/// <remarks>Immutable and thread-safe; compares ordinally. The text rules are those of <see cref="Identifier"/>.</remarks>
[JsonConverter(typeof(IdentifierJsonConverter<RequestItemId>))]
public readonly record struct RequestItemId : IIdentifier<RequestItemId>
{
    private RequestItemId(string value, bool _) => Value = value;

    /// <summary>Initializes a new request item id from its text.</summary>
    /// <param name="value">The identifier text.</param>
    /// <exception cref="ArgumentException">The text is empty, too long or contains whitespace.</exception>
    public RequestItemId(string value) => Value = Identifier.Create<RequestItemId>(value, nameof(value)).Value;

    /// <inheritdoc />
    public string Value { get; }

    /// <inheritdoc />
    public static string KindName => "request item id";

    /// <inheritdoc />
    static RequestItemId IIdentifier<RequestItemId>.FromValidated(string validatedText) => new(validatedText, true);

    /// <summary>Parses a request item id.</summary>
    /// <param name="text">The identifier text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="FormatException">The text is not a valid identifier.</exception>
    public static RequestItemId Parse(string text) => Identifier.Parse<RequestItemId>(text);

    /// <summary>Tries to parse a request item id.</summary>
    /// <param name="text">The identifier text.</param>
    /// <param name="id">The identifier when the text is valid.</param>
    /// <returns><see langword="true"/> when the text is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out RequestItemId id) => Identifier.TryParse(text, out id);

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The identifier text, or an empty string for the default value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
