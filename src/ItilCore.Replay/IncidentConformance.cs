using System;
using System.Collections.Generic;
using System.Linq;
using ItilCore.Incidents;
using ItilCore.Lifecycles;

namespace ItilCore.Replay;

/// <summary>Decides whether a change of state seen in a real log is one the ItilCore incident lifecycle allows, and says why not.</summary>
/// <remarks>
/// Thread-safe. The answers come from <see cref="IncidentLifecycle.Definition"/>, the single definition of the lifecycle:
/// a change from state A to a different state B conforms when some trigger permitted in A leads to B. Guards are taken as
/// satisfiable, because a log does not record what they test (whether an on-hold incident awaits the caller, for example).
/// </remarks>
public static class IncidentConformance
{
    private static readonly IncidentState[] States = Enum.GetValues<IncidentState>();
    private static readonly IncidentTrigger[][] Triggers = Build();

    /// <summary>Gets a value indicating whether the lifecycle can move an incident from one state to another, different state.</summary>
    /// <param name="from">The state before.</param>
    /// <param name="to">The state after.</param>
    /// <returns>Whether some trigger leads from <paramref name="from"/> to <paramref name="to"/>.</returns>
    public static bool Permits(IncidentState from, IncidentState to) => Triggers[Slot(from, to)].Length > 0;

    /// <summary>Gets the triggers that lead from one state to another.</summary>
    /// <param name="from">The state before.</param>
    /// <param name="to">The state after.</param>
    /// <returns>The triggers, empty when the change does not conform.</returns>
    public static IReadOnlyList<IncidentTrigger> TriggersBetween(IncidentState from, IncidentState to) => Triggers[Slot(from, to)];

    /// <summary>Says in words why a change conforms (by which triggers) or why it does not (which states the lifecycle reaches the target from).</summary>
    /// <param name="from">The state before.</param>
    /// <param name="to">The state after.</param>
    /// <returns>A sentence.</returns>
    public static string Explain(IncidentState from, IncidentState to)
    {
        var lifecycle = IncidentLifecycle.Definition;
        var triggers = TriggersBetween(from, to);
        if (triggers.Count > 0)
        {
            return "by " + string.Join(" or ", triggers.Select(t => Lifecycle<IncidentState, IncidentTrigger, Incident>.Words(t)));
        }

        if (lifecycle.IsTerminal(from))
        {
            return $"{Words(from)} is final; nothing leaves it";
        }

        var sources = lifecycle.Transitions
            .Where(t => t.Destination.Equals(to) && !t.Source.Equals(to))
            .SelectMany(t => lifecycle.StatesPermitting(t.Trigger).Where(s => Permits(s, to)))
            .Distinct()
            .Select(Words)
            .ToArray();
        return sources.Length == 0
            ? $"nothing leads to {Words(to)}"
            : $"{Words(to)} is reached only from {string.Join(" or ", sources)}";
    }

    /// <summary>Gets a state in words, as the lifecycle's messages write it.</summary>
    /// <param name="state">The state.</param>
    /// <returns>For example <c>in progress</c>.</returns>
    public static string Words(IncidentState state) => Lifecycle<IncidentState, IncidentTrigger, Incident>.Words(state);

    private static int Slot(IncidentState from, IncidentState to)
    {
        var f = (int)from;
        var t = (int)to;
        return (uint)f < 8 && (uint)t < 8
            ? (f * 8) + t
            : throw new ArgumentOutOfRangeException(nameof(from), "The state is not an incident state.");
    }

    private static IncidentTrigger[][] Build()
    {
        var table = new IncidentTrigger[64][];
        foreach (var from in States)
        {
            foreach (var to in States)
            {
                table[Slot(from, to)] = from == to
                    ? []
                    : IncidentLifecycle.Definition.Transitions
                        .Where(t => t.Source == from && t.Destination == to)
                        .Select(t => t.Trigger)
                        .Distinct()
                        .ToArray();
            }
        }

        for (var i = 0; i < table.Length; i++)
        {
            table[i] ??= [];
        }

        return table;
    }
}
