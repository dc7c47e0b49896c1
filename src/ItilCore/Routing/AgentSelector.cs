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
/// Thread-safe: the agents and shifts are fixed at construction, and the only mutable state is the round-robin pointer,
/// the agent chosen last, moved with <see cref="Interlocked.CompareExchange(ref int, int, int)"/>. The turn goes to the
/// first eligible agent after that one (as in ServiceNow's and Jira Service Management's round-robin), so an agent who is
/// off shift or lacks a skill is skipped without his neighbour getting two turns. Concurrent callers each get a distinct
/// turn, so the rotation stays fair under contention, though the order in which they see their turns is not defined.
/// The selector is an object its owner keeps (one per group); there is no shared static state.
/// </remarks>
public sealed class AgentSelector
{
    private readonly SupportAgent[] _agents;
    private readonly IBusinessHours?[] _shifts;
    private int _last = -1;

    /// <summary>Initializes a selector for a group.</summary>
    /// <param name="group">The assignment group.</param>
    /// <param name="agents">Its members, in order (the order breaks ties and drives the rotation).</param>
    /// <param name="strategy">How to choose among eligible agents.</param>
    /// <param name="shifts">The business hours the agents' shifts name.</param>
    /// <exception cref="ArgumentException">An agent is null, has an empty (default) id or null skills, or is listed twice, a shift is unknown, or the strategy is not defined.</exception>
    public AgentSelector(AssignmentGroupId group, IEnumerable<SupportAgent> agents, AgentSelectionStrategy strategy, IReadOnlyDictionary<CalendarId, IBusinessHours>? shifts = null)
    {
        Group = Preconditions.NotDefault(group, nameof(group));
        Strategy = Preconditions.Defined(strategy, nameof(strategy));
        _agents = Preconditions.NoNullItems(agents, nameof(agents)).Select((a, i) => a.Id.Value is null
            ? throw new ArgumentException($"Agent {i} has an empty (default) id.", nameof(agents))
            : a with { Skills = Copy(a.Skills ?? throw new ArgumentException($"Agent {a.Id} has null skills; give an empty dictionary for an agent without skills.", nameof(agents))) }).ToArray();
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
    /// <exception cref="ArgumentException">A skill requirement is null or names no skill.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="workload"/> is null under least-loaded.</exception>
    public ActorId? Select(Instant at, IReadOnlyList<SkillRequirement>? skills = null, IAgentWorkload? workload = null)
    {
        CheckRequirements(skills);
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
            while (true)
            {
                var last = Volatile.Read(ref _last);
                var next = NextEligible(last, best, at, skills);
                if (Interlocked.CompareExchange(ref _last, next, last) == last)
                {
                    return _agents[next].Id;
                }
            }
        }

        var chosen = -1;
        var lowest = 0;
        for (var i = 0; i < _agents.Length; i++)
        {
            if (Score(i, at, skills) == best && workload!.OpenWorkOf(_agents[i].Id) is var load && (chosen < 0 || load < lowest))
            {
                (chosen, lowest) = (i, load);
            }
        }

        return _agents[chosen].Id;
    }

    // Checked whole before any agent is scored: scoring stops at an agent's first unmet mandatory skill, so a bad
    // requirement further on would otherwise go unnoticed, or fail deep inside with no word of which one it was.
    private static void CheckRequirements(IReadOnlyList<SkillRequirement>? skills)
    {
        if (skills is null)
        {
            return;
        }

        for (var s = 0; s < skills.Count; s++)
        {
            if (skills[s] is not { Skill: not null })
            {
                throw new ArgumentException(skills[s] is null ? $"Skill requirement {s} is null." : $"Skill requirement {s} names no skill (its Skill is null).", nameof(skills));
            }
        }
    }

    // Fixed at construction, keeping the caller's key comparison where the dictionary tells it: a Dictionary is copied
    // with its comparer; a frozen or immutable one cannot change and is kept; anything else (a read-only view of a
    // dictionary the caller may still change) is copied with the ordinal comparison, since a view does not tell its own.
    private static IReadOnlyDictionary<string, int> Copy(IReadOnlyDictionary<string, int> skills) => skills switch
    {
        Dictionary<string, int> dictionary => new Dictionary<string, int>(dictionary, dictionary.Comparer),
        System.Collections.Frozen.FrozenDictionary<string, int> or System.Collections.Immutable.IImmutableDictionary<string, int> => skills,
        _ => skills.ToDictionary(StringComparer.Ordinal),
    };

    // The first agent after the one chosen last with the best score; one exists, since the best score is some agent's.
    private int NextEligible(int last, int best, Instant at, IReadOnlyList<SkillRequirement>? skills)
    {
        for (var k = 1; k < _agents.Length; k++)
        {
            var i = (last + k) % _agents.Length;
            if (Score(i, at, skills) == best)
            {
                return i;
            }
        }

        // Only the agent chosen last (or, before any choice, the last listed) is left.
        return (last + _agents.Length) % _agents.Length;
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
