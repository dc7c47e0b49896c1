namespace ItilCore.Catalog;

/// <summary>An organization that provides services, consumes them, or both (ITIL 4: service provider, service consumer).</summary>
/// <param name="Id">The organization id, unique among the catalogue's organizations.</param>
/// <param name="Name">The organization name; not empty.</param>
/// <param name="Role">Whether the organization provides services, consumes them, or both.</param>
/// <remarks>Immutable and thread-safe. Values are checked when a <see cref="ServiceCatalog"/> is built.</remarks>
public sealed record Organization(OrganizationId Id, string Name, OrganizationRole Role);
