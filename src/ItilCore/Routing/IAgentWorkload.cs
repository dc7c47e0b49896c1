namespace ItilCore.Routing;

/// <summary>Tells how much open work an agent has, for <see cref="AgentSelectionStrategy.LeastLoaded"/>.</summary>
/// <remarks>Implementations used from several threads must be thread-safe; a count may be stale, as in any workload balancing.</remarks>
public interface IAgentWorkload
{
    /// <summary>Gets how many open tickets the agent has.</summary>
    /// <param name="agent">The agent.</param>
    /// <returns>The count.</returns>
    int OpenWorkOf(ActorId agent);
}
