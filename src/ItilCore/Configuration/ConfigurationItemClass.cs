using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using ItilCore.Serialization;

namespace ItilCore.Configuration;

/// <summary>
/// The class of a configuration item, such as <c>server</c>, <c>application</c> or <c>database</c>: what kind of
/// component the item is. Classes are open: any identifier text is a class, and the common ones have properties here.
/// </summary>
/// <remarks>Immutable and thread-safe; compares ordinally. The text rules are those of <see cref="Identifier"/>.</remarks>
[JsonConverter(typeof(IdentifierJsonConverter<ConfigurationItemClass>))]
public readonly record struct ConfigurationItemClass : IIdentifier<ConfigurationItemClass>
{
    private ConfigurationItemClass(string value, bool _) => Value = value;

    /// <summary>Initializes a new configuration item class from its text.</summary>
    /// <param name="value">The class text, for example <c>server</c>.</param>
    /// <exception cref="ArgumentException">The text is empty, too long or contains whitespace.</exception>
    public ConfigurationItemClass(string value) => Value = Identifier.Create<ConfigurationItemClass>(value, nameof(value)).Value;

    /// <summary>Gets the class of physical or virtual servers.</summary>
    public static ConfigurationItemClass Server { get; } = new("server");

    /// <summary>Gets the class of applications and application components.</summary>
    public static ConfigurationItemClass Application { get; } = new("application");

    /// <summary>Gets the class of databases.</summary>
    public static ConfigurationItemClass Database { get; } = new("database");

    /// <summary>Gets the class of network devices and links.</summary>
    public static ConfigurationItemClass Network { get; } = new("network");

    /// <inheritdoc />
    public string Value { get; }

    /// <inheritdoc />
    public static string KindName => "configuration item class";

    /// <inheritdoc />
    static ConfigurationItemClass IIdentifier<ConfigurationItemClass>.FromValidated(string validatedText) => new(validatedText, true);

    /// <summary>Parses a configuration item class.</summary>
    /// <param name="text">The identifier text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="FormatException">The text is not a valid identifier.</exception>
    public static ConfigurationItemClass Parse(string text) => Identifier.Parse<ConfigurationItemClass>(text);

    /// <summary>Tries to parse a configuration item class.</summary>
    /// <param name="text">The identifier text.</param>
    /// <param name="id">The identifier when the text is valid.</param>
    /// <returns><see langword="true"/> when the text is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ConfigurationItemClass id) => Identifier.TryParse(text, out id);

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The identifier text, or an empty string for the default value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
