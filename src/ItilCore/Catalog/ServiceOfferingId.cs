using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using ItilCore.Serialization;

namespace ItilCore.Catalog;

/// <summary>Identifies a service offering: a formal description of one or more services for a target consumer group.</summary>
/// <remarks>Immutable and thread-safe; compares ordinally. The text rules are those of <see cref="Identifier"/>.</remarks>
[JsonConverter(typeof(IdentifierJsonConverter<ServiceOfferingId>))]
public readonly record struct ServiceOfferingId : IIdentifier<ServiceOfferingId>
{
    private ServiceOfferingId(string value, bool _) => Value = value;

    /// <summary>Initializes a new service offering id from its text.</summary>
    /// <param name="value">The identifier text.</param>
    /// <exception cref="ArgumentException">The text is empty, too long or contains whitespace.</exception>
    public ServiceOfferingId(string value) => Value = Identifier.Create<ServiceOfferingId>(value, nameof(value)).Value;

    /// <inheritdoc />
    public string Value { get; }

    /// <inheritdoc />
    public static string KindName => "service offering id";

    /// <inheritdoc />
    static ServiceOfferingId IIdentifier<ServiceOfferingId>.FromValidated(string validatedText) => new(validatedText, true);

    /// <summary>Parses a service offering id.</summary>
    /// <param name="text">The identifier text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="FormatException">The text is not a valid identifier.</exception>
    public static ServiceOfferingId Parse(string text) => Identifier.Parse<ServiceOfferingId>(text);

    /// <summary>Tries to parse a service offering id.</summary>
    /// <param name="text">The identifier text.</param>
    /// <param name="id">The identifier when the text is valid.</param>
    /// <returns><see langword="true"/> when the text is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ServiceOfferingId id) => Identifier.TryParse(text, out id);

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The identifier text, or an empty string for the default value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
