using NodaTime;

namespace ItilCore;

/// <summary>
/// What every domain event carries, whatever the practice: which event, which aggregate at which version, when, and who.
/// </summary>
/// <param name="EventId">The event's unique id.</param>
/// <param name="AggregateId">The id text of the aggregate (incident, problem, change, request) the event belongs to.</param>
/// <param name="Version">The aggregate's version after this event: 1 for the event that created it, then 2, 3, …</param>
/// <param name="OccurredAt">When the event happened, from the injected <see cref="IClock"/>.</param>
/// <param name="Actor">Who caused the event.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct EventEnvelope(EventId EventId, string AggregateId, long Version, Instant OccurredAt, ActorId Actor);
