using System.Collections.Generic;
using ItilCore.Configuration;

namespace ItilCore.Catalog;

/// <summary>
/// The document form of a service catalogue: the one JSON file where a team keeps its services, offerings, products,
/// organizations and service relationships, and optionally its configuration items (<see cref="Configuration"/>).
/// </summary>
/// <remarks>
/// <para>
/// Nothing is checked here: <see cref="ServiceCatalog.Create"/> (catalogue only) and <see cref="ServiceModel.Create"/>
/// (catalogue and configuration) validate a document and report every problem with its JSON path, such as
/// <c>$.services[2].name</c>. Missing arrays read as empty.
/// </para>
/// <para>Immutable when built with read-only lists; equality compares the lists item by item. Thread-safe.</para>
/// </remarks>
public sealed record ServiceCatalogDocument
{
    /// <summary>Gets the services.</summary>
    public IReadOnlyList<Service> Services { get; init; } = [];

    /// <summary>Gets the service offerings.</summary>
    public IReadOnlyList<ServiceOffering> Offerings { get; init; } = [];

    /// <summary>Gets the products the services are based on.</summary>
    public IReadOnlyList<Product> Products { get; init; } = [];

    /// <summary>Gets the service providers and service consumers.</summary>
    public IReadOnlyList<Organization> Organizations { get; init; } = [];

    /// <summary>Gets the service relationships between providers and consumers.</summary>
    public IReadOnlyList<ServiceRelationship> Relationships { get; init; } = [];

    /// <summary>
    /// Gets the configuration items and their relationships, or <see langword="null"/> when the file keeps none. Read
    /// and written by <see cref="ServiceModel"/>; <see cref="ServiceCatalog.Create"/> rejects a document that has it.
    /// </summary>
    public ConfigurationDocument? Configuration { get; init; }

    /// <summary>Tells whether another document has the same items in every list.</summary>
    /// <param name="other">The other document.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(ServiceCatalogDocument? other)
        => other is not null
            && Sequence.Equal(Services, other.Services)
            && Sequence.Equal(Offerings, other.Offerings)
            && Sequence.Equal(Products, other.Products)
            && Sequence.Equal(Organizations, other.Organizations)
            && Sequence.Equal(Relationships, other.Relationships)
            && Configuration == other.Configuration;

    /// <inheritdoc />
    public override int GetHashCode()
        => System.HashCode.Combine(Sequence.Hash(Services), Sequence.Hash(Offerings), Sequence.Hash(Products), Sequence.Hash(Organizations), Sequence.Hash(Relationships), Configuration);
}
