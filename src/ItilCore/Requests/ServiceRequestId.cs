using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using ItilCore.Serialization;

namespace ItilCore.Requests;

/// <summary>Identifies a service request record.</summary>
/// <remarks>Immutable and thread-safe; compares ordinally. The text rules are those of <see cref="Identifier"/>.</remarks>
[JsonConverter(typeof(IdentifierJsonConverter<ServiceRequestId>))]
public readonly record struct ServiceRequestId : IIdentifier<ServiceRequestId>
{
    private ServiceRequestId(string value, bool _) => Value = value;

    /// <summary>Initializes a new service request id from its text.</summary>
    /// <param name="value">The identifier text.</param>
    /// <exception cref="ArgumentException">The text is empty, too long or contains whitespace.</exception>
    public ServiceRequestId(string value) => Value = Identifier.Create<ServiceRequestId>(value, nameof(value)).Value;

    /// <inheritdoc />
    public string Value { get; }

    /// <inheritdoc />
    public static string KindName => "service request id";

    /// <inheritdoc />
    static ServiceRequestId IIdentifier<ServiceRequestId>.FromValidated(string validatedText) => new(validatedText, true);

    /// <summary>Parses a service request id.</summary>
    /// <param name="text">The identifier text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="FormatException">The text is not a valid identifier.</exception>
    public static ServiceRequestId Parse(string text) => Identifier.Parse<ServiceRequestId>(text);

    /// <summary>Tries to parse a service request id.</summary>
    /// <param name="text">The identifier text.</param>
    /// <param name="id">The identifier when the text is valid.</param>
    /// <returns><see langword="true"/> when the text is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ServiceRequestId id) => Identifier.TryParse(text, out id);

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The identifier text, or an empty string for the default value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
