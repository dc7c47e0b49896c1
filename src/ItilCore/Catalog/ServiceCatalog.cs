using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using ItilCore.Configuration;
using ItilCore.Serialization;

namespace ItilCore.Catalog;

/// <summary>
/// The service catalogue: the validated, immutable set of services, service offerings, products, organizations and
/// service relationships of a service provider, with fast lookups by id.
/// </summary>
/// <remarks>
/// <para>
/// Built by <see cref="Create"/> from a <see cref="ServiceCatalogDocument"/>, which checks everything and reports every
/// problem at once with its JSON path. <see cref="ToDocument"/> gives the document back: creating a catalogue from it
/// gives an equal catalogue, and it serializes to the same JSON.
/// </para>
/// <para>
/// <c>Get…</c> methods throw <see cref="KeyNotFoundException"/> for an id the catalogue does not have; queries that take
/// an id (<see cref="OfferingsOf"/>, <see cref="RelationshipsOfConsumer"/>, …) throw <see cref="ArgumentException"/>
/// naming it, because asking about something that is not catalogued is a mistake, not an empty answer.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ServiceCatalog
{
    private const string Definition = "service catalogue";

    private readonly FrozenDictionary<ServiceId, int> _serviceIndexes;
    private readonly FrozenDictionary<ServiceOfferingId, ServiceOffering> _offerings;
    private readonly FrozenDictionary<ProductId, Product> _products;
    private readonly FrozenDictionary<OrganizationId, Organization> _organizations;
    private readonly FrozenDictionary<ServiceRelationshipId, ServiceRelationship> _relationships;
    private readonly IReadOnlyList<ServiceOffering>[] _offeringsOfService;
    private readonly FrozenDictionary<OrganizationId, IReadOnlyList<ServiceRelationship>> _relationshipsOfConsumer;
    private readonly FrozenDictionary<OrganizationId, IReadOnlyList<ServiceRelationship>> _relationshipsOfProvider;

    private ServiceCatalog(
        IReadOnlyList<Service> services,
        IReadOnlyList<ServiceOffering> offerings,
        IReadOnlyList<Product> products,
        IReadOnlyList<Organization> organizations,
        IReadOnlyList<ServiceRelationship> relationships)
    {
        Services = services;
        Offerings = offerings;
        Products = products;
        Organizations = organizations;
        Relationships = relationships;
        _serviceIndexes = services.Select((s, i) => KeyValuePair.Create(s.Id, i)).ToFrozenDictionary();
        _offerings = offerings.ToFrozenDictionary(o => o.Id);
        _products = products.ToFrozenDictionary(p => p.Id);
        _organizations = organizations.ToFrozenDictionary(o => o.Id);
        _relationships = relationships.ToFrozenDictionary(r => r.Id);
        _offeringsOfService = services
            .Select(s => (IReadOnlyList<ServiceOffering>)Array.AsReadOnly(offerings.Where(o => o.Services.Contains(s.Id)).ToArray()))
            .ToArray();
        _relationshipsOfConsumer = GroupRelationships(organizations, relationships, r => r.Consumer);
        _relationshipsOfProvider = GroupRelationships(organizations, relationships, r => r.Provider);
    }

    /// <summary>Gets the services, in document order.</summary>
    public IReadOnlyList<Service> Services { get; }

    /// <summary>Gets the service offerings, in document order.</summary>
    public IReadOnlyList<ServiceOffering> Offerings { get; }

    /// <summary>Gets the products, in document order.</summary>
    public IReadOnlyList<Product> Products { get; }

    /// <summary>Gets the service providers and consumers, in document order.</summary>
    public IReadOnlyList<Organization> Organizations { get; }

    /// <summary>Gets the service relationships, in document order.</summary>
    public IReadOnlyList<ServiceRelationship> Relationships { get; }

    /// <summary>
    /// Builds a catalogue, checking duplicate ids, empty names, references to services, products, organizations and
    /// offerings that do not exist, warranty values out of range and offerings without services, and reporting every
    /// problem at once.
    /// </summary>
    /// <param name="document">The document form; it must not have a <c>configuration</c> section (use <see cref="ServiceModel"/> for that).</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidDefinitionException">The document is invalid; the exception lists every problem with its JSON path.</exception>
    public static ServiceCatalog Create(ServiceCatalogDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var problems = new List<ValidationProblem>();
        if (document.Configuration is not null)
        {
            problems.Add(new("$.configuration", "a catalogue with configuration items is built with ServiceModel, which keeps both; ServiceCatalog holds the catalogue only"));
        }

        var catalog = Build(document, problems);
        return catalog is not null && problems.Count == 0 ? catalog : throw new InvalidDefinitionException(Definition, problems);
    }

    /// <summary>Reads a catalogue from JSON text and builds it.</summary>
    /// <param name="json">The JSON text of a <see cref="ServiceCatalogDocument"/>.</param>
    /// <param name="source">What is being read, for messages (a file name, for example).</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="JsonReadException">The text is not a well-formed catalogue document; the message says the line, position and JSON path.</exception>
    /// <exception cref="InvalidDefinitionException">The document is invalid.</exception>
    public static ServiceCatalog FromJson(string json, string source = "JSON")
    {
        ArgumentNullException.ThrowIfNull(json);
        return Create(ItilJson.Deserialize<ServiceCatalogDocument>(json, source));
    }

    /// <summary>Reads a catalogue from a JSON file and builds it.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="JsonReadException">The file is not a well-formed catalogue document.</exception>
    /// <exception cref="InvalidDefinitionException">The document is invalid.</exception>
    public static ServiceCatalog Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return ItilJson.LoadFile(path, (ServiceCatalogDocument d) => Create(d));
    }

    /// <summary>Gives the document form back, equal to the document the catalogue was built from.</summary>
    /// <returns>The document.</returns>
    public ServiceCatalogDocument ToDocument() => new()
    {
        Services = Services,
        Offerings = Offerings,
        Products = Products,
        Organizations = Organizations,
        Relationships = Relationships,
    };

    /// <summary>Writes the catalogue as indented JSON.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => ItilJson.Serialize(ToDocument());

    /// <summary>Writes the catalogue to a JSON file.</summary>
    /// <param name="path">The file path.</param>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ItilJson.WriteFile(path, ToDocument());
    }

    /// <summary>Tells whether a service is catalogued.</summary>
    /// <param name="id">The service id.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool Contains(ServiceId id) => _serviceIndexes.ContainsKey(id);

    /// <summary>Tells whether a service offering is catalogued.</summary>
    /// <param name="id">The offering id.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool Contains(ServiceOfferingId id) => _offerings.ContainsKey(id);

    /// <summary>Tells whether a product is catalogued.</summary>
    /// <param name="id">The product id.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool Contains(ProductId id) => _products.ContainsKey(id);

    /// <summary>Tells whether an organization is catalogued.</summary>
    /// <param name="id">The organization id.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool Contains(OrganizationId id) => _organizations.ContainsKey(id);

    /// <summary>Tells whether a service relationship is catalogued.</summary>
    /// <param name="id">The relationship id.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool Contains(ServiceRelationshipId id) => _relationships.ContainsKey(id);

    /// <summary>Finds a service.</summary>
    /// <param name="id">The service id.</param>
    /// <param name="service">The service, when catalogued.</param>
    /// <returns><see langword="true"/> when it is catalogued.</returns>
    public bool TryGetService(ServiceId id, [NotNullWhen(true)] out Service? service)
    {
        if (_serviceIndexes.TryGetValue(id, out var index))
        {
            service = Services[index];
            return true;
        }

        service = null;
        return false;
    }

    /// <summary>Gets a service.</summary>
    /// <param name="id">The service id.</param>
    /// <returns>The service.</returns>
    /// <exception cref="KeyNotFoundException">The service is not catalogued; the message names the id.</exception>
    public Service GetService(ServiceId id)
        => TryGetService(id, out var service) ? service : throw NotFound(ServiceId.KindName, id.Value);

    /// <summary>Finds a service offering.</summary>
    /// <param name="id">The offering id.</param>
    /// <param name="offering">The offering, when catalogued.</param>
    /// <returns><see langword="true"/> when it is catalogued.</returns>
    public bool TryGetOffering(ServiceOfferingId id, [NotNullWhen(true)] out ServiceOffering? offering)
        => _offerings.TryGetValue(id, out offering);

    /// <summary>Gets a service offering.</summary>
    /// <param name="id">The offering id.</param>
    /// <returns>The offering.</returns>
    /// <exception cref="KeyNotFoundException">The offering is not catalogued; the message names the id.</exception>
    public ServiceOffering GetOffering(ServiceOfferingId id)
        => _offerings.TryGetValue(id, out var offering) ? offering : throw NotFound(ServiceOfferingId.KindName, id.Value);

    /// <summary>Finds a product.</summary>
    /// <param name="id">The product id.</param>
    /// <param name="product">The product, when catalogued.</param>
    /// <returns><see langword="true"/> when it is catalogued.</returns>
    public bool TryGetProduct(ProductId id, [NotNullWhen(true)] out Product? product) => _products.TryGetValue(id, out product);

    /// <summary>Gets a product.</summary>
    /// <param name="id">The product id.</param>
    /// <returns>The product.</returns>
    /// <exception cref="KeyNotFoundException">The product is not catalogued; the message names the id.</exception>
    public Product GetProduct(ProductId id)
        => _products.TryGetValue(id, out var product) ? product : throw NotFound(ProductId.KindName, id.Value);

    /// <summary>Finds an organization.</summary>
    /// <param name="id">The organization id.</param>
    /// <param name="organization">The organization, when catalogued.</param>
    /// <returns><see langword="true"/> when it is catalogued.</returns>
    public bool TryGetOrganization(OrganizationId id, [NotNullWhen(true)] out Organization? organization)
        => _organizations.TryGetValue(id, out organization);

    /// <summary>Gets an organization.</summary>
    /// <param name="id">The organization id.</param>
    /// <returns>The organization.</returns>
    /// <exception cref="KeyNotFoundException">The organization is not catalogued; the message names the id.</exception>
    public Organization GetOrganization(OrganizationId id)
        => _organizations.TryGetValue(id, out var organization) ? organization : throw NotFound(OrganizationId.KindName, id.Value);

    /// <summary>Finds a service relationship.</summary>
    /// <param name="id">The relationship id.</param>
    /// <param name="relationship">The relationship, when catalogued.</param>
    /// <returns><see langword="true"/> when it is catalogued.</returns>
    public bool TryGetRelationship(ServiceRelationshipId id, [NotNullWhen(true)] out ServiceRelationship? relationship)
        => _relationships.TryGetValue(id, out relationship);

    /// <summary>Gets a service relationship.</summary>
    /// <param name="id">The relationship id.</param>
    /// <returns>The relationship.</returns>
    /// <exception cref="KeyNotFoundException">The relationship is not catalogued; the message names the id.</exception>
    public ServiceRelationship GetRelationship(ServiceRelationshipId id)
        => _relationships.TryGetValue(id, out var relationship) ? relationship : throw NotFound(ServiceRelationshipId.KindName, id.Value);

    /// <summary>Gets where a service is in its lifecycle.</summary>
    /// <param name="service">A catalogued service.</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentException">The service is not catalogued.</exception>
    public ServiceStatus StatusOf(ServiceId service) => Services[IndexOf(service, nameof(service))].Status;

    /// <summary>Gets where a service offering is in its lifecycle.</summary>
    /// <param name="offering">A catalogued offering.</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentException">The offering is not catalogued.</exception>
    public ServiceStatus StatusOf(ServiceOfferingId offering)
        => _offerings.TryGetValue(offering, out var found) ? found.Status : throw Unknown(ServiceOfferingId.KindName, offering.Value, nameof(offering));

    /// <summary>Gets the offerings that describe a service.</summary>
    /// <param name="service">A catalogued service.</param>
    /// <returns>The offerings, in document order; empty when no offering describes the service.</returns>
    /// <exception cref="ArgumentException">The service is not catalogued.</exception>
    public IReadOnlyList<ServiceOffering> OfferingsOf(ServiceId service) => _offeringsOfService[IndexOf(service, nameof(service))];

    /// <summary>Gets the service relationships in which an organization is the consumer.</summary>
    /// <param name="consumer">A catalogued organization.</param>
    /// <returns>The relationships, in document order; empty when it consumes nothing.</returns>
    /// <exception cref="ArgumentException">The organization is not catalogued.</exception>
    public IReadOnlyList<ServiceRelationship> RelationshipsOfConsumer(OrganizationId consumer)
        => _relationshipsOfConsumer.TryGetValue(consumer, out var found) ? found : throw Unknown(OrganizationId.KindName, consumer.Value, nameof(consumer));

    /// <summary>Gets the service relationships in which an organization is the provider.</summary>
    /// <param name="provider">A catalogued organization.</param>
    /// <returns>The relationships, in document order; empty when it provides nothing.</returns>
    /// <exception cref="ArgumentException">The organization is not catalogued.</exception>
    public IReadOnlyList<ServiceRelationship> RelationshipsOfProvider(OrganizationId provider)
        => _relationshipsOfProvider.TryGetValue(provider, out var found) ? found : throw Unknown(OrganizationId.KindName, provider.Value, nameof(provider));

    /// <summary>
    /// Finds the service relationship through which a person may consume an offering (ITIL 4: a service relationship is
    /// what entitles consumers to the offerings it takes): the first, in document order, that takes the offering and either
    /// names the person as one of its customers, users or sponsors, or has the person's organization as its consumer.
    /// </summary>
    /// <param name="offering">A catalogued offering.</param>
    /// <param name="person">The person, usually a service request's requester.</param>
    /// <param name="organization">The person's organization, when known (for example from an HR directory); an organization
    /// the catalogue does not hold entitles to nothing.</param>
    /// <returns>The relationship, or <see langword="null"/> when none entitles the person.</returns>
    /// <exception cref="ArgumentException">The offering is not catalogued, or the person is the default (empty) id.</exception>
    public ServiceRelationship? RelationshipEntitling(ServiceOfferingId offering, ActorId person, OrganizationId? organization = null)
    {
        if (!_offerings.ContainsKey(offering))
        {
            throw Unknown(ServiceOfferingId.KindName, offering.Value, nameof(offering));
        }

        Preconditions.NotDefault(person, nameof(person));

        foreach (var relationship in Relationships)
        {
            if (relationship.Offerings.Contains(offering)
                && ((organization is { } org && relationship.Consumer == org)
                    || relationship.Customers.Contains(person) || relationship.Users.Contains(person) || relationship.Sponsors.Contains(person)))
            {
                return relationship;
            }
        }

        return null;
    }

    /// <summary>
    /// Answers "who are the users (or customers, or sponsors) of offering X for organization Y": the people in a
    /// consumer role across every relationship in which the organization consumes the offering.
    /// </summary>
    /// <param name="offering">A catalogued offering.</param>
    /// <param name="consumer">A catalogued organization.</param>
    /// <param name="role">The consumer role.</param>
    /// <returns>The people, each once, in document order; empty when the organization does not take the offering.</returns>
    /// <exception cref="ArgumentException">The offering or the organization is not catalogued.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The role is not defined.</exception>
    public IReadOnlyList<ActorId> ActorsInRole(ServiceOfferingId offering, OrganizationId consumer, ConsumerRole role)
    {
        if (!_offerings.ContainsKey(offering))
        {
            throw Unknown(ServiceOfferingId.KindName, offering.Value, nameof(offering));
        }

        Preconditions.Defined(role, nameof(role));
        var actors = new List<ActorId>();
        foreach (var relationship in RelationshipsOfConsumer(consumer))
        {
            if (relationship.Offerings.Contains(offering))
            {
                foreach (var actor in relationship.ActorsIn(role))
                {
                    if (!actors.Contains(actor))
                    {
                        actors.Add(actor);
                    }
                }
            }
        }

        return actors.AsReadOnly();
    }

    // Why a reference to the catalogue is refused, as a phrase, or null when it is not: the reasons are said here once for
    // the practices, service levels, the change schedule and the request catalogue, which add what they were doing.

    /// <summary>Tells why a service cannot be referred to (it is not catalogued), or <see langword="null"/> when it can.</summary>
    internal string? WhyUnknown(ServiceId service)
        => Contains(service) ? null : $"service {service} is not in the service catalogue";

    /// <summary>Tells why an offering cannot be referred to, or <see langword="null"/> when it can: it is not catalogued, or it does not describe the service given with it.</summary>
    internal string? WhyUnknown(ServiceOfferingId offering, ServiceId? ofService = null)
        => !_offerings.TryGetValue(offering, out var found) ? $"service offering {offering} is not in the service catalogue"
            : ofService is { } service && !found.Services.Contains(service) ? $"service offering {offering} does not describe service {service}"
            : null;

    /// <summary>Tells why an organization cannot be referred to (it is not catalogued), or <see langword="null"/> when it can.</summary>
    internal string? WhyUnknown(OrganizationId organization)
        => Contains(organization) ? null : $"organization {organization} is not in the service catalogue";

    /// <summary>Tells that a catalogued service is retired (withdrawn), or <see langword="null"/> when it is not retired or not catalogued.</summary>
    internal string? WhyRetired(ServiceId service)
        => TryGetService(service, out var found) && found.Status == ServiceStatus.Retired ? $"service {service} is retired" : null;

    /// <summary>Tells that a catalogued offering is retired (withdrawn), or <see langword="null"/> when it is not retired or not catalogued.</summary>
    internal string? WhyRetired(ServiceOfferingId offering)
        => _offerings.TryGetValue(offering, out var found) && found.Status == ServiceStatus.Retired ? $"service offering {offering} is retired" : null;

    /// <summary>Tells that a catalogued service is not live (in the pipeline or retired), or <see langword="null"/> when it is live or not catalogued.</summary>
    internal string? WhyNotLive(ServiceId service)
        => TryGetService(service, out var found) && found.Status != ServiceStatus.Live ? $"service {service} is {Words.Of(found.Status).ToLowerInvariant()}, not live" : null;

    /// <summary>Tells that a catalogued offering is not live (in the pipeline or retired), or <see langword="null"/> when it is live or not catalogued.</summary>
    internal string? WhyNotLive(ServiceOfferingId offering)
        => _offerings.TryGetValue(offering, out var found) && found.Status != ServiceStatus.Live ? $"service offering {offering} is {Words.Of(found.Status).ToLowerInvariant()}, not live" : null;

    /// <summary>Gets the position of a service in <see cref="Services"/>, for callers that keep per-service arrays.</summary>
    internal int IndexOf(ServiceId service, string paramName)
        => _serviceIndexes.TryGetValue(service, out var index) ? index : throw Unknown(ServiceId.KindName, service.Value, paramName);

    /// <summary>Validates the catalogue sections of a document, adding every problem; builds the catalogue when there are none.</summary>
    internal static ServiceCatalog? Build(ServiceCatalogDocument document, List<ValidationProblem> problems)
    {
        var before = problems.Count;
        var services = DefinitionChecks.List(document.Services, "$.services", problems);
        var offerings = DefinitionChecks.List(document.Offerings, "$.offerings", problems);
        var products = DefinitionChecks.List(document.Products, "$.products", problems);
        var organizations = DefinitionChecks.List(document.Organizations, "$.organizations", problems);
        var relationships = DefinitionChecks.List(document.Relationships, "$.relationships", problems);

        var serviceIndexes = DefinitionChecks.FirstIndexes(services, (Service s) => s.Id);
        var offeringIndexes = DefinitionChecks.FirstIndexes(offerings, (ServiceOffering o) => o.Id);
        var productIndexes = DefinitionChecks.FirstIndexes(products, (Product p) => p.Id);
        var organizationIndexes = DefinitionChecks.FirstIndexes(organizations, (Organization o) => o.Id);
        var relationshipIndexes = DefinitionChecks.FirstIndexes(relationships, (ServiceRelationship r) => r.Id);

        var frozenServices = new Service[services.Count];
        for (var i = 0; i < services.Count; i++)
        {
            var service = services[i];
            if (!DefinitionChecks.Element(service, s => s.Id, s => s.Name, "$.services", i, serviceIndexes, problems))
            {
                continue;
            }

            var path = $"$.services[{i}]";
            DefinitionChecks.OptionalText(service.Description, path + ".description", "description", problems);
            DefinitionChecks.Defined(service.Kind, path + ".kind", problems);
            DefinitionChecks.Defined(service.Status, path + ".status", problems);
            if (service.Owner is { Value: null })
            {
                problems.Add(new(path + ".owner", "the owner's actor id is empty; leave the owner out instead"));
            }

            var utility = DefinitionChecks.Texts(service.Utility, path + ".utility", "outcome", problems);
            var productIds = DefinitionChecks.References(service.Products, path + ".products", productIndexes.ContainsKey, problems);
            if (service.Warranty is { } warranty)
            {
                CheckWarranty(warranty, path + ".warranty", problems);
            }

            frozenServices[i] = service with { Utility = Sequence.Freeze(utility), Products = Sequence.Freeze(productIds) };
        }

        var frozenOfferings = new ServiceOffering[offerings.Count];
        for (var i = 0; i < offerings.Count; i++)
        {
            var offering = offerings[i];
            if (!DefinitionChecks.Element(offering, o => o.Id, o => o.Name, "$.offerings", i, offeringIndexes, problems))
            {
                continue;
            }

            var path = $"$.offerings[{i}]";
            DefinitionChecks.OptionalText(offering.TargetConsumerGroup, path + ".targetConsumerGroup", "target consumer group", problems);
            DefinitionChecks.Defined(offering.Status, path + ".status", problems);
            var serviceIds = DefinitionChecks.References(offering.Services, path + ".services", serviceIndexes.ContainsKey, problems);
            if (offering.Services is { Count: 0 })
            {
                problems.Add(new(path + ".services", "an offering describes at least one service"));
            }

            frozenOfferings[i] = offering with
            {
                Services = Sequence.Freeze(serviceIds),
                Goods = Sequence.Freeze(DefinitionChecks.Texts(offering.Goods, path + ".goods", "good's name", problems)),
                AccessToResources = Sequence.Freeze(DefinitionChecks.Texts(offering.AccessToResources, path + ".accessToResources", "resource's name", problems)),
                ServiceActions = Sequence.Freeze(DefinitionChecks.Texts(offering.ServiceActions, path + ".serviceActions", "service action's name", problems)),
            };
        }

        for (var i = 0; i < products.Count; i++)
        {
            if (DefinitionChecks.Element(products[i], p => p.Id, p => p.Name, "$.products", i, productIndexes, problems))
            {
                DefinitionChecks.OptionalText(products[i].Description, $"$.products[{i}].description", "description", problems);
            }
        }

        for (var i = 0; i < organizations.Count; i++)
        {
            if (DefinitionChecks.Element(organizations[i], o => o.Id, o => o.Name, "$.organizations", i, organizationIndexes, problems))
            {
                DefinitionChecks.Defined(organizations[i].Role, $"$.organizations[{i}].role", problems);
            }
        }

        var frozenRelationships = new ServiceRelationship[relationships.Count];
        for (var i = 0; i < relationships.Count; i++)
        {
            var relationship = relationships[i];
            if (!DefinitionChecks.Element(relationship, r => r.Id, r => r.Name, "$.relationships", i, relationshipIndexes, problems))
            {
                continue;
            }

            var path = $"$.relationships[{i}]";
            CheckParty(relationship.Provider, OrganizationRole.Provider, path + ".provider", organizations, organizationIndexes, problems);
            CheckParty(relationship.Consumer, OrganizationRole.Consumer, path + ".consumer", organizations, organizationIndexes, problems);
            var offeringIds = DefinitionChecks.References(relationship.Offerings, path + ".offerings", offeringIndexes.ContainsKey, problems);
            if (relationship.Offerings is { Count: 0 })
            {
                problems.Add(new(path + ".offerings", "a service relationship takes at least one offering"));
            }

            frozenRelationships[i] = relationship with
            {
                Offerings = Sequence.Freeze(offeringIds),
                Customers = Sequence.Freeze(Actors(relationship.Customers, path + ".customers", problems)),
                Users = Sequence.Freeze(Actors(relationship.Users, path + ".users", problems)),
                Sponsors = Sequence.Freeze(Actors(relationship.Sponsors, path + ".sponsors", problems)),
            };
        }

        if (problems.Count > before)
        {
            return null;
        }

        return new ServiceCatalog(
            Array.AsReadOnly(frozenServices),
            Array.AsReadOnly(frozenOfferings),
            Array.AsReadOnly(products.ToArray()),
            Array.AsReadOnly(organizations.ToArray()),
            Array.AsReadOnly(frozenRelationships));
    }

    private static void CheckWarranty(ServiceWarranty warranty, string path, List<ValidationProblem> problems)
    {
        if (warranty.Availability is { } availability && (availability <= 0m || availability > 100m))
        {
            problems.Add(new(path + ".availability", $"availability {availability}% is out of range; it must be greater than 0 and at most 100"));
        }

        DefinitionChecks.OptionalText(warranty.Capacity, path + ".capacity", "capacity", problems);
        if (warranty.RecoveryTimeObjective is { } rto && rto < NodaTime.Duration.Zero)
        {
            problems.Add(new(path + ".recoveryTimeObjective", $"the recovery time objective {rto} is negative"));
        }

        if (warranty.RecoveryPointObjective is { } rpo && rpo < NodaTime.Duration.Zero)
        {
            problems.Add(new(path + ".recoveryPointObjective", $"the recovery point objective {rpo} is negative"));
        }

        if (warranty.Security is { } security)
        {
            DefinitionChecks.Defined(security, path + ".security", problems);
        }
    }

    private static void CheckParty(
        OrganizationId id,
        OrganizationRole needed,
        string path,
        IReadOnlyList<Organization> organizations,
        Dictionary<OrganizationId, int> indexes,
        List<ValidationProblem> problems)
    {
        if (!DefinitionChecks.Reference(id, path, indexes.ContainsKey, problems))
        {
            return;
        }

        var role = organizations[indexes[id]].Role;
        if (role != needed && role != OrganizationRole.ProviderAndConsumer && Enum.IsDefined(role))
        {
            var part = needed == OrganizationRole.Provider ? "provider" : "consumer";
            problems.Add(new(path, $"organization '{id.Value}' is not a {part}; its role must be {part} or provider-and-consumer"));
        }
    }

    private static IReadOnlyList<ActorId> Actors(IReadOnlyList<ActorId>? actors, string path, List<ValidationProblem> problems)
        => DefinitionChecks.References(actors, path, static _ => true, problems);

    private static FrozenDictionary<OrganizationId, IReadOnlyList<ServiceRelationship>> GroupRelationships(
        IReadOnlyList<Organization> organizations,
        IReadOnlyList<ServiceRelationship> relationships,
        Func<ServiceRelationship, OrganizationId> party)
        => organizations.ToFrozenDictionary(
            o => o.Id,
            o => (IReadOnlyList<ServiceRelationship>)Array.AsReadOnly(relationships.Where(r => party(r) == o.Id).ToArray()));

    private static KeyNotFoundException NotFound(string kind, string? id)
        => new($"The service catalogue has no {kind} '{id}'.");

    private static ArgumentException Unknown(string kind, string? id, string paramName)
        => new($"The service catalogue has no {kind} '{id}'.", paramName);
}
