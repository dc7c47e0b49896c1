using System;

namespace ItilCore.Problems;

/// <summary>How a team runs problem management: the risk matrix that turns impact and probability into priority.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ProblemManagementOptions
{
    /// <summary>Gets the default options: a 3×3 risk matrix into 5 priorities (the same cells as ServiceNow's incident matrix).</summary>
    public static ProblemManagementOptions Default { get; } = new();

    /// <summary>
    /// Gets the risk matrix: a <see cref="ItilCore.PriorityMatrix"/> whose rows are impact levels and whose columns are
    /// <see cref="Problems.Probability"/> levels (where an incident matrix has urgency). Reusing the priority matrix
    /// gives problems the same validation, sizes, polarity, fallbacks, names and JSON form as incidents.
    /// </summary>
    public PriorityMatrix RiskMatrix { get; init; } = PriorityMatrix.ServiceNowDefault;

    /// <summary>Checks the options, throwing <see cref="ArgumentException"/> that names what is wrong.</summary>
    internal void Validate() => ArgumentNullException.ThrowIfNull(RiskMatrix, nameof(RiskMatrix));
}
