using NodaTime;

namespace ItilCore.ServiceLevels;

/// <summary>How much business time an objective allows for tickets of one priority.</summary>
/// <param name="Priority">The priority.</param>
/// <param name="Duration">The business time allowed; positive.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SlaTarget(Priority Priority, Duration Duration);
