namespace ItilCore;

/// <summary>
/// The one rule for a ticket's category or subcategory, in every practice that records one: optional, but when given
/// not blank; it is stored trimmed.
/// </summary>
internal static class Categories
{
    /// <summary>The rejection message when a given category or subcategory is blank.</summary>
    public const string BlankMessage = "A category or subcategory, when given, must not be blank.";

    /// <summary>Tells whether a given (non-null) category or subcategory is blank.</summary>
    public static bool AnyBlank(string? category, string? subcategory = null)
        => (category is not null && string.IsNullOrWhiteSpace(category)) || (subcategory is not null && string.IsNullOrWhiteSpace(subcategory));
}
