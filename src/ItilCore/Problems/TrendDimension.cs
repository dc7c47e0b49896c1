namespace ItilCore.Problems;

/// <summary>What incidents must share for trend analysis to count them as recurring.</summary>
public enum TrendDimension
{
    /// <summary>The same catalogued service.</summary>
    Service = 1,

    /// <summary>The same configuration item.</summary>
    ConfigurationItem = 2,

    /// <summary>The same category.</summary>
    Category = 3,

    /// <summary>The same category and subcategory.</summary>
    Subcategory = 4,

    /// <summary>The same symptom.</summary>
    Symptom = 5,
}
