using ItilCore.Serialization;

namespace ItilCore.Incidents;

/// <summary>Impact, urgency or category changed; the matrix priority was recalculated.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Impact">The new impact.</param>
/// <param name="Urgency">The new urgency.</param>
/// <param name="CalculatedPriority">The matrix priority for the new impact and urgency.</param>
/// <param name="Category">The category after the change.</param>
/// <param name="Subcategory">The subcategory after the change.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("incident.reclassified")]
public sealed record IncidentReclassified(
    EventEnvelope Envelope,
    Impact Impact,
    Urgency Urgency,
    Priority CalculatedPriority,
    string? Category,
    string? Subcategory) : IncidentEvent(Envelope);
