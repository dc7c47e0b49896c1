using System;
using System.Collections.Generic;
using System.Linq;
using ItilCore.Catalog;
using ItilCore.Configuration;
using NodaTime;

namespace ItilCore.Changes;

/// <summary>
/// The change schedule: the planned windows of changes with the configuration items they touch, the blackout windows
/// and the maintenance windows, and the conflicts among them (after ServiceNow's conflict detection):
/// two changes touching the same item at overlapping times; two changes at overlapping times where one touches an item
/// the other's items depend on, or that depends on them (through <see cref="ConfigurationModel.DependenciesOf"/>, as
/// deep as the schedule was built for); a change in a blackout window that applies to it (a service's blackout applies
/// to a change that names the service, and, when the schedule has a configuration model, to a change touching an item
/// that supports the service or that such an item depends on, as deep as the dependencies); a change outside the
/// maintenance windows of one of its items.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Windows are half-open (start inclusive, end exclusive), so back-to-back changes do not
/// conflict. Queries use an interval index (sorted by start, with the largest end of every subtree), so finding the
/// conflicts of one change costs O(log n + k) and finding all conflicts a sweep over the sorted windows, never a loop
/// over every pair.
/// </remarks>
public sealed class ChangeSchedule
{
    private readonly ScheduledChange[] _changes;
    private readonly IntervalIndex _index;
    private readonly BlackoutWindow[] _blackouts;
    private readonly IntervalIndex _blackoutIndex;
    private readonly Dictionary<ConfigurationItemId, (long Start, long End)[]> _maintenance;
    private readonly Dictionary<ConfigurationItemId, ConfigurationItemId[]> _related;
    private readonly Dictionary<ConfigurationItemId, HashSet<ServiceId>> _servicesOfItem;

    private ChangeSchedule(
        ScheduledChange[] changes,
        BlackoutWindow[] blackouts,
        MaintenanceWindow[] maintenanceWindows,
        Dictionary<ConfigurationItemId, (long, long)[]> maintenance,
        Dictionary<ConfigurationItemId, ConfigurationItemId[]> related,
        Dictionary<ConfigurationItemId, HashSet<ServiceId>> servicesOfItem)
    {
        _changes = changes;
        _blackouts = blackouts;
        _maintenance = maintenance;
        _related = related;
        _servicesOfItem = servicesOfItem;
        Changes = Array.AsReadOnly(changes);
        Blackouts = Array.AsReadOnly(blackouts);
        MaintenanceWindows = Array.AsReadOnly(maintenanceWindows);
        _index = new IntervalIndex(changes.Select(c => Ticks(c.Window.Start)).ToArray(), changes.Select(c => Ticks(c.Window.End)).ToArray());
        _blackoutIndex = new IntervalIndex(blackouts.Select(b => Ticks(b.Window.Start)).ToArray(), blackouts.Select(b => Ticks(b.Window.End)).ToArray());
    }

    /// <summary>Gets the scheduled changes, in the order given.</summary>
    public IReadOnlyList<ScheduledChange> Changes { get; }

    /// <summary>Gets the blackout windows, in the order given.</summary>
    public IReadOnlyList<BlackoutWindow> Blackouts { get; }

    /// <summary>Gets the maintenance windows, in the order given.</summary>
    public IReadOnlyList<MaintenanceWindow> MaintenanceWindows { get; }

