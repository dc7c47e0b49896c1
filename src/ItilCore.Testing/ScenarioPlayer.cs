using System;
using System.Collections.Generic;
using ItilCore.Serialization;
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
    /// <exception cref="InvalidOperationException">
    /// The factory returned null, the opening command was rejected, the practice recorded an event at another time than
    /// the scenario's clock reads (it was built on another clock than the one the factory is given), or it recorded an
    /// event with the id of an earlier event of the run (its event id source repeats ids).
    /// </exception>
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

        var ids = new Dictionary<EventId, DomainEvent>();
        Checked(opened.Events, clock, ids);

        var aggregate = opened.Value!;
        var events = new List<DomainEvent>(opened.Events);
        var steps = new List<TStep>(commands.Count);
        foreach (var command in commands)
        {
            var before = snapshot(aggregate);
            var result = run(command, aggregate, practice, clock);
            if (result is { } r)
            {
                Checked(r.Events, clock, ids);
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

    // Every event the practice records, kept or not, meets the checks that hold for any practice's run.
    private static void Checked(IReadOnlyList<DomainEvent> recorded, FakeClock clock, Dictionary<EventId, DomainEvent> ids)
    {
        OnTheClock(recorded, clock);
        OwnIds(recorded, ids);
    }

    // An event id names one event: a store or bus that keys or deduplicates events by it would drop or overwrite every
    // event after the first with a repeated id. The run sees every id the practice drew, so a repeat shows here at once.
    private static void OwnIds(IReadOnlyList<DomainEvent> recorded, Dictionary<EventId, DomainEvent> ids)
    {
        foreach (var e in recorded)
        {
            if (!ids.TryAdd(e.Envelope.EventId, e))
            {
                var first = ids[e.Envelope.EventId];
                throw new InvalidOperationException(
                    $"The practice recorded {Describe(e)} with event id {e.Envelope.EventId}, which {Describe(first)} already has: the practice's event id source must give every event its own id.");
            }
        }
    }

    private static string Describe(DomainEvent e) => $"{NameOf(e)} of {e.Envelope.AggregateId} (version {e.Envelope.Version})";

    private static string NameOf(DomainEvent e) => ItilJson.EventTypeNames.TryGetValue(e.GetType(), out var wire) ? wire : e.GetType().Name;

    // A practice stamps every event with its clock's reading, so an event at another time than the scenario's clock reads
    // comes from a practice built on another clock: the scenario's time would never pass for it, and every law that
    // depends on time (due auto-closes, windows, events at the clock's time) would hold vacuously.
    private static void OnTheClock(IReadOnlyList<DomainEvent> recorded, FakeClock clock)
    {
        var now = clock.GetCurrentInstant();
        foreach (var e in recorded)
        {
            if (e.Envelope.OccurredAt != now)
            {
                throw new InvalidOperationException(
                    $"The practice recorded {NameOf(e)} at {e.Envelope.OccurredAt}, but the scenario's clock reads {now}: the practice factory must build the practice on the clock it is given.");
            }
        }
    }
}

/// <summary>What <see cref="ScenarioPlayer.Play"/> returns.</summary>
internal sealed record Played<TPractice, TAggregate, TStep>(TPractice Practice, TAggregate Aggregate, IReadOnlyList<TStep> Steps, IReadOnlyList<DomainEvent> Events);
