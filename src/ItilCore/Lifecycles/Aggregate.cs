using System;
using NodaTime;

namespace ItilCore.Lifecycles;

/// <summary>
/// What every ItilCore aggregate (incident, problem, change, service request) shares: its state, version and last
/// change, the one path every command takes, and the checked fold that rebuilds it from its events.
/// </summary>
/// <typeparam name="TSelf">The aggregate type.</typeparam>
/// <typeparam name="TState">Its lifecycle states.</typeparam>
/// <typeparam name="TTrigger">Its lifecycle triggers.</typeparam>
/// <typeparam name="TEvent">Its event base type.</typeparam>
/// <remarks>
/// Not thread-safe, like every aggregate: use one instance from one thread at a time. Only ItilCore's practices derive
/// from it.
/// </remarks>
public abstract class Aggregate<TSelf, TState, TTrigger, TEvent>
    where TSelf : Aggregate<TSelf, TState, TTrigger, TEvent>
    where TState : struct, Enum
    where TTrigger : struct, Enum
    where TEvent : DomainEvent
{
    private protected Aggregate(TState initialState, EventEnvelope created)
    {
        State = initialState;
        Version = created.Version;
        UpdatedAt = created.OccurredAt;
    }

    /// <summary>Gets the lifecycle state.</summary>
    public TState State { get; private set; }

    /// <summary>Gets the version: the number of events in the aggregate's history.</summary>
    public long Version { get; private set; }

    /// <summary>Gets when the aggregate last changed.</summary>
    public Instant UpdatedAt { get; private set; }

    /// <summary>Gets the lifecycle that governs the aggregate now.</summary>
    private protected abstract Lifecycle<TState, TTrigger, TSelf> Governing { get; }

    /// <summary>Gets the id text used in envelopes and messages.</summary>
    private protected abstract string IdText { get; }

    /// <summary>Gets the practice's clock.</summary>
    private protected abstract IClock Clock { get; }

    /// <summary>Gets the rejection code for a clock that reads a time before the last change.</summary>
    private protected abstract string ClockBehindCode { get; }

    /// <summary>Creates the envelope of the next event.</summary>
    private protected abstract EventEnvelope NextEnvelope(ActorId by, Instant now);

    /// <summary>Tells which trigger an event records.</summary>
    private protected abstract TTrigger TriggerOf(TEvent e);

    /// <summary>Tells whether an event is the one that creates the aggregate.</summary>
    private protected abstract bool Creates(TEvent e);

    /// <summary>The fold: updates the aggregate's own fields for one event. State, version and time are set by the base.</summary>
    private protected abstract void Apply(TEvent e, TState destination);

    // Returns why the event cannot follow the current state, or null after applying it.
    internal string? ApplyFromHistory(TEvent e, int index)
    {
        if (e.Envelope.AggregateId != IdText)
        {
            return $"Event {index} belongs to {Governing.Name} {e.Envelope.AggregateId}, not {IdText}.";
        }

        if (e.Envelope.Version != Version + 1)
        {
            return $"Event {index} has version {e.Envelope.Version}; version {Version + 1} was expected.";
        }

        if (Creates(e))
        {
            return $"Event {index} creates the {Governing.Name} again.";
        }

        // The rule ClockBehind keeps for commands: a history that goes back in time was never recorded by an aggregate.
        if (e.Envelope.OccurredAt < UpdatedAt)
        {
            return $"Event {index} ({e.GetType().Name}, version {e.Envelope.Version}) happened at {e.Envelope.OccurredAt}, before the {Governing.Name}'s last change at {UpdatedAt}; events never go back in time.";
        }

        if (!Governing.TryFire((TSelf)this, State, TriggerOf(e), out var destination, out var rejection))
        {
            return $"Event {index} ({e.GetType().Name}, version {e.Envelope.Version}) does not fit the lifecycle: {rejection!.Message}";
        }

        Fold(e, destination);
        return null;
    }

    /// <summary>Tells why "now" may not be used for a new event: the clock reads a time before the last change.</summary>
    private protected Rejection? ClockBehind(Instant now)
        => now < UpdatedAt
            ? new Rejection(ClockBehindCode, $"The clock reads {now}, before the {Governing.Name}'s last change at {UpdatedAt}; events must not go back in time.")
            : null;

    // One path for every command: the lifecycle, then the command's own rules, then the clock, then the event, then the
    // fold. Nothing is touched (not even the event id source) before the command is accepted, so a rejection leaves
    // everything as it was. The lambdas are static and take their arguments as a tuple, so a command allocates only its
    // event and its result.
    private protected CommandResult Execute<TArgs>(
        ActorId by,
        TTrigger trigger,
        TArgs args,
        Func<TSelf, TArgs, Rejection?> check,
        Func<EventEnvelope, TSelf, TArgs, TEvent> create,
        Instant? at = null)
    {
        Preconditions.NotDefault(by, nameof(by));
        var self = (TSelf)this;
        if (!Governing.TryFire(self, State, trigger, out var destination, out var rejection))
        {
            return CommandResult.Rejected(rejection!);
        }

        rejection = check(self, args);
        if (rejection is not null)
        {
            return CommandResult.Rejected(rejection);
        }

        // A command that records two events stamps both with one reading (at), so a clock stepping back between two
        // readings cannot reject the second after the first was applied.
        var now = at ?? Clock.GetCurrentInstant();
        if (ClockBehind(now) is { } behind)
        {
            return CommandResult.Rejected(behind);
        }

        var e = create(NextEnvelope(by, now), self, args);
        Fold(e, destination);
        return CommandResult.Accepted(e);
    }

    // The path for a command whose own rules judge the time (a due time, or a planned window against now): the clock is
    // read once, after the lifecycle accepts the trigger, checked against the last change first (a clock that went back
    // cannot judge a window), then given to the rules, and the same reading stamps the event.
    private protected CommandResult Execute<TArgs>(
        ActorId by,
        TTrigger trigger,
        TArgs args,
        Func<TSelf, TArgs, Instant, Rejection?> check,
        Func<EventEnvelope, TSelf, TArgs, TEvent> create)
    {
        Preconditions.NotDefault(by, nameof(by));
        var self = (TSelf)this;
        if (!Governing.TryFire(self, State, trigger, out var destination, out var rejection))
        {
            return CommandResult.Rejected(rejection!);
        }

        var now = Clock.GetCurrentInstant();
        rejection = ClockBehind(now) ?? check(self, args, now);
        if (rejection is not null)
        {
            return CommandResult.Rejected(rejection);
        }

        var e = create(NextEnvelope(by, now), self, args);
        Fold(e, destination);
        return CommandResult.Accepted(e);
    }

    private void Fold(TEvent e, TState destination)
    {
        Apply(e, destination);
        State = destination;
        Version = e.Envelope.Version;
        UpdatedAt = e.Envelope.OccurredAt;
    }
}
