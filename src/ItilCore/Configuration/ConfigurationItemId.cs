using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using ItilCore.Serialization;

namespace ItilCore.Configuration;

/// <summary>Identifies a configuration item (CI) in the configuration model.</summary>
/// <remarks>Immutable and thread-safe; compares ordinally. The text rules are those of <see cref="Identifier"/>.</remarks>
[JsonConverter(typeof(IdentifierJsonConverter<ConfigurationItemId>))]
public readonly record struct ConfigurationItemId : IIdentifier<ConfigurationItemId>
{
    private ConfigurationItemId(string value, bool _) => Value = value;

    /// <summary>Initializes a new configuration item id from its text.</summary>
    /// <param name="value">The identifier text.</param>
    /// <exception cref="ArgumentException">The text is empty, too long or contains whitespace.</exception>
    public ConfigurationItemId(string value) => Value = Identifier.Create<ConfigurationItemId>(value, nameof(value)).Value;

    /// <inheritdoc />
    public string Value { get; }

    /// <inheritdoc />
    public static string KindName => "configuration item id";

    /// <inheritdoc />
    static ConfigurationItemId IIdentifier<ConfigurationItemId>.FromValidated(string validatedText) => new(validatedText, true);

    /// <summary>Parses a configuration item id.</summary>
    /// <param name="text">The identifier text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="FormatException">The text is not a valid identifier.</exception>
    public static ConfigurationItemId Parse(string text) => Identifier.Parse<ConfigurationItemId>(text);

    /// <summary>Tries to parse a configuration item id.</summary>
    /// <param name="text">The identifier text.</param>
    /// <param name="id">The identifier when the text is valid.</param>
    /// <returns><see langword="true"/> when the text is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ConfigurationItemId id) => Identifier.TryParse(text, out id);

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The identifier text, or an empty string for the default value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
