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
    public static readonly Instant Start = Instant.FromUtc(2026, 1, 5, 9, 0);

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
    /// <exception cref="InvalidOperationException">The scenario's request was rejected.</exception>
    public static ChangeRun Play(Func<IClock, ChangeManagement> practiceFactory, ChangeScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(practiceFactory);
        ArgumentNullException.ThrowIfNull(scenario);
        var clock = new FakeClock(Start);
        var practice = practiceFactory(clock) ?? throw new InvalidOperationException("The practice factory returned null.");
        var requested = practice.Request(scenario.Request.Requester, scenario.Request);
        if (!requested.IsAccepted)
        {
            throw new InvalidOperationException($"The scenario's change could not be requested: {requested.Rejection}");
        }

        var change = requested.Value;
        var events = new List<DomainEvent>(requested.Events);
        var steps = new List<ChangeStep>(scenario.Steps.Count);
        foreach (var command in scenario.Steps)
        {
            var before = change.ToSnapshot();
            var result = command.Run(change, clock);
            if (result is { } r)
            {
                events.AddRange(r.Events);
            }

            steps.Add(new ChangeStep(command, before, change.ToSnapshot(), result));
        }

        return new ChangeRun(practice, change, steps, events);
    }
}
