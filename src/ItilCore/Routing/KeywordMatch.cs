namespace ItilCore.Routing;

/// <summary>How many of a keyword condition's keywords must occur in the short description.</summary>
public enum KeywordMatch
{
    /// <summary>At least one keyword occurs.</summary>
    AnyOf = 1,

    /// <summary>Every keyword occurs.</summary>
    AllOf = 2,

    /// <summary>No keyword occurs (negation).</summary>
    NoneOf = 3,
}
