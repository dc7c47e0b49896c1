using ItilCore.Catalog;
using ItilCore.Configuration;

namespace ItilCore.Incidents;

/// <summary>The data needed to log an incident: who reported what, through which channel, with what impact and urgency.</summary>
/// <param name="Id">The incident's id (the caller owns the numbering, for example <c>INC0010001</c>).</param>
/// <param name="ShortDescription">A one-line summary; required.</param>
/// <param name="Caller">Who reported it.</param>
/// <param name="Channel">How it was reported.</param>
/// <param name="Impact">How widely it affects the business, on the matrix's impact scale.</param>
/// <param name="Urgency">How soon a resolution is needed, on the matrix's urgency scale.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record LogIncident(IncidentId Id, string ShortDescription, ActorId Caller, ContactChannel Channel, Impact Impact, Urgency Urgency)
{
    /// <summary>Gets the full description.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the affected catalogued service.</summary>
    public ServiceId? Service { get; init; }

    /// <summary>Gets the affected service offering.</summary>
    public ServiceOfferingId? Offering { get; init; }

    /// <summary>Gets the affected configuration item.</summary>
    public ConfigurationItemId? ConfigurationItem { get; init; }

    /// <summary>Gets the category.</summary>
    public string? Category { get; init; }

    /// <summary>Gets the subcategory.</summary>
    public string? Subcategory { get; init; }
}
