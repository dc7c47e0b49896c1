using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using ItilCore.Serialization;

namespace ItilCore.Changes;

/// <summary>Identifies a pre-authorized change model in the <see cref="StandardChangeCatalog"/>.</summary>
/// <remarks>Immutable and thread-safe; compares ordinally. The text rules are those of <see cref="Identifier"/>.</remarks>
[JsonConverter(typeof(IdentifierJsonConverter<ChangeModelId>))]
public readonly record struct ChangeModelId : IIdentifier<ChangeModelId>
{
    private ChangeModelId(string value, bool _) => Value = value;

    /// <summary>Initializes a new change model id from its text.</summary>
    /// <param name="value">The identifier text.</param>
    /// <exception cref="ArgumentException">The text is empty, too long or contains whitespace.</exception>
    public ChangeModelId(string value) => Value = Identifier.Create<ChangeModelId>(value, nameof(value)).Value;

    /// <inheritdoc />
    public string Value { get; }

    /// <inheritdoc />
    public static string KindName => "change model id";

    /// <inheritdoc />
    static ChangeModelId IIdentifier<ChangeModelId>.FromValidated(string validatedText) => new(validatedText, true);

    /// <summary>Parses a change model id.</summary>
    /// <param name="text">The identifier text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="FormatException">The text is not a valid identifier.</exception>
    public static ChangeModelId Parse(string text) => Identifier.Parse<ChangeModelId>(text);

    /// <summary>Tries to parse a change model id.</summary>
    /// <param name="text">The identifier text.</param>
    /// <param name="id">The identifier when the text is valid.</param>
    /// <returns><see langword="true"/> when the text is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ChangeModelId id) => Identifier.TryParse(text, out id);

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The identifier text, or an empty string for the default value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
