using System;
using System.Diagnostics.CodeAnalysis;

namespace ItilCore;

/// <summary>
/// The one rule for identifier text, and parsing helpers shared by every <see cref="IIdentifier{TSelf}"/>.
/// </summary>
/// <remarks>
/// Valid text has 1 to <see cref="MaxLength"/> characters, none of them whitespace or control characters. Comparison is
/// ordinal and case-sensitive: <c>INC001</c> and <c>inc001</c> are different identifiers. This type is thread-safe.
/// </remarks>
public static class Identifier
{
    /// <summary>The longest identifier text accepted.</summary>
    public const int MaxLength = 100;

    /// <summary>Checks identifier text and returns why it is invalid, or <see langword="null"/> when it is valid.</summary>
    /// <param name="text">The candidate text.</param>
    /// <returns>A readable reason, or <see langword="null"/>.</returns>
    public static string? Check(string? text)
    {
        if (text is null)
        {
            return "is missing";
        }

        if (text.Length == 0)
        {
            return "is empty";
        }

        if (text.Length > MaxLength)
        {
            return $"is {text.Length} characters long; at most {MaxLength} are allowed";
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return $"contains whitespace or a control character at position {i}";
            }
        }

        return null;
    }

    /// <summary>Creates an identifier, throwing <see cref="ArgumentException"/> that names the parameter when the text is invalid.</summary>
    /// <typeparam name="T">The identifier type.</typeparam>
    /// <param name="text">The identifier text.</param>
    /// <param name="paramName">The caller's parameter name.</param>
    /// <returns>The identifier.</returns>
    public static T Create<T>(string text, string paramName)
        where T : struct, IIdentifier<T>
    {
        var problem = Check(text);
        if (problem is not null)
        {
            if (text is null)
            {
                throw new ArgumentNullException(paramName, $"A {T.KindName} {problem}.");
            }

            throw new ArgumentException($"A {T.KindName} {problem}: '{text}'.", paramName);
        }

        return T.FromValidated(text);
    }

    /// <summary>Parses identifier text, throwing <see cref="FormatException"/> when it is invalid.</summary>
    /// <typeparam name="T">The identifier type.</typeparam>
    /// <param name="text">The identifier text.</param>
    /// <returns>The identifier.</returns>
    public static T Parse<T>(string text)
        where T : struct, IIdentifier<T>
    {
        var problem = Check(text);
        return problem is null ? T.FromValidated(text) : throw new FormatException($"A {T.KindName} {problem}: '{text}'.");
    }

    /// <summary>Tries to parse identifier text.</summary>
    /// <typeparam name="T">The identifier type.</typeparam>
    /// <param name="text">The identifier text.</param>
    /// <param name="id">The identifier, or the default value when the text is invalid.</param>
    /// <returns><see langword="true"/> when the text is a valid identifier.</returns>
    public static bool TryParse<T>([NotNullWhen(true)] string? text, out T id)
        where T : struct, IIdentifier<T>
    {
        if (Check(text) is null)
        {
            id = T.FromValidated(text!);
            return true;
        }

        id = default;
        return false;
    }
}
