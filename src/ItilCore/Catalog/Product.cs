namespace ItilCore.Catalog;

/// <summary>
/// A product: in ITIL 4, a configuration of an organization's resources designed to offer value for a consumer.
/// Services are based on products.
/// </summary>
/// <param name="Id">The product id, unique among the catalogue's products.</param>
/// <param name="Name">The product name; not empty.</param>
/// <param name="Description">What the product is, when useful.</param>
/// <remarks>Immutable and thread-safe. Values are checked when a <see cref="ServiceCatalog"/> is built.</remarks>
public sealed record Product(ProductId Id, string Name, string? Description = null);
