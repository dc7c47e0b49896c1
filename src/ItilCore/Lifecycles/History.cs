using System;
using System.Collections.Generic;

namespace ItilCore.Lifecycles;

/// <summary>The rebuild of an aggregate from its event history, the same for every practice.</summary>
internal static class History
{
    /// <summary>
    /// Folds a history: every event of the aggregate's kind, the first its creating event at version 1, each later one
    /// applied in turn (which checks its version and that the lifecycle allows it).
    /// </summary>
    /// <param name="history">The events, oldest first.</param>
    /// <param name="practice">What creates the aggregate (passed to <paramref name="start"/>, so that it need capture nothing).</param>
    /// <param name="events">How messages name the aggregate's events ("an incident event").</param>
    /// <param name="histories">How messages name its history ("An incident history").</param>
    /// <param name="start">Creates the aggregate from its first event.</param>
    /// <param name="apply">Applies a later event and its index; returns what is wrong with it, if anything.</param>
    /// <param name="after">Called after each event with the aggregate as it then is (a timeline, say).</param>
    /// <returns>The aggregate after the last event.</returns>
    /// <exception cref="ArgumentException">The history is empty, has another kind of event, does not start with the creating event at version 1, or an event cannot be applied.</exception>
    public static TAggregate Fold<TPractice, TAggregate, TEvent, TFirst>(
        IEnumerable<DomainEvent> history,
        TPractice practice,
        string events,
        string histories,
        Func<TPractice, TFirst, TAggregate> start,
        Func<TAggregate, TEvent, int, string?> apply,
        Action<TAggregate>? after = null)
        where TAggregate : class
        where TEvent : DomainEvent
        where TFirst : TEvent
    {
        ArgumentNullException.ThrowIfNull(history);
        TAggregate? aggregate = null;
        var index = 0;
        foreach (var domainEvent in history)
        {
            if (domainEvent is not TEvent e)
            {
                throw new ArgumentException($"Event {index} is a {domainEvent?.GetType().Name ?? "null"}, not {events}.", nameof(history));
            }

            if (aggregate is null)
            {
                if (e is not TFirst first || e.Envelope.Version != 1)
                {
                    throw new ArgumentException($"{histories} starts with {typeof(TFirst).Name} at version 1; event 0 is {e.GetType().Name} at version {e.Envelope.Version}.", nameof(history));
                }

                aggregate = start(practice, first);
            }
            else if (apply(aggregate, e, index) is { } wrong)
            {
                throw new ArgumentException(wrong, nameof(history));
            }

            after?.Invoke(aggregate);
            index++;
        }

        return aggregate ?? throw new ArgumentException("The history is empty.", nameof(history));
    }
}
