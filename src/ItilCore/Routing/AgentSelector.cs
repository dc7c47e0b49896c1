using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using NodaTime;

namespace ItilCore.Routing;

/// <summary>
/// Chooses the agent inside an assignment group: only agents whose shift is on and who have every mandatory skill at
/// the required level are eligible; among them, those meeting the most optional skills; then round-robin, or least
/// loaded with ties to the agent listed first (deterministic).
/// </summary>
/// <remarks>
/// Thread-safe: the agents and shifts are fixed at construction, and the only mutable state is the round-robin turn,
/// a counter advanced with <see cref="Interlocked.Increment(ref long)"/>. Concurrent callers each get a distinct turn,
/// so the rotation stays fair under contention, though the order in which concurrent callers see their turns is not
/// defined. The selector is an object its owner keeps (one per group); there is no shared static state.
/// </remarks>
public sealed class AgentSelector
{
    private readonly SupportAgent[] _agents;
    private readonly IBusinessHours?[] _shifts;
    private long _turn = -1;

    /// <summary>Initializes a selector for a group.</summary>
    /// <param name="group">The assignment group.</param>
    /// <param name="agents">Its members, in order (the order breaks ties and drives the rotation).</param>
    /// <param name="strategy">How to choose among eligible agents.</param>
    /// <param name="shifts">The business hours the agents' shifts name.</param>
    /// <exception cref="ArgumentException">An agent is null or listed twice, a shift is unknown, or the strategy is not defined.</exception>
    public AgentSelector(AssignmentGroupId group, IEnumerable<SupportAgent> agents, AgentSelectionStrategy strategy, IReadOnlyDictionary<CalendarId, IBusinessHours>? shifts = null)
    {
        Group = Preconditions.NotDefault(group, nameof(group));
        Strategy = Preconditions.Defined(strategy, nameof(strategy));
        _agents = Preconditions.NoNullItems(agents, nameof(agents)).Select(a => a with { Skills = a.Skills.ToDictionary() }).ToArray();
        if (_agents.Select(a => a.Id).Distinct().Count() != _agents.Length)
        {
            throw new ArgumentException("An agent is listed more than once.", nameof(agents));
        }

        _shifts = _agents.Select(a => a.Shift is { } id
            ? (shifts is not null && shifts.TryGetValue(id, out var hours) ? hours : throw new ArgumentException($"Agent {a.Id} works shift '{id}', which is not among the shifts given.", nameof(shifts)))
            : null).ToArray();
    }

    /// <summary>Gets the group.</summary>
    public AssignmentGroupId Group { get; }

    /// <summary>Gets the strategy.</summary>
    public AgentSelectionStrategy Strategy { get; }

    /// <summary>Gets the agents, in order.</summary>
    public IReadOnlyList<SupportAgent> Agents => _agents;

    /// <summary>Chooses an agent.</summary>
    /// <param name="at">When (shifts are checked at this instant).</param>
    /// <param name="skills">The skills the ticket needs; none when omitted.</param>
    /// <param name="workload">Open work per agent; required for <see cref="AgentSelectionStrategy.LeastLoaded"/>.</param>
    /// <returns>The agent, or <see langword="null"/> when nobody is eligible (leave the ticket with the group).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workload"/> is null under least-loaded.</exception>
    public ActorId? Select(Instant at, IReadOnlyList<SkillRequirement>? skills = null, IAgentWorkload? workload = null)
    {
        if (Strategy == AgentSelectionStrategy.LeastLoaded)
        {
            ArgumentNullException.ThrowIfNull(workload);
        }

        var best = -1;
        for (var i = 0; i < _agents.Length; i++)
        {
            best = Math.Max(best, Score(i, at, skills));
        }

        if (best < 0)
        {
            return null;
        }

        if (Strategy == AgentSelectionStrategy.RoundRobin)
        {
            var start = (int)((ulong)Interlocked.Increment(ref _turn) % (ulong)_agents.Length);
            for (var k = 0; k < _agents.Length; k++)
            {
                var i = (start + k) % _agents.Length;
                if (Score(i, at, skills) == best)
                {
                    return _agents[i].Id;
                }
            }

            return null;
        }

        var chosen = -1;
        var lowest = int.MaxValue;
        for (var i = 0; i < _agents.Length; i++)
        {
            if (Score(i, at, skills) == best && workload!.OpenWorkOf(_agents[i].Id) is var load && load < lowest)
            {
                (chosen, lowest) = (i, load);
            }
        }

        return _agents[chosen].Id;
    }

    // -1 when not eligible; otherwise the number of optional skills met.
    private int Score(int agent, Instant at, IReadOnlyList<SkillRequirement>? skills)
    {
        if (_shifts[agent] is { } shift && !shift.IsOpenAt(at))
        {
            return -1;
        }

        var score = 0;
        if (skills is not null)
        {
            var have = _agents[agent].Skills;
            for (var s = 0; s < skills.Count; s++)
            {
                var need = skills[s];
                var met = have.TryGetValue(need.Skill, out var level) && level >= need.MinimumLevel;
                if (!met && need.Mandatory)
                {
                    return -1;
                }

                score += met && !need.Mandatory ? 1 : 0;
            }
        }

        return score;
    }
}
