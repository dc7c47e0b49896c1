using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using ItilCore.Serialization;

namespace ItilCore;

/// <summary>Identifies a problem record.</summary>
/// <remarks>Immutable and thread-safe; compares ordinally. The text rules are those of <see cref="Identifier"/>.</remarks>
[JsonConverter(typeof(IdentifierJsonConverter<ProblemId>))]
public readonly record struct ProblemId : IIdentifier<ProblemId>
{
    private ProblemId(string value, bool _) => Value = value;

    /// <summary>Initializes a new problem id from its text.</summary>
    /// <param name="value">The identifier text.</param>
    /// <exception cref="ArgumentException">The text is empty, too long or contains whitespace.</exception>
    public ProblemId(string value) => Value = Identifier.Create<ProblemId>(value, nameof(value)).Value;

    /// <inheritdoc />
    public string Value { get; }

    /// <inheritdoc />
    public static string KindName => "problem id";

    /// <inheritdoc />
    static ProblemId IIdentifier<ProblemId>.FromValidated(string validatedText) => new(validatedText, true);

    /// <summary>Parses a problem id.</summary>
    /// <param name="text">The identifier text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="FormatException">The text is not a valid identifier.</exception>
    public static ProblemId Parse(string text) => Identifier.Parse<ProblemId>(text);

    /// <summary>Tries to parse a problem id.</summary>
    /// <param name="text">The identifier text.</param>
    /// <param name="id">The identifier when the text is valid.</param>
    /// <returns><see langword="true"/> when the text is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ProblemId id) => Identifier.TryParse(text, out id);

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The identifier text, or an empty string for the default value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
