using System.Collections.Generic;
using ItilCore.Catalog;
using ItilCore.Configuration;
using NodaTime;

namespace ItilCore.Changes;

/// <summary>A change's entry on the <see cref="ChangeSchedule"/>: its planned window and the configuration items it touches.</summary>
/// <param name="Change">The change.</param>
/// <param name="Window">The planned window (start inclusive, end exclusive).</param>
/// <param name="Items">The configuration items the change touches.</param>
/// <remarks>Immutable and thread-safe. Equality compares every member, <see cref="Items"/> by its items.</remarks>
public sealed record ScheduledChange(ChangeId Change, Interval Window, IReadOnlyList<ConfigurationItemId> Items)
{
    /// <summary>Gets the service the change is for; blackout windows of that service apply to it.</summary>
    public ServiceId? Service { get; init; }

    /// <summary>Tells whether another entry has the same members and items.</summary>
    /// <param name="other">The other entry.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(ScheduledChange? other)
        => other is not null && Change == other.Change && Window == other.Window && Service == other.Service && Sequence.Equal(Items, other.Items);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Change, Window, Service, Sequence.Hash(Items));
}
