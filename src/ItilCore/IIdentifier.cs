namespace ItilCore;

/// <summary>
/// A strongly typed identifier: a small immutable value that wraps validated text, so that a service id can never be
/// passed where an incident id is expected.
/// </summary>
/// <typeparam name="TSelf">The identifier type itself.</typeparam>
/// <remarks>
/// Identifier text is 1 to 100 characters with no whitespace and no control characters (see <see cref="Identifier"/>).
/// All implementations are immutable and thread-safe. Each id type repeats the same twenty lines (constructor,
/// Parse, TryParse, ToString) because C# cannot inherit members into a struct; the rules themselves live once, in
/// <see cref="Identifier"/> and <see cref="Serialization.IdentifierJsonConverter{T}"/>, and one test covers every id type.
/// </remarks>
public interface IIdentifier<TSelf>
    where TSelf : struct, IIdentifier<TSelf>
{
    /// <summary>Gets the identifier text; <see langword="null"/> only for the default value.</summary>
    string Value { get; }

    /// <summary>Gets a short human name of the identifier kind, used in error messages (for example "service id").</summary>
    static abstract string KindName { get; }

    /// <summary>Creates the identifier from text that <see cref="Identifier.Check"/> has accepted.</summary>
    /// <param name="validatedText">Validated identifier text.</param>
    /// <returns>The identifier.</returns>
    static abstract TSelf FromValidated(string validatedText);
}
