using System.Collections.Generic;

namespace ItilCore.Routing;

/// <summary>A member of an assignment group as agent selection sees them: skills with levels, and the shift they work.</summary>
/// <param name="Id">The agent.</param>
/// <remarks>Immutable once built; the dictionary is not copied here (<see cref="AgentSelector"/> copies it). Thread-safe.</remarks>
public sealed record SupportAgent(ActorId Id)
{
    /// <summary>Gets the agent's skills and their levels (higher is better).</summary>
    public IReadOnlyDictionary<string, int> Skills { get; init; } = new Dictionary<string, int>();

    /// <summary>Gets the business hours of the agent's shift; the agent is always available when absent.</summary>
    public CalendarId? Shift { get; init; }
}
