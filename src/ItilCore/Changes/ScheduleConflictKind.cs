namespace ItilCore.Changes;

/// <summary>Why a scheduled change conflicts (after ServiceNow's change conflict detection).</summary>
public enum ScheduleConflictKind
{
    /// <summary>Another change touches the same configuration item at an overlapping time.</summary>
    SameItem = 1,

    /// <summary>Another change touches an item this change's items depend on, or that depends on them, at an overlapping time.</summary>
    DependentItem = 2,

    /// <summary>The change falls (partly) into a blackout window that applies to it.</summary>
    Blackout = 3,

    /// <summary>The change lies (partly) outside the maintenance windows of one of its items.</summary>
    OutsideMaintenanceWindow = 4,
}
