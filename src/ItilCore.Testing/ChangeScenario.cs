using System.Collections.Generic;
using System.Linq;
using ItilCore.Changes;

namespace ItilCore.Testing;

/// <summary>A generated change scenario: how the change is requested, then a sequence of steps (valid and invalid commands, time passing).</summary>
/// <param name="Request">The request command.</param>
/// <param name="Steps">The steps, in order.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ChangeScenario(RequestChange Request, IReadOnlyList<ChangeCommand> Steps)
{
    /// <summary>Lists the steps, one per line, so that a failing property shows a readable counterexample.</summary>
    /// <returns>The scenario as text.</returns>
    public override string ToString()
        => $"Request {Request.Id} {Request.Type} by {Request.Requester}{(Request.Model is { } m ? " model " + m : string.Empty)}" + string.Concat(Steps.Select(s => "\n  " + s));
}
