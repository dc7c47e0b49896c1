using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using ItilCore.Serialization;

namespace ItilCore;

/// <summary>Identifies an organization that provides or consumes services.</summary>
/// <remarks>Immutable and thread-safe; compares ordinally. The text rules are those of <see cref="Identifier"/>.</remarks>
[JsonConverter(typeof(IdentifierJsonConverter<OrganizationId>))]
public readonly record struct OrganizationId : IIdentifier<OrganizationId>
{
    private OrganizationId(string value, bool _) => Value = value;

    /// <summary>Initializes a new organization id from its text.</summary>
    /// <param name="value">The identifier text.</param>
    /// <exception cref="ArgumentException">The text is empty, too long or contains whitespace.</exception>
    public OrganizationId(string value) => Value = Identifier.Create<OrganizationId>(value, nameof(value)).Value;

    /// <inheritdoc />
    public string Value { get; }

    /// <inheritdoc />
    public static string KindName => "organization id";

    /// <inheritdoc />
    static OrganizationId IIdentifier<OrganizationId>.FromValidated(string validatedText) => new(validatedText, true);

    /// <summary>Parses a organization id.</summary>
    /// <param name="text">The identifier text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="FormatException">The text is not a valid identifier.</exception>
    public static OrganizationId Parse(string text) => Identifier.Parse<OrganizationId>(text);

    /// <summary>Tries to parse a organization id.</summary>
    /// <param name="text">The identifier text.</param>
    /// <param name="id">The identifier when the text is valid.</param>
    /// <returns><see langword="true"/> when the text is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out OrganizationId id) => Identifier.TryParse(text, out id);

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The identifier text, or an empty string for the default value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
