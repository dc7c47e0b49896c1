using System;
using ItilCore.Catalog;
using ItilCore.Configuration;
using ItilCore.Incidents;
using NodaTime;

namespace ItilCore.Routing;

/// <summary>
/// What the router sees of a ticket: its typed fields, its short description and when it arrived. Build it from an
/// <see cref="Incident"/> with <see cref="FromIncident"/>, or from raw fields with the constructor and initializers.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. The router reads only the fields that some rule tests, and reads the short description
/// only when a rule with keyword conditions is still a candidate after the field conditions.
/// </remarks>
public sealed class RoutingTicket
{
    /// <summary>Initializes a ticket with the fields every ticket has.</summary>
    /// <param name="shortDescription">The one-line summary (may be empty).</param>
    /// <param name="channel">How the ticket arrived.</param>
    /// <param name="impact">The impact.</param>
    /// <param name="urgency">The urgency.</param>
    /// <param name="priority">The priority.</param>
    /// <param name="receivedAt">When the ticket arrived; time conditions test this instant.</param>
    /// <exception cref="ArgumentNullException"><paramref name="shortDescription"/> is null.</exception>
    /// <exception cref="ArgumentException">A level is the default (0) value or the channel is not defined.</exception>
    public RoutingTicket(string shortDescription, ContactChannel channel, Impact impact, Urgency urgency, Priority priority, Instant receivedAt)
    {
        ShortDescription = Preconditions.NotNull(shortDescription, nameof(shortDescription));
        Channel = Preconditions.Defined(channel, nameof(channel));
        Impact = Preconditions.NotDefault(impact, nameof(impact));
        Urgency = Preconditions.NotDefault(urgency, nameof(urgency));
        Priority = Preconditions.NotDefault(priority, nameof(priority));
        ReceivedAt = receivedAt;
    }

    /// <summary>Gets the one-line summary that keyword conditions search.</summary>
    public string ShortDescription { get; }

    /// <summary>Gets how the ticket arrived.</summary>
    public ContactChannel Channel { get; }

    /// <summary>Gets the impact.</summary>
    public Impact Impact { get; }

    /// <summary>Gets the urgency.</summary>
    public Urgency Urgency { get; }

    /// <summary>Gets the priority.</summary>
    public Priority Priority { get; }

    /// <summary>Gets when the ticket arrived.</summary>
    public Instant ReceivedAt { get; }

    /// <summary>Gets the affected service.</summary>
    public ServiceId? Service { get; init; }

    /// <summary>Gets the affected service offering.</summary>
    public ServiceOfferingId? Offering { get; init; }

    /// <summary>Gets the category.</summary>
    public string? Category { get; init; }

    /// <summary>Gets the subcategory.</summary>
    public string? Subcategory { get; init; }

    /// <summary>Gets the affected configuration item.</summary>
    public ConfigurationItemId? ConfigurationItem { get; init; }

    /// <summary>Gets the class of the affected configuration item.</summary>
    public ConfigurationItemClass? ConfigurationItemClass { get; init; }

    /// <summary>Gets the location.</summary>
    public string? Location { get; init; }

    /// <summary>Gets the customer organization.</summary>
    public OrganizationId? Customer { get; init; }

    /// <summary>
    /// Builds the ticket of an incident: its description, channel, impact, urgency, effective priority, service,
    /// offering, configuration item, category and subcategory, arriving when it was opened. With a configuration model,
    /// the item's class and location are filled in from it.
    /// </summary>
    /// <param name="incident">The incident.</param>
    /// <param name="configuration">The configuration model, to look up the item's class and location; optional.</param>
    /// <param name="customer">The customer organization, which an incident does not record; optional.</param>
    /// <returns>The ticket.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="incident"/> is null.</exception>
    public static RoutingTicket FromIncident(Incident incident, ConfigurationModel? configuration = null, OrganizationId? customer = null)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ConfigurationItem? item = null;
        if (incident.ConfigurationItem is { } id && configuration is not null)
        {
            configuration.TryGetItem(id, out item);
        }

        return new RoutingTicket(incident.ShortDescription, incident.Channel, incident.Impact, incident.Urgency, incident.Priority, incident.OpenedAt)
        {
            Service = incident.Service,
            Offering = incident.Offering,
            Category = incident.Category,
            Subcategory = incident.Subcategory,
            ConfigurationItem = incident.ConfigurationItem,
            ConfigurationItemClass = item?.Class,
            Location = item?.Location,
            Customer = customer,
        };
    }
}
