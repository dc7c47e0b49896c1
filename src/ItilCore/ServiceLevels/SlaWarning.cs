using NodaTime;

namespace ItilCore.ServiceLevels;

/// <summary>A warning threshold an SLA clock crossed, and when.</summary>
/// <param name="Threshold">The threshold in percent of the target.</param>
/// <param name="At">When the business time elapsed reached it.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SlaWarning(int Threshold, Instant At);
