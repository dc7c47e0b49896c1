using System.Collections.Generic;

namespace ItilCore;

/// <summary>
/// The document form of a <see cref="PriorityMatrix"/>: what a team writes in JSON. <see cref="PriorityMatrix.Create"/>
/// validates it and reports every problem at once.
/// </summary>
/// <param name="ImpactLevels">How many impact levels there are (rows).</param>
/// <param name="UrgencyLevels">How many urgency levels there are (columns).</param>
/// <param name="PriorityLevels">How many priority levels there are.</param>
/// <param name="Cells">Rows by impact level, columns by urgency level; <see langword="null"/> marks an empty cell.</param>
/// <param name="Polarity">Which end of the scales is highest.</param>
/// <param name="Fallback">What empty cells give.</param>
/// <param name="FallbackPriority">The priority for <see cref="MissingCellPolicy.Fixed"/>.</param>
/// <param name="PriorityNames">Optional names of the priority levels, in level order (for example Critical, High, …).</param>
/// <remarks>Immutable once built; the arrays are not copied, so do not change them afterwards.</remarks>
public sealed record PriorityMatrixDefinition(
    int ImpactLevels,
    int UrgencyLevels,
    int PriorityLevels,
    IReadOnlyList<IReadOnlyList<int?>> Cells,
    PriorityPolarity Polarity = PriorityPolarity.OneIsHighest,
    MissingCellPolicy Fallback = MissingCellPolicy.None,
    int? FallbackPriority = null,
    IReadOnlyList<string>? PriorityNames = null);
