using System.Collections.Generic;

namespace ItilCore.Routing;

/// <summary>
/// A condition on the ticket's short description: keywords matched case-insensitively (char by char, each character
/// folded to the invariant lower case of its invariant upper case, so that ς, σ and Σ match), optionally as whole words,
/// any-of, all-of or none-of.
/// </summary>
/// <param name="Keywords">The keywords; each non-empty. A keyword may contain spaces ("disk full"); a whole-word one may not begin or end with one.</param>
/// <param name="Match">How many of them must occur.</param>
/// <param name="WholeWord">
/// When <see langword="true"/>, a keyword counts only where the characters just before and just after it are not
/// letters or digits (or are the text's ends).
/// </param>
/// <remarks>Immutable once built; the list is not copied here (the compiled rule set copies it). Thread-safe.</remarks>
public sealed record KeywordCondition(IReadOnlyList<string> Keywords, KeywordMatch Match = KeywordMatch.AnyOf, bool WholeWord = false)
{
    /// <summary>Returns the condition as a person would read it.</summary>
    /// <returns>The text, for example <c>description has any of ["vpn", "wifi"] (whole words)</c>.</returns>
    public override string ToString()
    {
        var match = Match switch { KeywordMatch.AllOf => "all of", KeywordMatch.NoneOf => "none of", _ => "any of" };
        var words = Keywords is null ? "?" : "\"" + string.Join("\", \"", Keywords) + "\"";
        return $"description has {match} [{words}]" + (WholeWord ? " (whole words)" : string.Empty);
    }
}