    /// <summary>
    /// Builds a schedule, checking every entry and reporting every problem at once: each change once, windows with a
    /// start and an end after it, blackouts named, items and services known to the configuration model when one is given.
    /// </summary>
    /// <param name="changes">The scheduled changes.</param>
    /// <param name="blackouts">The blackout windows.</param>
    /// <param name="maintenanceWindows">The maintenance windows.</param>
    /// <param name="configuration">The configuration model whose dependencies make changes on related items conflict, and whose supported services bring a change to an item under its services' blackouts; without it only the same item conflicts, and a service's blackout applies only to changes that name the service.</param>
    /// <param name="dependencyDepth">How many DependsOn/RunsOn relationships apart two items may be to conflict: 1 (the default, like ServiceNow's parent/child check) for direct dependencies, more for transitive ones, 0 for none. The same depth says how far below a service's supporting items its blackouts reach.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentNullException">A list is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dependencyDepth"/> is negative.</exception>
    /// <exception cref="InvalidDefinitionException">An entry is invalid; the exception lists every problem with its JSON path (<c>$.changes[0].window</c>).</exception>
    public static ChangeSchedule Create(
        IEnumerable<ScheduledChange> changes,
        IEnumerable<BlackoutWindow>? blackouts = null,
        IEnumerable<MaintenanceWindow>? maintenanceWindows = null,
        ConfigurationModel? configuration = null,
        int dependencyDepth = 1)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentOutOfRangeException.ThrowIfNegative(dependencyDepth);
        var changeList = changes.ToArray();
        var blackoutList = (blackouts ?? []).ToArray();
        var maintenanceList = (maintenanceWindows ?? []).ToArray();
        var problems = new List<ValidationProblem>();
        var frozen = new ScheduledChange[changeList.Length];
        var seen = new HashSet<ChangeId>();
        bool IsKnown(ConfigurationItemId id) => configuration?.Contains(id) ?? true;
        for (var i = 0; i < changeList.Length; i++)
        {
            var path = $"$.changes[{i}]";
            var c = changeList[i];
            if (c is null)
            {
                problems.Add(new(path, "the entry is missing (null)"));
                continue;
            }

            if (c.Change.Value is null)
            {
                problems.Add(new(path + ".change", "the change id is missing"));
            }
            else if (!seen.Add(c.Change))
            {
                problems.Add(new(path + ".change", $"change {c.Change} is scheduled more than once"));
            }

            CheckWindow(c.Window, path + ".window", problems);
            var items = DefinitionChecks.References(c.Items, path + ".items", IsKnown, problems);
            if (c.Service is { } service && configuration?.Catalog.WhyUnknown(service) is { } unknown)
            {
                problems.Add(new(path + ".service", unknown));
            }

            frozen[i] = c with { Items = Sequence.Freeze(items) };
        }

        for (var i = 0; i < blackoutList.Length; i++)
        {
            var path = $"$.blackouts[{i}]";
            var b = blackoutList[i];
            if (b is null)
            {
                problems.Add(new(path, "the entry is missing (null)"));
                continue;
            }

            DefinitionChecks.Name(b.Name, path + ".name", problems);
            CheckWindow(b.Window, path + ".window", problems);
            if (b.Item is { } item)
            {
                DefinitionChecks.Reference(item, path + ".item", IsKnown, problems);
            }

            if (b.Service is { } service && configuration?.Catalog.WhyUnknown(service) is { } unknown)
            {
                problems.Add(new(path + ".service", unknown));
            }
        }

        for (var i = 0; i < maintenanceList.Length; i++)
        {
            var path = $"$.maintenanceWindows[{i}]";
            var m = maintenanceList[i];
            if (m is null)
            {
                problems.Add(new(path, "the entry is missing (null)"));
                continue;
            }

            DefinitionChecks.Reference(m.Item, path + ".item", IsKnown, problems);
            CheckWindow(m.Window, path + ".window", problems);
        }

        if (problems.Count > 0)
        {
            throw new InvalidDefinitionException("change schedule", problems);
        }

