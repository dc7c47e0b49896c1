using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using ItilCore.Serialization;

namespace ItilCore.Catalog;

/// <summary>Identifies a product: a configuration of resources on which services are based.</summary>
/// <remarks>Immutable and thread-safe; compares ordinally. The text rules are those of <see cref="Identifier"/>.</remarks>
[JsonConverter(typeof(IdentifierJsonConverter<ProductId>))]
public readonly record struct ProductId : IIdentifier<ProductId>
{
    private ProductId(string value, bool _) => Value = value;

    /// <summary>Initializes a new product id from its text.</summary>
    /// <param name="value">The identifier text.</param>
    /// <exception cref="ArgumentException">The text is empty, too long or contains whitespace.</exception>
    public ProductId(string value) => Value = Identifier.Create<ProductId>(value, nameof(value)).Value;

    /// <inheritdoc />
    public string Value { get; }

    /// <inheritdoc />
    public static string KindName => "product id";

    /// <inheritdoc />
    static ProductId IIdentifier<ProductId>.FromValidated(string validatedText) => new(validatedText, true);

    /// <summary>Parses a product id.</summary>
    /// <param name="text">The identifier text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="FormatException">The text is not a valid identifier.</exception>
    public static ProductId Parse(string text) => Identifier.Parse<ProductId>(text);

    /// <summary>Tries to parse a product id.</summary>
    /// <param name="text">The identifier text.</param>
    /// <param name="id">The identifier when the text is valid.</param>
    /// <returns><see langword="true"/> when the text is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ProductId id) => Identifier.TryParse(text, out id);

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The identifier text, or an empty string for the default value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
