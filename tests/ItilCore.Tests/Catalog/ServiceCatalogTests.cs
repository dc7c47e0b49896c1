using System;
using System.Collections.Generic;
using System.Linq;
using ItilCore.Catalog;
using ItilCore.Configuration;
using NodaTime;
using Xunit;
using static ItilCore.Tests.Catalog.CatalogSamples;

namespace ItilCore.Tests.Catalog;

public class ServiceCatalogTests
{
    private static ServiceCatalog Catalog { get; } = ServiceCatalog.Create(Document);

    private static string[] PathsOf(ServiceCatalogDocument document)
        => Assert.Throws<InvalidDefinitionException>(() => ServiceCatalog.Create(document)).Problems.Select(p => p.Path).ToArray();

    [Fact]
    public void Create_ValidDocument_KeepsEverythingInDocumentOrder()
    {
        Assert.Equal([Email, Vpn, Payroll], Catalog.Services.Select(s => s.Id));
        Assert.Equal([OfficeBundle, PayrollStandard], Catalog.Offerings.Select(o => o.Id));
        Assert.Equal(2, Catalog.Products.Count);
        Assert.Equal(3, Catalog.Organizations.Count);
        Assert.Equal(3, Catalog.Relationships.Count);
    }

    [Fact]
    public void Create_NullDocument_ThrowsArgumentNullException()
        => Assert.Equal("document", Assert.Throws<ArgumentNullException>(() => ServiceCatalog.Create(null!)).ParamName);

    [Fact]
    public void Create_DuplicateIdsOfEachKind_ReportsEveryLaterDefinition()
    {
        var document = Document with
        {
            Services = [.. Document.Services, new Service(Vpn, "VPN again")],
            Offerings = [.. Document.Offerings, new ServiceOffering(OfficeBundle, "Again") { Services = [Email] }],
            Products = [.. Document.Products, new Product(new ProductId("network"), "Again")],
            Organizations = [.. Document.Organizations, new Organization(Acme, "Again", OrganizationRole.Consumer)],
            Relationships = [.. Document.Relationships, Document.Relationships[0]],
        };

        var problems = Assert.Throws<InvalidDefinitionException>(() => ServiceCatalog.Create(document)).Problems;

        Assert.Equal(
            ["$.services[3].id", "$.offerings[2].id", "$.products[2].id", "$.organizations[3].id", "$.relationships[3].id"],
            problems.Select(p => p.Path));
        Assert.Equal("duplicate service id 'vpn'; it is first defined at $.services[1]", problems[0].Message);
    }

