using System.Collections.Generic;

namespace ItilCore.Catalog;

/// <summary>
/// A service offering: in ITIL 4, a formal description of one or more services, designed to address the needs of a
/// target consumer group. It may include goods, access to resources and service actions.
/// </summary>
/// <param name="Id">The offering id, unique among the catalogue's offerings.</param>
/// <param name="Name">The offering name; not empty.</param>
/// <param name="TargetConsumerGroup">Who the offering is designed for (for example "office staff in the EU"), when stated.</param>
/// <remarks>
/// Immutable and thread-safe. Equality compares every member, lists by their items. Values are checked when a
/// <see cref="ServiceCatalog"/> is built.
/// </remarks>
public sealed record ServiceOffering(ServiceOfferingId Id, string Name, string? TargetConsumerGroup = null)
{
    /// <summary>Gets the services this offering describes; at least one, each in the catalogue.</summary>
    public IReadOnlyList<ServiceId> Services { get; init; } = [];

    /// <summary>
    /// Gets where the offering is in its lifecycle; <see cref="ServiceStatus.Live"/> unless stated (JSON <c>status</c>).
    /// A retired offering cannot be named by new incidents, SLAs or request items; a pipeline offering cannot be
    /// requested yet. See <see cref="ServiceStatus"/>.
    /// </summary>
    public ServiceStatus Status { get; init; } = ServiceStatus.Live;

    /// <summary>Gets the goods the offering includes, by name: ownership is transferred to the consumer (for example a laptop).</summary>
    public IReadOnlyList<string> Goods { get; init; } = [];

    /// <summary>Gets the resources the consumer is granted access to, by name, without ownership (for example a mailbox).</summary>
    public IReadOnlyList<string> AccessToResources { get; init; } = [];

    /// <summary>Gets the service actions the provider performs on request, by name (for example "password reset").</summary>
    public IReadOnlyList<string> ServiceActions { get; init; } = [];

    /// <summary>Tells whether another offering has the same members and list items.</summary>
    /// <param name="other">The other offering.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(ServiceOffering? other)
        => other is not null
            && Id == other.Id
            && Name == other.Name
            && TargetConsumerGroup == other.TargetConsumerGroup
            && Status == other.Status
            && Sequence.Equal(Services, other.Services)
            && Sequence.Equal(Goods, other.Goods)
            && Sequence.Equal(AccessToResources, other.AccessToResources)
            && Sequence.Equal(ServiceActions, other.ServiceActions);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Id, Name, Status, Sequence.Hash(Services));
}
