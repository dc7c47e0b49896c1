using System.Collections.Generic;
using System.Linq;
using ItilCore.Problems;

namespace ItilCore.Testing;

/// <summary>A generated problem scenario: how the problem is logged, then a sequence of steps (valid and invalid commands, merges, time passing).</summary>
/// <param name="Log">The logging command.</param>
/// <param name="Steps">The steps, in order.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ProblemScenario(LogProblem Log, IReadOnlyList<ProblemCommand> Steps)
{
    /// <summary>Lists the steps, one per line, so that a failing property shows a readable counterexample.</summary>
    /// <returns>The scenario as text.</returns>
    public override string ToString()
        => $"Log {Log.Id} {Log.Source} impact {Log.Impact.Level} probability {Log.Probability.Level} evidence [{string.Join(", ", Log.Evidence)}]" + string.Concat(Steps.Select(s => "\n  " + s));
}
