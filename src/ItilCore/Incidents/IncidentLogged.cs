using ItilCore.Catalog;
using ItilCore.Configuration;
using ItilCore.Serialization;

namespace ItilCore.Incidents;

/// <summary>The incident was logged (version 1 of every incident history).</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="ShortDescription">A one-line summary.</param>
/// <param name="Description">The full description, if any.</param>
/// <param name="Caller">Who reported the incident.</param>
/// <param name="Channel">How it was reported.</param>
/// <param name="Service">The affected catalogued service, if known.</param>
/// <param name="Offering">The affected service offering, if known.</param>
/// <param name="ConfigurationItem">The affected configuration item, if known.</param>
/// <param name="Category">The category, if classified.</param>
/// <param name="Subcategory">The subcategory, if classified.</param>
/// <param name="Impact">The impact.</param>
/// <param name="Urgency">The urgency.</param>
/// <param name="Priority">The priority the matrix gave for impact and urgency.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("incident.logged")]
public sealed record IncidentLogged(
    EventEnvelope Envelope,
    string ShortDescription,
    string? Description,
    ActorId Caller,
    ContactChannel Channel,
    ServiceId? Service,
    ServiceOfferingId? Offering,
    ConfigurationItemId? ConfigurationItem,
    string? Category,
    string? Subcategory,
    Impact Impact,
    Urgency Urgency,
    Priority Priority) : IncidentEvent(Envelope);
