using System;
using System.Collections.Generic;
using ItilCore.Incidents;
using NodaTime;
using NodaTime.Testing;

namespace ItilCore.Testing;

/// <summary>A scenario played against a user's incident management configuration: every step observed, every event kept.</summary>
/// <remarks>Immutable after <see cref="Play"/> returns; not meant to be shared while playing.</remarks>
public sealed class IncidentRun
{
    /// <summary>The instant every scenario starts at: Monday 5 January 2026, 09:00 UTC.</summary>
    public static readonly Instant Start = ScenarioPlayer.Start;

    private IncidentRun(IncidentManagement practice, Incident incident, IReadOnlyList<IncidentStep> steps, IReadOnlyList<DomainEvent> events)
    {
        Practice = practice;
        Incident = incident;
        Steps = steps;
        Events = events;
    }

    /// <summary>Gets the practice the scenario ran against.</summary>
    public IncidentManagement Practice { get; }

    /// <summary>Gets the live incident after the last step.</summary>
    public Incident Incident { get; }

    /// <summary>Gets every step with its before and after snapshots.</summary>
    public IReadOnlyList<IncidentStep> Steps { get; }

    /// <summary>Gets every event recorded, in order, starting with <see cref="IncidentLogged"/>.</summary>
    public IReadOnlyList<DomainEvent> Events { get; }

    /// <summary>Plays a scenario on a fresh <see cref="FakeClock"/> starting at <see cref="Start"/>.</summary>
    /// <param name="practiceFactory">Builds the user's practice on the given clock.</param>
    /// <param name="scenario">The scenario.</param>
    /// <param name="agent">The acting agent; <c>agent</c> when omitted.</param>
    /// <returns>The run.</returns>
    /// <exception cref="InvalidOperationException">The scenario's logging command was rejected, the practice recorded an event at another time than the scenario's clock read (the factory built it on another clock than the one it was given), or it recorded an event with the id of an earlier event of the run (its event id source repeats ids; the message names the id and both events).</exception>
    public static IncidentRun Play(Func<IClock, IncidentManagement> practiceFactory, IncidentScenario scenario, ActorId? agent = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var by = agent ?? new ActorId("agent");
        var played = ScenarioPlayer.Play(
            practiceFactory,
            p => p.Log(by, scenario.Log),
            "incident could not be logged",
            scenario.Steps,
            a => a.ToSnapshot(),
            (c, a, _, clock) => c.Run(a, clock, by),
            (c, before, after, result) => new IncidentStep(c, before, after, result));
        return new IncidentRun(played.Practice, played.Aggregate, played.Steps, played.Events);
    }
}
