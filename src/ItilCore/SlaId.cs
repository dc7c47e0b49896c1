using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using ItilCore.Serialization;

namespace ItilCore;

/// <summary>Identifies a service level agreement (or an operational level agreement or underpinning contract).</summary>
/// <remarks>Immutable and thread-safe; compares ordinally. The text rules are those of <see cref="Identifier"/>.</remarks>
[JsonConverter(typeof(IdentifierJsonConverter<SlaId>))]
public readonly record struct SlaId : IIdentifier<SlaId>
{
    private SlaId(string value, bool _) => Value = value;

    /// <summary>Initializes a new service level agreement id from its text.</summary>
    /// <param name="value">The identifier text.</param>
    /// <exception cref="ArgumentException">The text is empty, too long or contains whitespace.</exception>
    public SlaId(string value) => Value = Identifier.Create<SlaId>(value, nameof(value)).Value;

    /// <inheritdoc />
    public string Value { get; }

    /// <inheritdoc />
    public static string KindName => "service level agreement id";

    /// <inheritdoc />
    static SlaId IIdentifier<SlaId>.FromValidated(string validatedText) => new(validatedText, true);

    /// <summary>Parses a service level agreement id.</summary>
    /// <param name="text">The identifier text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="FormatException">The text is not a valid identifier.</exception>
    public static SlaId Parse(string text) => Identifier.Parse<SlaId>(text);

    /// <summary>Tries to parse a service level agreement id.</summary>
    /// <param name="text">The identifier text.</param>
    /// <param name="id">The identifier when the text is valid.</param>
    /// <returns><see langword="true"/> when the text is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out SlaId id) => Identifier.TryParse(text, out id);

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The identifier text, or an empty string for the default value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
