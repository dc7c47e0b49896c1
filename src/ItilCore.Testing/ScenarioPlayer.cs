using System;
using System.Collections.Generic;
using NodaTime;
using NodaTime.Testing;

namespace ItilCore.Testing;

/// <summary>
/// The one way every practice's run plays a scenario: a fresh <see cref="FakeClock"/> at <see cref="Start"/>, the
/// user's practice, the opening command (log, request, submit), then each step with the aggregate before and after it.
/// </summary>
internal static class ScenarioPlayer
{
    /// <summary>The instant every scenario starts at: Monday 5 January 2026, 09:00 UTC.</summary>
    public static readonly Instant Start = Instant.FromUtc(2026, 1, 5, 9, 0);

    /// <summary>Plays the scenario; <paramref name="keep"/> filters the steps' events (all kept when null).</summary>
    /// <exception cref="InvalidOperationException">The factory returned null, or the opening command was rejected.</exception>
    public static Played<TPractice, TAggregate, TStep> Play<TPractice, TAggregate, TSnapshot, TCommand, TStep>(
        Func<IClock, TPractice> practiceFactory,
        Func<TPractice, CommandResult<TAggregate>> open,
        string opening,
        IReadOnlyList<TCommand> commands,
        Func<TAggregate, TSnapshot> snapshot,
        Func<TCommand, TAggregate, TPractice, FakeClock, CommandResult?> run,
        Func<TCommand, TSnapshot, TSnapshot, CommandResult?, TStep> step,
        Func<DomainEvent, TAggregate, bool>? keep = null)
        where TPractice : class
        where TAggregate : class
    {
        ArgumentNullException.ThrowIfNull(practiceFactory);
        var clock = new FakeClock(Start);
        var practice = practiceFactory(clock) ?? throw new InvalidOperationException("The practice factory returned null.");
        var opened = open(practice);
        if (!opened.IsAccepted)
        {
            throw new InvalidOperationException($"The scenario's {opening}: {opened.Rejection}");
        }

        var aggregate = opened.Value!;
        var events = new List<DomainEvent>(opened.Events);
        var steps = new List<TStep>(commands.Count);
        foreach (var command in commands)
        {
            var before = snapshot(aggregate);
            var result = run(command, aggregate, practice, clock);
            if (result is { } r)
            {
                foreach (var e in r.Events)
                {
                    if (keep is null || keep(e, aggregate))
                    {
                        events.Add(e);
                    }
                }
            }

            steps.Add(step(command, before, snapshot(aggregate), result));
        }

        return new Played<TPractice, TAggregate, TStep>(practice, aggregate, steps, events);
    }
}

/// <summary>What <see cref="ScenarioPlayer.Play"/> returns.</summary>
internal sealed record Played<TPractice, TAggregate, TStep>(TPractice Practice, TAggregate Aggregate, IReadOnlyList<TStep> Steps, IReadOnlyList<DomainEvent> Events);
