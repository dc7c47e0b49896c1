using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using ItilCore.Serialization;

namespace ItilCore;

/// <summary>Identifies an actor: a person, a team member or a system acting on tickets (an ITIL customer, user, sponsor or agent).</summary>
/// <remarks>Immutable and thread-safe; compares ordinally. The text rules are those of <see cref="Identifier"/>.</remarks>
[JsonConverter(typeof(IdentifierJsonConverter<ActorId>))]
public readonly record struct ActorId : IIdentifier<ActorId>
{
    private ActorId(string value, bool _) => Value = value;

    /// <summary>Initializes a new actor id from its text.</summary>
    /// <param name="value">The identifier text.</param>
    /// <exception cref="ArgumentException">The text is empty, too long or contains whitespace.</exception>
    public ActorId(string value) => Value = Identifier.Create<ActorId>(value, nameof(value)).Value;

    /// <inheritdoc />
    public string Value { get; }

    /// <inheritdoc />
    public static string KindName => "actor id";

    /// <inheritdoc />
    static ActorId IIdentifier<ActorId>.FromValidated(string validatedText) => new(validatedText, true);

    /// <summary>Parses a actor id.</summary>
    /// <param name="text">The identifier text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="FormatException">The text is not a valid identifier.</exception>
    public static ActorId Parse(string text) => Identifier.Parse<ActorId>(text);

    /// <summary>Tries to parse a actor id.</summary>
    /// <param name="text">The identifier text.</param>
    /// <param name="id">The identifier when the text is valid.</param>
    /// <returns><see langword="true"/> when the text is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ActorId id) => Identifier.TryParse(text, out id);

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The identifier text, or an empty string for the default value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
