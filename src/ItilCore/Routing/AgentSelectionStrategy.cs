namespace ItilCore.Routing;

/// <summary>How an agent is chosen among the eligible members of a group.</summary>
public enum AgentSelectionStrategy
{
    /// <summary>Take turns, in the group's order, skipping agents who are not eligible.</summary>
    RoundRobin = 1,

    /// <summary>The agent with the least open work; ties go to the agent listed first in the group.</summary>
    LeastLoaded = 2,
}
