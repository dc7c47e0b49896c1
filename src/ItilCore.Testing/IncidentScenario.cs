using System.Collections.Generic;
using System.Linq;
using ItilCore.Incidents;

namespace ItilCore.Testing;

/// <summary>A generated incident scenario: how the incident is logged, then a sequence of steps (valid and invalid commands, time passing).</summary>
/// <param name="Log">The logging command.</param>
/// <param name="Steps">The steps, in order.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record IncidentScenario(LogIncident Log, IReadOnlyList<IncidentCommand> Steps)
{
    /// <summary>Lists the steps, one per line, so that a failing property shows a readable counterexample.</summary>
    /// <returns>The scenario as text.</returns>
    public override string ToString()
        => $"Log {Log.Id} impact {Log.Impact.Level} urgency {Log.Urgency.Level}" + string.Concat(Steps.Select(s => "\n  " + s));
}
