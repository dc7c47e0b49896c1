using System.Collections.Generic;
using ItilCore.Catalog;

namespace ItilCore.Configuration;

/// <summary>
/// A configuration item (CI): in ITIL 4, any component that needs to be managed in order to deliver an IT service,
/// such as a server, an application or a database.
/// </summary>
/// <param name="Id">The item id, unique among the model's items.</param>
/// <param name="Name">The item name; not empty.</param>
/// <param name="Class">What kind of component the item is (for example <c>server</c>).</param>
/// <param name="Owner">
/// The assignment group that supports and maintains the item, when known. A group rather than a person, because
/// incidents and changes on the item are routed to a group.
/// </param>
/// <param name="Location">Where the item is (a data centre, a cloud region, a site), when known; not empty when given.</param>
/// <remarks>
/// Immutable and thread-safe. Equality compares every member, lists by their items. Values are checked when a
/// <see cref="ConfigurationModel"/> is built.
/// </remarks>
public sealed record ConfigurationItem(
    ConfigurationItemId Id,
    string Name,
    ConfigurationItemClass Class,
    AssignmentGroupId? Owner = null,
    string? Location = null)
{
    /// <summary>Gets the catalogued services this item directly supports.</summary>
    public IReadOnlyList<ServiceId> SupportedServices { get; init; } = [];

    /// <summary>Tells whether another item has the same members and list items.</summary>
    /// <param name="other">The other item.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(ConfigurationItem? other)
        => other is not null
            && Id == other.Id
            && Name == other.Name
            && Class == other.Class
            && Owner == other.Owner
            && Location == other.Location
            && Sequence.Equal(SupportedServices, other.SupportedServices);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Id, Name, Class, Sequence.Hash(SupportedServices));
}
