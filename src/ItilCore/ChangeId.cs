using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using ItilCore.Serialization;

namespace ItilCore;

/// <summary>Identifies a change request (for example CHG0030001).</summary>
/// <remarks>Immutable and thread-safe; compares ordinally. The text rules are those of <see cref="Identifier"/>.</remarks>
[JsonConverter(typeof(IdentifierJsonConverter<ChangeId>))]
public readonly record struct ChangeId : IIdentifier<ChangeId>
{
    private ChangeId(string value, bool _) => Value = value;

    /// <summary>Initializes a new change id from its text.</summary>
    /// <param name="value">The identifier text.</param>
    /// <exception cref="ArgumentException">The text is empty, too long or contains whitespace.</exception>
    public ChangeId(string value) => Value = Identifier.Create<ChangeId>(value, nameof(value)).Value;

    /// <inheritdoc />
    public string Value { get; }

    /// <inheritdoc />
    public static string KindName => "change id";

    /// <inheritdoc />
    static ChangeId IIdentifier<ChangeId>.FromValidated(string validatedText) => new(validatedText, true);

    /// <summary>Parses a change id.</summary>
    /// <param name="text">The identifier text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="FormatException">The text is not a valid identifier.</exception>
    public static ChangeId Parse(string text) => Identifier.Parse<ChangeId>(text);

    /// <summary>Tries to parse a change id.</summary>
    /// <param name="text">The identifier text.</param>
    /// <param name="id">The identifier when the text is valid.</param>
    /// <returns><see langword="true"/> when the text is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ChangeId id) => Identifier.TryParse(text, out id);

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The identifier text, or an empty string for the default value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
