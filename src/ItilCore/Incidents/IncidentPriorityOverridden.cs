using ItilCore.Serialization;

namespace ItilCore.Incidents;

/// <summary>An explicit, audited priority override, or (with a <see langword="null"/> priority) its removal.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Priority">The overriding priority, or <see langword="null"/> to return to the matrix priority.</param>
/// <param name="Previous">The effective priority before.</param>
/// <param name="Reason">Why.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("incident.priority-overridden")]
public sealed record IncidentPriorityOverridden(EventEnvelope Envelope, Priority? Priority, Priority Previous, string Reason) : IncidentEvent(Envelope);
