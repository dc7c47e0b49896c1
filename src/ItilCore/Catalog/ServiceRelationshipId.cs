using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using ItilCore.Serialization;

namespace ItilCore.Catalog;

/// <summary>Identifies a service relationship between a service provider and a service consumer.</summary>
/// <remarks>Immutable and thread-safe; compares ordinally. The text rules are those of <see cref="Identifier"/>.</remarks>
[JsonConverter(typeof(IdentifierJsonConverter<ServiceRelationshipId>))]
public readonly record struct ServiceRelationshipId : IIdentifier<ServiceRelationshipId>
{
    private ServiceRelationshipId(string value, bool _) => Value = value;

    /// <summary>Initializes a new service relationship id from its text.</summary>
    /// <param name="value">The identifier text.</param>
    /// <exception cref="ArgumentException">The text is empty, too long or contains whitespace.</exception>
    public ServiceRelationshipId(string value) => Value = Identifier.Create<ServiceRelationshipId>(value, nameof(value)).Value;

    /// <inheritdoc />
    public string Value { get; }

    /// <inheritdoc />
    public static string KindName => "service relationship id";

    /// <inheritdoc />
    static ServiceRelationshipId IIdentifier<ServiceRelationshipId>.FromValidated(string validatedText) => new(validatedText, true);

    /// <summary>Parses a service relationship id.</summary>
    /// <param name="text">The identifier text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="FormatException">The text is not a valid identifier.</exception>
    public static ServiceRelationshipId Parse(string text) => Identifier.Parse<ServiceRelationshipId>(text);

    /// <summary>Tries to parse a service relationship id.</summary>
    /// <param name="text">The identifier text.</param>
    /// <param name="id">The identifier when the text is valid.</param>
    /// <returns><see langword="true"/> when the text is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ServiceRelationshipId id) => Identifier.TryParse(text, out id);

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The identifier text, or an empty string for the default value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
