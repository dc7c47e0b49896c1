using System;
using System.Collections.Generic;

namespace ItilCore.Catalog;

/// <summary>
/// A service relationship: in ITIL 4, the cooperation between a service provider and a service consumer, here
/// through the service offerings the consumer takes, with the people of the consumer in the customer, user and
/// sponsor roles.
/// </summary>
/// <param name="Id">The relationship id, unique among the catalogue's relationships.</param>
/// <param name="Name">The relationship name; not empty (for example "Payroll for Acme Retail").</param>
/// <param name="Provider">The provider organization; its role must be provider or provider-and-consumer.</param>
/// <param name="Consumer">The consumer organization; its role must be consumer or provider-and-consumer. It may be the provider itself (internal IT).</param>
/// <remarks>
/// Immutable and thread-safe. Equality compares every member, lists by their items. Values are checked when a
/// <see cref="ServiceCatalog"/> is built.
/// </remarks>
public sealed record ServiceRelationship(ServiceRelationshipId Id, string Name, OrganizationId Provider, OrganizationId Consumer)
{
    /// <summary>Gets the offerings the consumer takes through this relationship; at least one, each in the catalogue.</summary>
    public IReadOnlyList<ServiceOfferingId> Offerings { get; init; } = [];

    /// <summary>Gets the people in the customer role: they define the requirements and answer for the outcomes.</summary>
    public IReadOnlyList<ActorId> Customers { get; init; } = [];

    /// <summary>Gets the people in the user role: they use the services.</summary>
    public IReadOnlyList<ActorId> Users { get; init; } = [];

    /// <summary>Gets the people in the sponsor role: they authorize the budget.</summary>
    public IReadOnlyList<ActorId> Sponsors { get; init; } = [];

    /// <summary>Gets the people in one consumer role.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The people in that role, in document order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The role is not defined.</exception>
    public IReadOnlyList<ActorId> ActorsIn(ConsumerRole role) => role switch
    {
        ConsumerRole.Customer => Customers,
        ConsumerRole.User => Users,
        ConsumerRole.Sponsor => Sponsors,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, $"{role} is not a defined ConsumerRole."),
    };

    /// <summary>Tells whether another relationship has the same members and list items.</summary>
    /// <param name="other">The other relationship.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(ServiceRelationship? other)
        => other is not null
            && Id == other.Id
            && Name == other.Name
            && Provider == other.Provider
            && Consumer == other.Consumer
            && Sequence.Equal(Offerings, other.Offerings)
            && Sequence.Equal(Customers, other.Customers)
            && Sequence.Equal(Users, other.Users)
            && Sequence.Equal(Sponsors, other.Sponsors);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, Provider, Consumer, Sequence.Hash(Offerings));
}
