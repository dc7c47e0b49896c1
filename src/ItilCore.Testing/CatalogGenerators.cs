using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using ItilCore.Catalog;
using ItilCore.Configuration;
using NodaTime;

namespace ItilCore.Testing;

/// <summary>
/// FsCheck generators for the service catalogue and the configuration model: identifiers, valid catalogue documents
/// and valid configuration documents over a catalogue (with acyclic DependsOn/RunsOn graphs).
/// </summary>
/// <remarks>
/// <para>
/// Every document these generators make is valid: <see cref="CatalogDocuments"/> for <see cref="ServiceCatalog.Create"/>,
/// the configuration documents for <see cref="ConfigurationModel.Create"/>, and <see cref="ServiceModelDocuments"/> (a
/// catalogue with a <c>configuration</c> section, which <see cref="ServiceCatalog.Create"/> refuses) and
/// <see cref="ServiceCatalogDocumentArbitrary"/> for <see cref="ServiceModel.Create"/>; use them to property-test code that consumes a catalogue, or derive invalid
/// documents from them to test validation. The <c>…Arbitrary</c> methods can be registered with FsCheck
/// (<c>[Property(Arbitrary = [typeof(CatalogGenerators)])]</c>); they do not shrink.
/// </para>
/// <para>Thread-safe: the generators hold no state.</para>
/// </remarks>
public static class CatalogGenerators
{
    private static readonly string[] Words =
    [
        "E-mail", "VPN", "Payroll", "Service", "Desk", "Portal", "Backup", "Café", "Gehaltsabrechnung", "Print",
        "Identity", "Network", "Storage", "Web", "Mobile", "Data", "Analytics", "Telephony", "Wi-Fi", "Archive",
    ];

    private static readonly char[] IdCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:/é".ToCharArray();

    private static readonly ConfigurationItemClass[] Classes =
    [
        ConfigurationItemClass.Server, ConfigurationItemClass.Application, ConfigurationItemClass.Database,
        ConfigurationItemClass.Network, new("storage"),
    ];

    /// <summary>Generates valid identifier text: 1 to 30 characters, none of them whitespace.</summary>
    /// <returns>The generator.</returns>
    public static Gen<string> IdentifierTexts()
        => from length in Gen.Choose(1, 30)
           from characters in Gen.ArrayOf(Gen.Elements(IdCharacters), length)
           select new string(characters);

    /// <summary>Generates service ids.</summary>
    /// <returns>The generator.</returns>
    public static Gen<ServiceId> ServiceIds() => IdentifierTexts().Select(ServiceId.Parse);

    /// <summary>Generates service offering ids.</summary>
    /// <returns>The generator.</returns>
    public static Gen<ServiceOfferingId> ServiceOfferingIds() => IdentifierTexts().Select(ServiceOfferingId.Parse);

    /// <summary>Generates product ids.</summary>
    /// <returns>The generator.</returns>
    public static Gen<ProductId> ProductIds() => IdentifierTexts().Select(ProductId.Parse);

    /// <summary>Generates organization ids.</summary>
    /// <returns>The generator.</returns>
    public static Gen<OrganizationId> OrganizationIds() => IdentifierTexts().Select(OrganizationId.Parse);

    /// <summary>Generates service relationship ids.</summary>
    /// <returns>The generator.</returns>
    public static Gen<ServiceRelationshipId> ServiceRelationshipIds() => IdentifierTexts().Select(ServiceRelationshipId.Parse);

    /// <summary>Generates configuration item ids.</summary>
    /// <returns>The generator.</returns>
    public static Gen<ConfigurationItemId> ConfigurationItemIds() => IdentifierTexts().Select(ConfigurationItemId.Parse);

    /// <summary>Generates actor ids.</summary>
    /// <returns>The generator.</returns>
    public static Gen<ActorId> ActorIds() => IdentifierTexts().Select(ActorId.Parse);

    /// <summary>
    /// Generates valid catalogue documents: 1 to 6 services based on up to 4 products, up to 5 offerings of 1 to 3
    /// services each, 1 to 4 organizations and up to 4 service relationships between a provider and a consumer, with
    /// warranties in range. The documents have no <c>configuration</c> section.
    /// </summary>
    /// <returns>The generator.</returns>
    public static Gen<ServiceCatalogDocument> CatalogDocuments()
        => from productCount in Gen.Choose(0, 4)
           from serviceCount in Gen.Choose(1, 6)
           from offeringCount in Gen.Choose(0, 5)
           from organizationCount in Gen.Choose(1, 4)
           from prefix in Gen.Elements("", "x-", "Ü.")
           let productIds = Enumerable.Range(0, productCount).Select(i => new ProductId($"{prefix}product-{i}")).ToArray()
           let serviceIds = Enumerable.Range(0, serviceCount).Select(i => new ServiceId($"{prefix}service-{i}")).ToArray()
           let offeringIds = Enumerable.Range(0, offeringCount).Select(i => new ServiceOfferingId($"{prefix}offering-{i}")).ToArray()
           let organizationIds = Enumerable.Range(0, organizationCount).Select(i => new OrganizationId($"{prefix}org-{i}")).ToArray()
           from products in Gen.CollectToArray(productIds, Product)
           from services in Gen.CollectToArray(serviceIds, id => Service(id, productIds))
           from offerings in Gen.CollectToArray(offeringIds, id => Offering(id, serviceIds))
           from organizations in Gen.CollectToArray(organizationIds, Organization)
           from relationships in Relationships(organizations, offeringIds, prefix)
           select new ServiceCatalogDocument
           {
               Services = services,
               Offerings = offerings,
               Products = products,
               Organizations = organizations,
               Relationships = relationships,
           };

