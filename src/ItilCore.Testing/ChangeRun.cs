using System;
using System.Collections.Generic;
using ItilCore.Changes;
using NodaTime;
using NodaTime.Testing;

namespace ItilCore.Testing;

/// <summary>A change scenario played against a user's change management configuration: every step observed, every event kept.</summary>
/// <remarks>Immutable after <see cref="Play"/> returns; not meant to be shared while playing.</remarks>
public sealed class ChangeRun
{
    /// <summary>The instant every scenario starts at: Monday 5 January 2026, 09:00 UTC.</summary>
    public static readonly Instant Start = ScenarioPlayer.Start;

    private ChangeRun(ChangeManagement practice, Change change, IReadOnlyList<ChangeStep> steps, IReadOnlyList<DomainEvent> events)
    {
        Practice = practice;
        Change = change;
        Steps = steps;
        Events = events;
    }

    /// <summary>Gets the practice the scenario ran against.</summary>
    public ChangeManagement Practice { get; }

    /// <summary>Gets the live change after the last step.</summary>
    public Change Change { get; }

    /// <summary>Gets every step with its before and after snapshots.</summary>
    public IReadOnlyList<ChangeStep> Steps { get; }

    /// <summary>Gets every event recorded, in order, starting with <see cref="ChangeRequested"/>.</summary>
    public IReadOnlyList<DomainEvent> Events { get; }

    /// <summary>Plays a scenario on a fresh <see cref="FakeClock"/> starting at <see cref="Start"/>.</summary>
    /// <param name="practiceFactory">Builds the user's practice on the given clock.</param>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The run.</returns>
    /// <exception cref="InvalidOperationException">The scenario's request was rejected, the practice recorded an event at another time than the scenario's clock read (the factory built it on another clock than the one it was given), or it recorded an event with the id of an earlier event of the run (its event id source repeats ids; the message names the id and both events).</exception>
    public static ChangeRun Play(Func<IClock, ChangeManagement> practiceFactory, ChangeScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var played = ScenarioPlayer.Play(
            practiceFactory,
            p => p.Request(scenario.Request.Requester, scenario.Request),
            "change could not be requested",
            scenario.Steps,
            a => a.ToSnapshot(),
            (c, a, _, clock) => c.Run(a, clock),
            (c, before, after, result) => new ChangeStep(c, before, after, result));
        return new ChangeRun(played.Practice, played.Aggregate, played.Steps, played.Events);
    }
}
