namespace ItilCore;

/// <summary>What a <see cref="PriorityMatrix"/> does for an impact and urgency whose cell is empty.</summary>
public enum MissingCellPolicy
{
    /// <summary>Every cell must be filled; an empty cell makes the matrix invalid.</summary>
    None = 1,

    /// <summary>
    /// GLPI's fallback, round((impact + urgency) / 2) with halves away from zero, where impact and urgency are first
    /// placed on the priority scale when the scales differ in size.
    /// </summary>
    RoundedMean = 2,

    /// <summary>The least important priority of the scale.</summary>
    Lowest = 3,

    /// <summary>A fixed priority, given by <see cref="PriorityMatrixDefinition.FallbackPriority"/>.</summary>
    Fixed = 4,
}