        var maintenance = maintenanceList
            .GroupBy(m => m.Item)
            .ToDictionary(g => g.Key, g => Merge(g.Select(m => (Ticks(m.Window.Start), Ticks(m.Window.End)))));
        return new ChangeSchedule(frozen, blackoutList, maintenanceList, maintenance, Related(configuration, dependencyDepth), ServicesOfItems(configuration, dependencyDepth));
    }

    /// <summary>Finds the conflicts of a change with this schedule (the change itself, if scheduled, is ignored).</summary>
    /// <param name="change">The change, scheduled or planned.</param>
    /// <returns>Its conflicts: one per other change it conflicts with (same item before dependent item), then blackouts, then maintenance windows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The change's window has no start or end, or does not end after it starts.</exception>
    public IReadOnlyList<ScheduleConflict> ConflictsWith(ScheduledChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(change.Items, nameof(change));
        if (!change.Window.HasStart || !change.Window.HasEnd || change.Window.End <= change.Window.Start)
        {
            throw new ArgumentException($"The change's window {change.Window} needs a start and an end after it.", nameof(change));
        }

        var conflicts = new List<ScheduleConflict>();
        var hits = new List<int>();
        _index.Overlapping(Ticks(change.Window.Start), Ticks(change.Window.End), hits);
        hits.Sort();
        foreach (var hit in hits)
        {
            var other = _changes[hit];
            if (other.Change != change.Change && Between(change, other) is { } conflict)
            {
                conflicts.Add(conflict);
            }
        }

        AddWindowConflicts(change, conflicts, hits);
        return conflicts;
    }

    /// <summary>Finds every conflict on the schedule: each conflicting pair of changes once (in schedule order), then each change's blackouts and maintenance windows.</summary>
    /// <returns>The conflicts.</returns>
    public IReadOnlyList<ScheduleConflict> Conflicts()
    {
        var conflicts = new List<ScheduleConflict>();

        // Sorted by start, the changes that overlap change i and come after it are exactly those that start before i ends.
        for (var p = 0; p < _index.Count; p++)
        {
            var first = _changes[_index.IdAt(p)];
            var end = Ticks(first.Window.End);
            for (var q = p + 1; q < _index.Count && _index.StartAt(q) < end; q++)
            {
                var second = _changes[_index.IdAt(q)];
                var (a, b) = _index.IdAt(p) < _index.IdAt(q) ? (first, second) : (second, first);
                if (Between(a, b) is { } conflict)
                {
                    conflicts.Add(conflict);
                }
            }
        }

        var hits = new List<int>();
        foreach (var change in _changes)
        {
            AddWindowConflicts(change, conflicts, hits);
        }

        return conflicts;
    }

    private static long Ticks(Instant instant) => instant.ToUnixTimeTicks();

    private static void CheckWindow(Interval window, string path, List<ValidationProblem> problems)
    {
        if (!window.HasStart || !window.HasEnd || window.End <= window.Start)
        {
            problems.Add(new(path, $"the window {window} needs a start and an end after it"));
        }
    }

    private static (long Start, long End)[] Merge(IEnumerable<(long Start, long End)> windows)
    {
        var merged = new List<(long Start, long End)>();
        foreach (var w in windows.OrderBy(w => w.Start))
        {
            if (merged.Count > 0 && w.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, w.End));
            }
            else
            {
                merged.Add(w);
            }
        }

        return [.. merged];
    }

    // For each item, the services a change to it touches: those it supports, and those of the items within the dependency
    // depth that depend on it (a change to the database under the mail server is a change to mail).
    private static Dictionary<ConfigurationItemId, HashSet<ServiceId>> ServicesOfItems(ConfigurationModel? configuration, int depth)
    {
        var services = new Dictionary<ConfigurationItemId, HashSet<ServiceId>>();
        if (configuration is null)
        {
            return services;
        }

        foreach (var item in configuration.Items)
        {
            if (item.SupportedServices.Count == 0)
            {
                continue;
            }

            Add(item.Id, item.SupportedServices);
            foreach (var dependency in depth == 0 ? [] : configuration.DependenciesOf(item.Id, depth))
            {
                Add(dependency.Item, item.SupportedServices);
            }
        }

        return services;

        void Add(ConfigurationItemId item, IReadOnlyList<ServiceId> supported)
        {
            if (!services.TryGetValue(item, out var set))
            {
                services[item] = set = [];
            }

            set.UnionWith(supported);
        }
    }

    // For each item, the items within the dependency depth in either direction: what it depends on, and what depends on it.
    private static Dictionary<ConfigurationItemId, ConfigurationItemId[]> Related(ConfigurationModel? configuration, int depth)
    {
        var related = new Dictionary<ConfigurationItemId, HashSet<ConfigurationItemId>>();
        if (configuration is null || depth == 0)
        {
            return [];
        }

        foreach (var item in configuration.Items)
        {
            foreach (var dependency in configuration.DependenciesOf(item.Id, depth))
            {
                Add(item.Id, dependency.Item);
                Add(dependency.Item, item.Id);
            }
        }

        return related.ToDictionary(p => p.Key, p => p.Value.ToArray());

        void Add(ConfigurationItemId from, ConfigurationItemId to)
        {
            if (!related.TryGetValue(from, out var set))
            {
                related[from] = set = [];
            }

            set.Add(to);
        }
    }

    // The conflict between two overlapping changes, if any: the same item first, else a related item.
    private ScheduleConflict? Between(ScheduledChange change, ScheduledChange other)
    {
        foreach (var item in change.Items)
        {
            if (other.Items.Contains(item))
            {
                return new ScheduleConflict(ScheduleConflictKind.SameItem, change.Change, item) { OtherChange = other.Change };
            }
        }

        foreach (var item in change.Items)
        {
            if (_related.TryGetValue(item, out var related))
            {
                foreach (var otherItem in other.Items)
                {
                    if (Array.IndexOf(related, otherItem) >= 0)
                    {
                        return new ScheduleConflict(ScheduleConflictKind.DependentItem, change.Change, item) { OtherChange = other.Change, OtherItem = otherItem };
                    }
                }
            }
        }

        return null;
    }

    private void AddWindowConflicts(ScheduledChange change, List<ScheduleConflict> conflicts, List<int> hits)
    {
        var start = Ticks(change.Window.Start);
        var end = Ticks(change.Window.End);
        hits.Clear();
        _blackoutIndex.Overlapping(start, end, hits);
        hits.Sort();
        foreach (var hit in hits)
        {
            var blackout = _blackouts[hit];
            if (blackout.IsGlobal || (blackout.Service is { } named && named == change.Service))
            {
                conflicts.Add(new ScheduleConflict(ScheduleConflictKind.Blackout, change.Change, null) { Blackout = blackout.Name });
            }
            else if (ItemUnder(blackout, change.Items) is { } item)
            {
                conflicts.Add(new ScheduleConflict(ScheduleConflictKind.Blackout, change.Change, item) { Blackout = blackout.Name });
            }
        }

        foreach (var item in change.Items)
        {
            if (_maintenance.TryGetValue(item, out var windows) && !Covered(windows, start, end))
            {
                conflicts.Add(new ScheduleConflict(ScheduleConflictKind.OutsideMaintenanceWindow, change.Change, item));
            }
        }
    }

    // The change's item that brings it under an item's or a service's blackout: the item itself, else the first item
    // supporting the service (or one that such an item depends on).
    private ConfigurationItemId? ItemUnder(BlackoutWindow blackout, IReadOnlyList<ConfigurationItemId> items)
    {
        foreach (var item in items)
        {
            if (blackout.Item == item
                || (blackout.Service is { } service && _servicesOfItem.TryGetValue(item, out var services) && services.Contains(service)))
            {
                return item;
            }
        }

        return null;
    }

    private static bool Covered((long Start, long End)[] windows, long start, long end)
    {
        // The last merged window that starts at or before the change must reach its end.
        int lo = 0, hi = windows.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (windows[mid].Start <= start)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found >= 0 && windows[found].End >= end;
    }
}
