using System;
using System.Collections.Generic;
using System.Linq;
using ItilCore.Problems;
using NodaTime;
using NodaTime.Testing;

namespace ItilCore.Testing;

/// <summary>A scenario played against a user's problem management configuration: every step observed, every event of the problem kept.</summary>
/// <remarks>Immutable after <see cref="Play"/> returns; not meant to be shared while playing.</remarks>
public sealed class ProblemRun
{
    /// <summary>The instant every scenario starts at: Monday 5 January 2026, 09:00 UTC.</summary>
    public static readonly Instant Start = Instant.FromUtc(2026, 1, 5, 9, 0);

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
    /// <exception cref="InvalidOperationException">The scenario's logging command was rejected.</exception>
    public static ProblemRun Play(Func<IClock, ProblemManagement> practiceFactory, ProblemScenario scenario, ActorId? agent = null)
    {
        ArgumentNullException.ThrowIfNull(practiceFactory);
        ArgumentNullException.ThrowIfNull(scenario);
        var by = agent ?? new ActorId("agent");
        var clock = new FakeClock(Start);
        var practice = practiceFactory(clock) ?? throw new InvalidOperationException("The practice factory returned null.");
        var logged = practice.Log(by, scenario.Log);
        if (!logged.IsAccepted)
        {
            throw new InvalidOperationException($"The scenario's problem could not be logged: {logged.Rejection}");
        }

        var problem = logged.Value;
        var events = new List<DomainEvent>(logged.Events);
        var steps = new List<ProblemStep>(scenario.Steps.Count);
        foreach (var command in scenario.Steps)
        {
            var before = problem.ToSnapshot();
            var result = command.Run(problem, practice, clock, by);
            if (result is { } r)
            {
                events.AddRange(r.Events.Where(e => e.Envelope.AggregateId == problem.Id.Value));
            }

            steps.Add(new ProblemStep(command, before, problem.ToSnapshot(), result));
        }

        return new ProblemRun(practice, problem, steps, events);
    }
}
