using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using ItilCore.Serialization;

namespace ItilCore.Routing;

/// <summary>Identifies a routing rule within its rule set.</summary>
/// <remarks>Immutable and thread-safe; compares ordinally. The text rules are those of <see cref="Identifier"/>.</remarks>
[JsonConverter(typeof(IdentifierJsonConverter<RoutingRuleId>))]
public readonly record struct RoutingRuleId : IIdentifier<RoutingRuleId>
{
    private RoutingRuleId(string value, bool _) => Value = value;

    /// <summary>Initializes a new routing rule id from its text.</summary>
    /// <param name="value">The identifier text.</param>
    /// <exception cref="ArgumentException">The text is empty, too long or contains whitespace.</exception>
    public RoutingRuleId(string value) => Value = Identifier.Create<RoutingRuleId>(value, nameof(value)).Value;

    /// <inheritdoc />
    public string Value { get; }

    /// <inheritdoc />
    public static string KindName => "routing rule id";

    /// <inheritdoc />
    static RoutingRuleId IIdentifier<RoutingRuleId>.FromValidated(string validatedText) => new(validatedText, true);

    /// <summary>Parses a routing rule id.</summary>
    /// <param name="text">The identifier text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="FormatException">The text is not a valid identifier.</exception>
    public static RoutingRuleId Parse(string text) => Identifier.Parse<RoutingRuleId>(text);

    /// <summary>Tries to parse a routing rule id.</summary>
    /// <param name="text">The identifier text.</param>
    /// <param name="id">The identifier when the text is valid.</param>
    /// <returns><see langword="true"/> when the text is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out RoutingRuleId id) => Identifier.TryParse(text, out id);

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The identifier text, or an empty string for the default value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