    [Fact]
    public void Create_DanglingReferences_ReportsEachWithItsPath()
    {
        var document = Document with
        {
            Services = [Document.Services[0] with { Products = [new ProductId("messaging"), new ProductId("ghost-product")] }, .. Document.Services.Skip(1)],
            Offerings = [Document.Offerings[0] with { Services = [Email, new ServiceId("ghost-service")] }, Document.Offerings[1]],
            Relationships =
            [
                Document.Relationships[0] with { Provider = new OrganizationId("ghost-provider"), Consumer = new OrganizationId("ghost-consumer") },
                Document.Relationships[1] with { Offerings = [PayrollStandard, new ServiceOfferingId("ghost-offering")] },
                Document.Relationships[2],
            ],
        };

        var problems = Assert.Throws<InvalidDefinitionException>(() => ServiceCatalog.Create(document)).Problems;

        Assert.Equal(
            [
                "$.services[0].products[1]",
                "$.offerings[0].services[1]",
                "$.relationships[0].provider",
                "$.relationships[0].consumer",
                "$.relationships[1].offerings[1]",
            ],
            problems.Select(p => p.Path));
        Assert.Equal("unknown product id 'ghost-product'", problems[0].Message);
        Assert.Contains("ghost-offering", problems[4].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Create_EmptyOrWhitespaceNames_ReportsEveryName(string? name)
    {
        var document = Document with
        {
            Services = [Document.Services[0] with { Name = name! }, .. Document.Services.Skip(1)],
            Offerings = [Document.Offerings[0], Document.Offerings[1] with { Name = name! }],
            Products = [Document.Products[0] with { Name = name! }, Document.Products[1]],
            Organizations = [.. Document.Organizations.Take(2), Document.Organizations[2] with { Name = name! }],
            Relationships = [.. Document.Relationships.Take(2), Document.Relationships[2] with { Name = name! }],
        };

        Assert.Equal(
            ["$.services[0].name", "$.offerings[1].name", "$.products[0].name", "$.organizations[2].name", "$.relationships[2].name"],
            PathsOf(document));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("100.001")]
    public void Create_AvailabilityOutOfRange_ReportsAvailabilityPath(string availability)
    {
        var warranty = new ServiceWarranty(decimal.Parse(availability, System.Globalization.CultureInfo.InvariantCulture));
        var document = Document with { Services = [.. Document.Services.Take(2), Document.Services[2] with { Warranty = warranty }] };

        Assert.Equal(["$.services[2].warranty.availability"], PathsOf(document));
    }

    [Theory]
    [InlineData("0.001")]
    [InlineData("100")]
    public void Create_AvailabilityAtTheEdgesOfTheRange_IsAccepted(string availability)
    {
        var warranty = new ServiceWarranty(decimal.Parse(availability, System.Globalization.CultureInfo.InvariantCulture));
        var document = Document with { Services = [.. Document.Services.Take(2), Document.Services[2] with { Warranty = warranty }] };

        Assert.Equal(warranty, ServiceCatalog.Create(document).GetService(Payroll).Warranty);
    }

    [Fact]
    public void Create_NegativeContinuityDurationsAndBlankCapacity_ReportsEach()
    {
        var warranty = new ServiceWarranty(99m, " ", Duration.FromSeconds(-1), Duration.FromHours(-2));
        var document = Document with { Services = [Document.Services[0] with { Warranty = warranty }, .. Document.Services.Skip(1)] };

        Assert.Equal(
            ["$.services[0].warranty.capacity", "$.services[0].warranty.recoveryTimeObjective", "$.services[0].warranty.recoveryPointObjective"],
            PathsOf(document));
    }

    [Fact]
    public void Create_ZeroContinuityDurations_AreAccepted()
    {
        var warranty = new ServiceWarranty(RecoveryTimeObjective: Duration.Zero, RecoveryPointObjective: Duration.Zero);
        var document = Document with { Services = [Document.Services[0] with { Warranty = warranty }, .. Document.Services.Skip(1)] };

        Assert.Equal(Duration.Zero, ServiceCatalog.Create(document).GetService(Email).Warranty!.RecoveryPointObjective);
    }

    [Fact]
    public void Create_OfferingWithoutServices_ReportsServicesPath()
    {
        var document = Document with { Offerings = [Document.Offerings[0], Document.Offerings[1] with { Services = [] }] };

        var problem = Assert.Single(Assert.Throws<InvalidDefinitionException>(() => ServiceCatalog.Create(document)).Problems);

        Assert.Equal(new ValidationProblem("$.offerings[1].services", "an offering describes at least one service"), problem);
    }

    [Fact]
    public void Create_RelationshipWithoutOfferingsOrWithWrongRoles_ReportsEach()
    {
        var document = Document with
        {
            Relationships = [Document.Relationships[0] with { Provider = Acme, Offerings = [] }, .. Document.Relationships.Skip(1)],
            Organizations = [Document.Organizations[0] with { Role = OrganizationRole.Provider }, .. Document.Organizations.Skip(1)],
        };

        var problems = Assert.Throws<InvalidDefinitionException>(() => ServiceCatalog.Create(document)).Problems;

        // Corporate IT is now a provider only, so it cannot consume its own office bundle (relationships[2]).
        Assert.Equal(["$.relationships[0].provider", "$.relationships[0].offerings", "$.relationships[2].consumer"], problems.Select(p => p.Path));
        Assert.Equal("organization 'acme' is not a provider; its role must be provider or provider-and-consumer", problems[0].Message);
    }

    [Fact]
    public void Create_ReferencesListedTwiceAndBlankListEntries_ReportsEach()
    {
        var document = Document with
        {
            Services = [Document.Services[0] with { Utility = ["Send mail", ""] }, .. Document.Services.Skip(1)],
            Offerings = [Document.Offerings[0] with { Services = [Email, Email], ServiceActions = ["\t"] }, Document.Offerings[1]],
        };

        Assert.Equal(["$.services[0].utility[1]", "$.offerings[0].services[1]", "$.offerings[0].serviceActions[0]"], PathsOf(document));
    }

    [Fact]
    public void Create_ProblemsEverywhere_ReportsAllOfThemTogether()
    {
        var document = Document with
        {
            Services = [Document.Services[0] with { Name = "", Warranty = new ServiceWarranty(0m) }, Document.Services[0], Document.Services[2]],
            Offerings = [Document.Offerings[0] with { Services = [] }, Document.Offerings[1]],
            Products = [Document.Products[0]],
            Relationships = [Document.Relationships[0] with { Consumer = new OrganizationId("nobody") }],
        };

        var exception = Assert.Throws<InvalidDefinitionException>(() => ServiceCatalog.Create(document));

        Assert.Equal(
            ["$.services[0].name", "$.services[0].warranty.availability", "$.services[1].id", "$.offerings[0].services", "$.relationships[0].consumer"],
            exception.Problems.Select(p => p.Path));
        Assert.Equal("service catalogue", exception.Definition);
        Assert.Contains("(5 problems)", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_DocumentWithConfigurationSection_IsRejectedInFavourOfServiceModel()
    {
        var document = Document with { Configuration = new ConfigurationDocument() };

        var problem = Assert.Single(Assert.Throws<InvalidDefinitionException>(() => ServiceCatalog.Create(document)).Problems);

        Assert.Equal("$.configuration", problem.Path);
        Assert.Contains("ServiceModel", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ListsChangedAfterwards_CatalogueIsUnaffected()
    {
        ServiceId[] services = [Email, Vpn];
        var document = Document with { Offerings = [new ServiceOffering(OfficeBundle, "Office") { Services = services }] };
        var catalog = ServiceCatalog.Create(document with { Relationships = [] });

        services[1] = new ServiceId("ghost");

        Assert.Equal([Email, Vpn], catalog.GetOffering(OfficeBundle).Services);
    }

    [Fact]
    public void ContainsAndTryGet_KnownAndUnknownIds_Answer()
    {
        Assert.True(Catalog.Contains(Email));
        Assert.False(Catalog.Contains(new ServiceId("fax")));
        Assert.True(Catalog.Contains(OfficeBundle));
        Assert.True(Catalog.Contains(new ProductId("network")));
        Assert.False(Catalog.Contains(new ProductId("hr")));
        Assert.True(Catalog.Contains(Globex));
        Assert.True(Catalog.Contains(new ServiceRelationshipId("acme-office")));
        Assert.True(Catalog.TryGetService(Vpn, out var vpn));
        Assert.Equal("VPN", vpn.Name);
        Assert.False(Catalog.TryGetService(new ServiceId("fax"), out var none));
        Assert.Null(none);
        Assert.True(Catalog.TryGetOffering(PayrollStandard, out var offering));
        Assert.Equal([Payroll, Email], offering.Services);
        Assert.False(Catalog.TryGetProduct(new ProductId("hr"), out _));
        Assert.True(Catalog.TryGetOrganization(Acme, out var acme));
        Assert.Equal(OrganizationRole.Consumer, acme.Role);
        Assert.True(Catalog.TryGetRelationship(new ServiceRelationshipId("it-office"), out var internalIt));
        Assert.Equal(It, internalIt.Consumer);
    }

    [Fact]
    public void Get_KnownIds_ReturnTheDefinitions()
    {
        Assert.Equal(Document.Services[0], Catalog.GetService(Email));
        Assert.Equal(Document.Offerings[1], Catalog.GetOffering(PayrollStandard));
        Assert.Equal(Document.Products[1], Catalog.GetProduct(new ProductId("network")));
        Assert.Equal(Document.Organizations[2], Catalog.GetOrganization(Globex));
        Assert.Equal(Document.Relationships[0], Catalog.GetRelationship(new ServiceRelationshipId("acme-office")));
    }

    [Fact]
    public void Get_UnknownIds_ThrowKeyNotFoundNamingTheId()
    {
        Assert.Contains("'fax'", Assert.Throws<KeyNotFoundException>(() => Catalog.GetService(new ServiceId("fax"))).Message, StringComparison.Ordinal);
        Assert.Contains("'o-9'", Assert.Throws<KeyNotFoundException>(() => Catalog.GetOffering(new ServiceOfferingId("o-9"))).Message, StringComparison.Ordinal);
        Assert.Contains("'p-9'", Assert.Throws<KeyNotFoundException>(() => Catalog.GetProduct(new ProductId("p-9"))).Message, StringComparison.Ordinal);
        Assert.Contains("'org-9'", Assert.Throws<KeyNotFoundException>(() => Catalog.GetOrganization(new OrganizationId("org-9"))).Message, StringComparison.Ordinal);
        Assert.Contains("'r-9'", Assert.Throws<KeyNotFoundException>(() => Catalog.GetRelationship(new ServiceRelationshipId("r-9"))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OfferingsOf_Service_ReturnsOfferingsDescribingItInDocumentOrder()
    {
        Assert.Equal([OfficeBundle, PayrollStandard], Catalog.OfferingsOf(Email).Select(o => o.Id));
        Assert.Equal([OfficeBundle], Catalog.OfferingsOf(Vpn).Select(o => o.Id));
        Assert.Equal([PayrollStandard], Catalog.OfferingsOf(Payroll).Select(o => o.Id));
    }

    [Fact]
    public void OfferingsOf_ServiceInNoOffering_IsEmpty()
    {
        var catalog = ServiceCatalog.Create(new ServiceCatalogDocument { Services = [new Service(Email, "E-mail")] });

        Assert.Empty(catalog.OfferingsOf(Email));
    }

    [Fact]
    public void OfferingsOf_UnknownService_ThrowsArgumentExceptionNamingIt()
    {
        var exception = Assert.Throws<ArgumentException>(() => Catalog.OfferingsOf(new ServiceId("fax")));

        Assert.Equal("service", exception.ParamName);
        Assert.Contains("'fax'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RelationshipsOfConsumerAndProvider_Organizations_ReturnTheirRelationships()
    {
        Assert.Equal(["acme-office", "acme-payroll"], Catalog.RelationshipsOfConsumer(Acme).Select(r => r.Id.Value));
        Assert.Equal(["it-office"], Catalog.RelationshipsOfConsumer(It).Select(r => r.Id.Value));
        Assert.Empty(Catalog.RelationshipsOfConsumer(Globex));
        Assert.Equal(3, Catalog.RelationshipsOfProvider(It).Count);
        Assert.Empty(Catalog.RelationshipsOfProvider(Acme));
        Assert.Equal("consumer", Assert.Throws<ArgumentException>(() => Catalog.RelationshipsOfConsumer(new OrganizationId("x"))).ParamName);
    }

    [Fact]
    public void ActorsInRole_UsersOfOfferingForOrganization_AreCollectedOnceAcrossRelationships()
    {
        Assert.Equal(["alice", "bob", "carol"], Catalog.ActorsInRole(OfficeBundle, Acme, ConsumerRole.User).Select(a => a.Value));
        Assert.Equal(["bob", "carol"], Catalog.ActorsInRole(PayrollStandard, Acme, ConsumerRole.User).Select(a => a.Value));
        Assert.Equal(["acme.cio"], Catalog.ActorsInRole(OfficeBundle, Acme, ConsumerRole.Customer).Select(a => a.Value));
        Assert.Equal(["acme.cfo"], Catalog.ActorsInRole(OfficeBundle, Acme, ConsumerRole.Sponsor).Select(a => a.Value));
        Assert.Equal(["dave"], Catalog.ActorsInRole(OfficeBundle, It, ConsumerRole.User).Select(a => a.Value));
        Assert.Empty(Catalog.ActorsInRole(OfficeBundle, Globex, ConsumerRole.User));
    }

    [Fact]
    public void ActorsInRole_UnknownOfferingOrOrganizationOrRole_Throws()
    {
        Assert.Equal("offering", Assert.Throws<ArgumentException>(() => Catalog.ActorsInRole(new ServiceOfferingId("x"), Acme, ConsumerRole.User)).ParamName);
        Assert.Equal("consumer", Assert.Throws<ArgumentException>(() => Catalog.ActorsInRole(OfficeBundle, new OrganizationId("x"), ConsumerRole.User)).ParamName);
        Assert.Equal("role", Assert.Throws<ArgumentOutOfRangeException>(() => Catalog.ActorsInRole(OfficeBundle, Acme, (ConsumerRole)0)).ParamName);
    }

    [Fact]
    public void RelationshipEntitling_DefaultPerson_ThrowsArgumentExceptionInsteadOfAnsweringNotEntitled()
    {
        // An empty person id is a programmer's mistake (DESIGN principle 5), not a person no relationship names.
        Assert.Equal("person", Assert.Throws<ArgumentException>(() => Catalog.RelationshipEntitling(OfficeBundle, default)).ParamName);
        Assert.Equal("person", Assert.Throws<ArgumentException>(() => Catalog.RelationshipEntitling(OfficeBundle, default, Acme)).ParamName);
    }
}
