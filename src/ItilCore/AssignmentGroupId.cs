using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using ItilCore.Serialization;

namespace ItilCore;

/// <summary>Identifies an assignment group: the support team a ticket is routed to.</summary>
/// <remarks>Immutable and thread-safe; compares ordinally. The text rules are those of <see cref="Identifier"/>.</remarks>
[JsonConverter(typeof(IdentifierJsonConverter<AssignmentGroupId>))]
public readonly record struct AssignmentGroupId : IIdentifier<AssignmentGroupId>
{
    private AssignmentGroupId(string value, bool _) => Value = value;

    /// <summary>Initializes a new assignment group id from its text.</summary>
    /// <param name="value">The identifier text.</param>
    /// <exception cref="ArgumentException">The text is empty, too long or contains whitespace.</exception>
    public AssignmentGroupId(string value) => Value = Identifier.Create<AssignmentGroupId>(value, nameof(value)).Value;

    /// <inheritdoc />
    public string Value { get; }

    /// <inheritdoc />
    public static string KindName => "assignment group id";

    /// <inheritdoc />
    static AssignmentGroupId IIdentifier<AssignmentGroupId>.FromValidated(string validatedText) => new(validatedText, true);

    /// <summary>Parses a assignment group id.</summary>
    /// <param name="text">The identifier text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="FormatException">The text is not a valid identifier.</exception>
    public static AssignmentGroupId Parse(string text) => Identifier.Parse<AssignmentGroupId>(text);

    /// <summary>Tries to parse a assignment group id.</summary>
    /// <param name="text">The identifier text.</param>
    /// <param name="id">The identifier when the text is valid.</param>
    /// <returns><see langword="true"/> when the text is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out AssignmentGroupId id) => Identifier.TryParse(text, out id);

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The identifier text, or an empty string for the default value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
