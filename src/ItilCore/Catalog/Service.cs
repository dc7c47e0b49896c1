using System.Collections.Generic;

namespace ItilCore.Catalog;

/// <summary>
/// A service: in ITIL 4, a means of enabling value co-creation by facilitating outcomes that customers want to
/// achieve, without the customer having to manage specific costs and risks.
/// </summary>
/// <param name="Id">The service id, unique among the catalogue's services.</param>
/// <param name="Name">The service name; not empty.</param>
/// <param name="Description">What the service is, when useful.</param>
/// <param name="Kind">Whether the service is a business (customer-facing) or a technical (supporting) service.</param>
/// <param name="Owner">The person accountable for the service (the service owner), when known.</param>
/// <param name="Warranty">How the service performs (fit for use), when agreed.</param>
/// <remarks>
/// Immutable and thread-safe. Equality compares every member, lists by their items. Values are checked when a
/// <see cref="ServiceCatalog"/> is built, which also copies the lists so that the catalogue cannot change afterwards.
/// </remarks>
public sealed record Service(
    ServiceId Id,
    string Name,
    string? Description = null,
    ServiceKind Kind = ServiceKind.Business,
    ActorId? Owner = null,
    ServiceWarranty? Warranty = null)
{
    /// <summary>
    /// Gets what the service does: ITIL 4 utility, the outcomes and capabilities that make it fit for purpose (for
    /// example "send and receive e-mail from any device").
    /// </summary>
    public IReadOnlyList<string> Utility { get; init; } = [];

    /// <summary>Gets the products the service is based on; each must be in the catalogue.</summary>
    public IReadOnlyList<ProductId> Products { get; init; } = [];

    /// <summary>
    /// Gets where the service is in its lifecycle; <see cref="ServiceStatus.Live"/> unless stated (JSON <c>status</c>:
    /// <c>pipeline</c>, <c>live</c> or <c>retired</c>). See <see cref="ServiceStatus"/> for what each status allows.
    /// </summary>
    public ServiceStatus Status { get; init; } = ServiceStatus.Live;

    /// <summary>Tells whether another service has the same members and list items.</summary>
    /// <param name="other">The other service.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(Service? other)
        => other is not null
            && Id == other.Id
            && Name == other.Name
            && Description == other.Description
            && Kind == other.Kind
            && Owner == other.Owner
            && Warranty == other.Warranty
            && Status == other.Status
            && Sequence.Equal(Utility, other.Utility)
            && Sequence.Equal(Products, other.Products);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Id, Name, Kind, Status, Sequence.Hash(Utility), Sequence.Hash(Products));
}
