using System.Collections.Generic;
using System.Linq;
using ItilCore.Requests;

namespace ItilCore.Testing;

/// <summary>A generated service request scenario: a valid submission, then a sequence of steps (valid and invalid commands, time passing).</summary>
/// <param name="Submit">The submission.</param>
/// <param name="Steps">The steps, in order.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RequestScenario(SubmitServiceRequest Submit, IReadOnlyList<RequestCommand> Steps)
{
    /// <summary>Lists the steps, one per line, so that a failing property shows a readable counterexample.</summary>
    /// <returns>The scenario as text.</returns>
    public override string ToString()
        => $"Submit {Submit.Id} item {Submit.Item} for {Submit.Requester}" + string.Concat(Steps.Select(s => "\n  " + s));
}
