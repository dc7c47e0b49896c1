namespace ItilCore.Routing;

/// <summary>A ticket field that a routing condition can test.</summary>
/// <remarks>
/// The values of identifier fields are identifier texts; of <see cref="Channel"/> the kebab-case channel name
/// (<c>phone</c>, <c>email</c>, <c>portal</c>, <c>chat</c>, <c>walk-in</c>, <c>monitoring</c>); of <see cref="Impact"/>,
/// <see cref="Urgency"/> and <see cref="Priority"/> the level as a number (<c>"1"</c>).
/// </remarks>
public enum RoutingField
{
    /// <summary>The affected catalogued service (<see cref="Catalog.ServiceId"/>).</summary>
    Service = 1,

    /// <summary>The affected service offering (<see cref="Catalog.ServiceOfferingId"/>).</summary>
    Offering = 2,

    /// <summary>The category (free text, optionally checked against a list of known categories).</summary>
    Category = 3,

    /// <summary>The subcategory (free text, optionally checked against a list of known subcategories).</summary>
    Subcategory = 4,

    /// <summary>The affected configuration item (<see cref="Configuration.ConfigurationItemId"/>).</summary>
    ConfigurationItem = 5,

    /// <summary>The class of the affected configuration item (<see cref="Configuration.ConfigurationItemClass"/>).</summary>
    ConfigurationItemClass = 6,

    /// <summary>The caller's or the item's location (free text).</summary>
    Location = 7,

    /// <summary>How the ticket reached the service desk (<see cref="ContactChannel"/>).</summary>
    Channel = 8,

    /// <summary>The impact level.</summary>
    Impact = 9,

    /// <summary>The urgency level.</summary>
    Urgency = 10,

    /// <summary>The priority level.</summary>
    Priority = 11,

    /// <summary>The customer: the consumer organization (<see cref="OrganizationId"/>).</summary>
    Customer = 12,
}
