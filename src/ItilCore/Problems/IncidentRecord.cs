using System;
using ItilCore.Catalog;
using ItilCore.Configuration;
using ItilCore.Incidents;
using NodaTime;

namespace ItilCore.Problems;

/// <summary>
/// The little trend analysis needs to know about one incident: when it was opened and what it affected. Build it from a
/// live incident's snapshot with <see cref="From"/>, or from any incident store (a log file, a database view).
/// </summary>
/// <param name="Id">The incident.</param>
/// <param name="OpenedAt">When it was opened.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record IncidentRecord(IncidentId Id, Instant OpenedAt)
{
    /// <summary>Gets the affected service.</summary>
    public ServiceId? Service { get; init; }

    /// <summary>Gets the affected configuration item.</summary>
    public ConfigurationItemId? ConfigurationItem { get; init; }

    /// <summary>Gets the category.</summary>
    public string? Category { get; init; }

    /// <summary>Gets the subcategory.</summary>
    public string? Subcategory { get; init; }

    /// <summary>Gets the symptom: what the user saw, as recorded (for example a coded symptom, or a short description).</summary>
    public string? Symptom { get; init; }

    /// <summary>Takes the record from an incident snapshot; its short description serves as the symptom.</summary>
    /// <param name="incident">The incident snapshot.</param>
    /// <returns>The record.</returns>
    public static IncidentRecord From(IncidentSnapshot incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return new IncidentRecord(incident.Id, incident.OpenedAt)
        {
            Service = incident.Service,
            ConfigurationItem = incident.ConfigurationItem,
            Category = incident.Category,
            Subcategory = incident.Subcategory,
            Symptom = incident.ShortDescription,
        };
    }
}
