using ItilCore.Catalog;
using ItilCore.Configuration;
using ItilCore.Incidents;
using ItilCore.Routing;
using NodaTime;

namespace ItilCore.ServiceDesk.Cli;

/// <summary>The ticket `itil route` reads (JSON); priority is computed from impact and urgency with ServiceNow's default matrix when absent.</summary>
public sealed record RouteTicketDocument
{
    public string ShortDescription { get; init; } = "";

    public ContactChannel Channel { get; init; } = ContactChannel.Portal;

    public Impact Impact { get; init; } = new(3);

    public Urgency Urgency { get; init; } = new(3);

    public Priority? Priority { get; init; }

    public required Instant ReceivedAt { get; init; }

    public ServiceId? Service { get; init; }

    public ServiceOfferingId? Offering { get; init; }

    public string? Category { get; init; }

    public string? Subcategory { get; init; }

    public ConfigurationItemId? ConfigurationItem { get; init; }

    public ConfigurationItemClass? ConfigurationItemClass { get; init; }

    public string? Location { get; init; }

    public OrganizationId? Customer { get; init; }

    public RoutingTicket ToTicket() => new(ShortDescription, Channel, Impact, Urgency, Priority ?? PriorityMatrix.ServiceNowDefault.Calculate(Impact, Urgency), ReceivedAt)
    {
        Service = Service,
        Offering = Offering,
        Category = Category,
        Subcategory = Subcategory,
        ConfigurationItem = ConfigurationItem,
        ConfigurationItemClass = ConfigurationItemClass,
        Location = Location,
        Customer = Customer,
    };
}