    /// <summary>
    /// Generates valid configuration documents over a catalogue: up to 10 items supporting the catalogue's services,
    /// DependsOn and RunsOn relationships that never form a cycle (each points from a later to an earlier item of a
    /// random order, unrelated to document order), and a few ConnectsTo relationships, in random document order.
    /// </summary>
    /// <param name="catalog">The catalogue whose services the items support.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is <see langword="null"/>.</exception>
    public static Gen<ConfigurationDocument> ConfigurationDocuments(ServiceCatalogDocument catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var serviceIds = catalog.Services.Select(s => s.Id).ToArray();
        return from itemCount in Gen.Choose(0, 10)
               let itemIds = Enumerable.Range(0, itemCount).Select(i => new ConfigurationItemId($"ci-{i}")).ToArray()
               from items in Gen.CollectToArray(itemIds, id => Item(id, serviceIds))
               from rank in Gen.Shuffle(Enumerable.Range(0, itemCount))
               let ordered = (from a in Enumerable.Range(0, itemCount)
                              from b in Enumerable.Range(0, itemCount)
                              where rank[a] > rank[b]
                              select (Source: itemIds[a], Target: itemIds[b])).ToArray()
               from directed in Gen.SubListOf(ordered)
               from kinds in Gen.ArrayOf(Gen.Elements(ConfigurationRelationshipKind.DependsOn, ConfigurationRelationshipKind.RunsOn), directed.Count)
               from connected in Gen.SubListOf(ordered)
               from relationships in Gen.Shuffle(
                   directed.Select((pair, i) => new ConfigurationRelationship(pair.Source, kinds[i], pair.Target))
                       .Concat(connected.Take(3).Select(pair => new ConfigurationRelationship(pair.Source, ConfigurationRelationshipKind.ConnectsTo, pair.Target))))
               select new ConfigurationDocument { Items = items, Relationships = relationships };
    }

    /// <summary>Generates valid catalogue documents that also have a valid <c>configuration</c> section, for <see cref="ServiceModel"/>.</summary>
    /// <returns>The generator.</returns>
    public static Gen<ServiceCatalogDocument> ServiceModelDocuments()
        => from catalog in CatalogDocuments()
           from configuration in ConfigurationDocuments(catalog)
           select catalog with { Configuration = configuration };

    /// <summary>Gets an arbitrary of service ids.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ServiceId> ServiceIdArbitrary() => ServiceIds().ToArbitrary();

    /// <summary>Gets an arbitrary of service offering ids.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ServiceOfferingId> ServiceOfferingIdArbitrary() => ServiceOfferingIds().ToArbitrary();

    /// <summary>Gets an arbitrary of product ids.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ProductId> ProductIdArbitrary() => ProductIds().ToArbitrary();

    /// <summary>Gets an arbitrary of organization ids.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<OrganizationId> OrganizationIdArbitrary() => OrganizationIds().ToArbitrary();

    /// <summary>Gets an arbitrary of configuration item ids.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ConfigurationItemId> ConfigurationItemIdArbitrary() => ConfigurationItemIds().ToArbitrary();

    /// <summary>
    /// Gets an arbitrary of valid catalogue documents, with a valid <c>configuration</c> section half of the time: read
    /// them with <see cref="ServiceModel.Create"/> (<see cref="ServiceCatalog.Create"/> refuses a configuration section).
    /// </summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ServiceCatalogDocument> ServiceCatalogDocumentArbitrary()
        => Gen.OneOf(CatalogDocuments(), ServiceModelDocuments()).ToArbitrary();

    private static Gen<string> Names()
        => from count in Gen.Choose(1, 3)
           from words in Gen.ArrayOf(Gen.Elements(Words), count)
           select string.Join(" ", words);

