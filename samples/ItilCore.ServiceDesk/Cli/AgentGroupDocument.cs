using System.Collections.Generic;
using ItilCore.Routing;

namespace ItilCore.ServiceDesk.Cli;

/// <summary>One assignment group's agents and selection strategy, as `itil route --agents` reads them (a JSON object keyed by group id).</summary>
public sealed record AgentGroupDocument
{
    public AgentSelectionStrategy Strategy { get; init; } = AgentSelectionStrategy.RoundRobin;

    public IReadOnlyList<SupportAgent> Agents { get; init; } = [];
}
