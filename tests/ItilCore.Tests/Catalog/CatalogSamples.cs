using ItilCore.Catalog;
using NodaTime;

namespace ItilCore.Tests.Catalog;

/// <summary>A small valid catalogue the catalogue tests start from and then break one rule at a time.</summary>
internal static class CatalogSamples
{
    public static ServiceId Email { get; } = new("email");

    public static ServiceId Vpn { get; } = new("vpn");

    public static ServiceId Payroll { get; } = new("payroll");

    public static ServiceOfferingId OfficeBundle { get; } = new("office-bundle");

    public static ServiceOfferingId PayrollStandard { get; } = new("payroll-standard");

    public static OrganizationId It { get; } = new("it");

    public static OrganizationId Acme { get; } = new("acme");

    public static OrganizationId Globex { get; } = new("globex");

    public static ServiceCatalogDocument Document { get; } = new()
    {
        Services =
        [
            new Service(Email, "E-mail", "Mail and calendars", ServiceKind.Business, new ActorId("jane"), new ServiceWarranty(99.9m, "5,000 mailboxes", Duration.FromHours(4), Duration.FromMinutes(15), SecurityClassification.Confidential))
            {
                Utility = ["Send and receive mail"],
                Products = [new ProductId("messaging")],
            },
            new Service(Vpn, "VPN", Kind: ServiceKind.Business) { Products = [new ProductId("network")] },
            new Service(Payroll, "Payroll", Warranty: new ServiceWarranty(Availability: 100m)),
        ],
        Offerings =
        [
            new ServiceOffering(OfficeBundle, "Office bundle", "Office staff")
            {
                Services = [Email, Vpn],
                Goods = ["Laptop"],
                AccessToResources = ["Mailbox"],
                ServiceActions = ["Password reset"],
            },
            new ServiceOffering(PayrollStandard, "Payroll standard") { Services = [Payroll, Email] },
        ],
        Products =
        [
            new Product(new ProductId("messaging"), "Messaging platform", "Mail servers"),
            new Product(new ProductId("network"), "Network access"),
        ],
        Organizations =
        [
            new Organization(It, "Corporate IT", OrganizationRole.ProviderAndConsumer),
            new Organization(Acme, "Acme Retail", OrganizationRole.Consumer),
            new Organization(Globex, "Globex", OrganizationRole.Consumer),
        ],
        Relationships =
        [
            new ServiceRelationship(new ServiceRelationshipId("acme-office"), "Office for Acme", It, Acme)
            {
                Offerings = [OfficeBundle],
                Customers = [new ActorId("acme.cio")],
                Users = [new ActorId("alice"), new ActorId("bob")],
                Sponsors = [new ActorId("acme.cfo")],
            },
            new ServiceRelationship(new ServiceRelationshipId("acme-payroll"), "Payroll for Acme", It, Acme)
            {
                Offerings = [PayrollStandard, OfficeBundle],
                Users = [new ActorId("bob"), new ActorId("carol")],
            },
            new ServiceRelationship(new ServiceRelationshipId("it-office"), "Office for IT", It, It)
            {
                Offerings = [OfficeBundle],
                Users = [new ActorId("dave")],
            },
        ],
    };
}