    private static Gen<T?> Optional<T>(Gen<T> gen)
        where T : struct
        => Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(v => (T?)v)));

    private static Gen<string?> OptionalText(Gen<string> gen)
        => Gen.Frequency((1, Gen.Constant<string?>(null)), (2, gen.Select(v => (string?)v)));

    private static Gen<Product> Product(ProductId id)
        => from name in Names()
           from description in OptionalText(Names())
           select new Product(id, name, description);

    private static Gen<Service> Service(ServiceId id, ProductId[] productIds)
        => from name in Names()
           from description in OptionalText(Names())
           from kind in Gen.Elements(ServiceKind.Business, ServiceKind.Technical)
           from owner in Optional(ActorIds())
           from warranty in Gen.Frequency((1, Gen.Constant<ServiceWarranty?>(null)), (3, Warranty().Select(w => (ServiceWarranty?)w)))
           from utility in Gen.ListOf(Names(), 3).SelectMany(all => Gen.Choose(0, 3).Select(n => all.Take(n).ToArray()))
           from products in Gen.SubListOf(productIds)
           from status in Status()
           select new Service(id, name, description, kind, owner, warranty) { Utility = utility, Products = products.ToArray(), Status = status };

    // Mostly live, as in a real catalogue, with some in the pipeline and some retired.
    private static Gen<ServiceStatus> Status()
        => Gen.Frequency((6, Gen.Constant(ServiceStatus.Live)), (1, Gen.Constant(ServiceStatus.Pipeline)), (1, Gen.Constant(ServiceStatus.Retired)));

    private static Gen<ServiceWarranty> Warranty()
        => from availability in Optional(Gen.Choose(1, 100_000).Select(n => n / 1000m))
           from capacity in OptionalText(Names())
           from rto in Optional(Gen.Choose(0, 7 * 24 * 60).Select(m => Duration.FromMinutes(m)))
           from rpo in Optional(Gen.Choose(0, 24 * 60).Select(m => Duration.FromMinutes(m)))
           from security in Optional(Gen.Elements(Enum.GetValues<SecurityClassification>()))
           select new ServiceWarranty(availability, capacity, rto, rpo, security);

    private static Gen<ServiceOffering> Offering(ServiceOfferingId id, ServiceId[] serviceIds)
        => from name in Names()
           from target in OptionalText(Names())
           from services in Gen.Shuffle(serviceIds).SelectMany(all => Gen.Choose(1, Math.Min(3, all.Length)).Select(n => all.Take(n).ToArray()))
           from goods in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(Names(), n))
           from access in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(Names(), n))
           from actions in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(Names(), n))
           from status in Status()
           select new ServiceOffering(id, name, target) { Services = services, Goods = goods, AccessToResources = access, ServiceActions = actions, Status = status };

    private static Gen<Organization> Organization(OrganizationId id)
        => from name in Names()
           from role in Gen.Elements(Enum.GetValues<OrganizationRole>())
           select new Organization(id, name, role);

    private static Gen<ServiceRelationship[]> Relationships(Organization[] organizations, ServiceOfferingId[] offeringIds, string prefix)
    {
        var providers = organizations.Where(o => o.Role != OrganizationRole.Consumer).Select(o => o.Id).ToArray();
        var consumers = organizations.Where(o => o.Role != OrganizationRole.Provider).Select(o => o.Id).ToArray();
        if (providers.Length == 0 || consumers.Length == 0 || offeringIds.Length == 0)
        {
            return Gen.Constant(Array.Empty<ServiceRelationship>());
        }

        return Gen.Choose(0, 4).SelectMany(count => Gen.CollectToArray(
            Enumerable.Range(0, count),
            i => from name in Names()
                 from provider in Gen.Elements(providers)
                 from consumer in Gen.Elements(consumers)
                 from offerings in Gen.Shuffle(offeringIds).SelectMany(all => Gen.Choose(1, all.Length).Select(n => all.Take(n).ToArray()))
                 from customers in Actors()
                 from users in Actors()
                 from sponsors in Actors()
                 select new ServiceRelationship(new ServiceRelationshipId($"{prefix}relationship-{i}"), name, provider, consumer)
                 {
                     Offerings = offerings,
                     Customers = customers,
                     Users = users,
                     Sponsors = sponsors,
                 }));
    }

    private static Gen<ActorId[]> Actors()
        => Gen.SubListOf(Enumerable.Range(0, 4).Select(i => new ActorId($"person-{i}"))).Select(list => list.ToArray());

    private static Gen<ConfigurationItem> Item(ConfigurationItemId id, ServiceId[] serviceIds)
        => from name in Names()
           from itemClass in Gen.Elements(Classes)
           from owner in Optional(Gen.Elements("platform-team", "network-team", "app-team").Select(AssignmentGroupId.Parse))
           from location in OptionalText(Gen.Elements("dc-east", "dc-west", "cloud-eu-west"))
           from services in Gen.Frequency((2, Gen.Constant(new List<ServiceId>())), (3, Gen.SubListOf(serviceIds).Select(l => l.ToList())))
           select new ConfigurationItem(id, name, itemClass, owner, location) { SupportedServices = services.ToArray() };
}
