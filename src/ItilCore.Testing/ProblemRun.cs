using System;
using System.Collections.Generic;
using ItilCore.Problems;
using NodaTime;
using NodaTime.Testing;

namespace ItilCore.Testing;

/// <summary>A scenario played against a user's problem management configuration: every step observed, every event of the problem kept.</summary>
/// <remarks>Immutable after <see cref="Play"/> returns; not meant to be shared while playing.</remarks>
public sealed class ProblemRun
{
    /// <summary>The instant every scenario starts at: Monday 5 January 2026, 09:00 UTC.</summary>
    public static readonly Instant Start = ScenarioPlayer.Start;

    private ProblemRun(ProblemManagement practice, Problem problem, IReadOnlyList<ProblemStep> steps, IReadOnlyList<DomainEvent> events)
    {
        Practice = practice;
        Problem = problem;
        Steps = steps;
        Events = events;
    }

    /// <summary>Gets the practice the scenario ran against.</summary>
    public ProblemManagement Practice { get; }

    /// <summary>Gets the live problem after the last step.</summary>
    public Problem Problem { get; }

    /// <summary>Gets every step with its before and after snapshots.</summary>
    public IReadOnlyList<ProblemStep> Steps { get; }

    /// <summary>Gets the problem's events, in order, starting with <see cref="ProblemLogged"/> (a merge's events for the other problem are left out).</summary>
    public IReadOnlyList<DomainEvent> Events { get; }

    /// <summary>Plays a scenario on a fresh <see cref="FakeClock"/> starting at <see cref="Start"/>.</summary>
    /// <param name="practiceFactory">Builds the user's practice on the given clock.</param>
    /// <param name="scenario">The scenario.</param>
    /// <param name="agent">The acting agent; <c>agent</c> when omitted.</param>
    /// <returns>The run.</returns>
    /// <exception cref="InvalidOperationException">The scenario's logging command was rejected, the practice recorded an event at another time than the scenario's clock read (the factory built it on another clock than the one it was given), or it recorded an event with the id of an earlier event of the run (its event id source repeats ids; the message names the id and both events).</exception>
    public static ProblemRun Play(Func<IClock, ProblemManagement> practiceFactory, ProblemScenario scenario, ActorId? agent = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var by = agent ?? new ActorId("agent");
        var played = ScenarioPlayer.Play(
            practiceFactory,
            p => p.Log(by, scenario.Log),
            "problem could not be logged",
            scenario.Steps,
            a => a.ToSnapshot(),
            (c, a, p, clock) => c.Run(a, p, clock, by),
            (c, before, after, result) => new ProblemStep(c, before, after, result),
            (e, a) => e.Envelope.AggregateId == a.Id.Value);
        return new ProblemRun(played.Practice, played.Aggregate, played.Steps, played.Events);
    }
}
