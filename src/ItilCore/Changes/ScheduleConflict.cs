using ItilCore.Configuration;

namespace ItilCore.Changes;

/// <summary>One conflict found on a <see cref="ChangeSchedule"/>.</summary>
/// <param name="Kind">Why the change conflicts.</param>
/// <param name="Change">The change that conflicts.</param>
/// <param name="Item">The change's configuration item involved: the shared item, the item with a dependency, the item whose blackout or maintenance window applies (for a service's blackout, the item that brings the change under it); <see langword="null"/> for a global blackout, or a service's blackout the change names the service of.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ScheduleConflict(ScheduleConflictKind Kind, ChangeId Change, ConfigurationItemId? Item)
{
    /// <summary>Gets the other change, for <see cref="ScheduleConflictKind.SameItem"/> and <see cref="ScheduleConflictKind.DependentItem"/>.</summary>
    public ChangeId? OtherChange { get; init; }

    /// <summary>Gets the other change's item, for <see cref="ScheduleConflictKind.DependentItem"/>: the item related to <see cref="Item"/>.</summary>
    public ConfigurationItemId? OtherItem { get; init; }

    /// <summary>Gets the blackout's name, for <see cref="ScheduleConflictKind.Blackout"/>.</summary>
    public string? Blackout { get; init; }

    /// <summary>Describes the conflict.</summary>
    /// <returns>A readable sentence.</returns>
    public override string ToString() => Kind switch
    {
        ScheduleConflictKind.SameItem => $"{Change} and {OtherChange} both touch {Item} at overlapping times",
        ScheduleConflictKind.DependentItem => $"{Change} touches {Item} and {OtherChange} touches the related {OtherItem} at overlapping times",
        ScheduleConflictKind.Blackout => $"{Change} falls into blackout '{Blackout}'",
        _ => $"{Change} lies outside the maintenance windows of {Item}",
    };
}
