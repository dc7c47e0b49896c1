using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using ItilCore.Changes;
using ItilCore.Configuration;
using ItilCore.Tests.Catalog;
using NodaTime;
using Interval = NodaTime.Interval;
using Xunit;
using F = ItilCore.Tests.Changes.ChangeFixture;
using Properties = ItilCore.Tests.Support.Properties;

namespace ItilCore.Tests.Changes;

public sealed class ChangeScheduleTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 6, 1, 0, 0);
    private static readonly ConfigurationModel Configuration = F.Services.Configuration;

    private static Interval Hours(int from, int to) => new(T0 + Duration.FromHours(from), T0 + Duration.FromHours(to));

    private static ScheduledChange At(string id, int from, int to, params ConfigurationItemId[] items) => new(new ChangeId(id), Hours(from, to), items);

    [Fact]
    public void SameItem_OverlappingWindows_Conflict_BackToBackDoNot()
    {
        var schedule = ChangeSchedule.Create([At("A", 0, 4, F.Db), At("B", 4, 6, F.Db)], configuration: Configuration);
        Assert.Empty(schedule.Conflicts());

        var conflict = Assert.Single(schedule.ConflictsWith(At("C", 3, 5, F.Db, F.Switch)), c => c.OtherChange == new ChangeId("A"));
        Assert.Equal(ScheduleConflictKind.SameItem, conflict.Kind);
        Assert.Equal(F.Db, conflict.Item);
        Assert.Equal(2, schedule.ConflictsWith(At("C", 3, 5, F.Db)).Count);
    }

    [Fact]
    public void DependentItem_DirectDependencyInEitherDirection_Conflicts()
    {
        // app01 DependsOn db01; db01 RunsOn srv01; web01 DependsOn app01.
        var schedule = ChangeSchedule.Create([At("A", 0, 4, F.Db)], configuration: Configuration);

        var onApp = Assert.Single(schedule.ConflictsWith(At("B", 1, 2, F.App)));
        Assert.Equal(ScheduleConflictKind.DependentItem, onApp.Kind);
        Assert.Equal((F.App, F.Db), (onApp.Item!.Value, onApp.OtherItem!.Value));
        Assert.Equal(ScheduleConflictKind.DependentItem, Assert.Single(schedule.ConflictsWith(At("C", 1, 2, F.Server))).Kind);
        Assert.Empty(schedule.ConflictsWith(At("D", 1, 2, F.Web)));
        Assert.Empty(schedule.ConflictsWith(At("E", 1, 2, F.Switch)));
        Assert.Empty(schedule.ConflictsWith(At("F", 5, 6, F.App)));
    }

    [Fact]
    public void DependentItem_DeeperDependencies_WhenBuiltForThem()
    {
        var schedule = ChangeSchedule.Create([At("A", 0, 4, F.Db)], configuration: Configuration, dependencyDepth: int.MaxValue);

        Assert.Equal(ScheduleConflictKind.DependentItem, Assert.Single(schedule.ConflictsWith(At("D", 1, 2, F.Web))).Kind);
        Assert.Empty(ChangeSchedule.Create([At("A", 0, 4, F.Db)], configuration: Configuration, dependencyDepth: 0).ConflictsWith(At("B", 1, 2, F.App)));
    }

    [Fact]
    public void Blackout_GlobalServiceOrItem_Conflicts()
    {
        var blackouts = new[]
        {
            new BlackoutWindow("Year-end freeze", Hours(100, 200)),
            new BlackoutWindow("Mail migration", Hours(10, 20)) { Service = CatalogSamples.Email },
            new BlackoutWindow("DB audit", Hours(30, 40)) { Item = F.Db },
        };
        var schedule = ChangeSchedule.Create([], blackouts, configuration: Configuration);

        Assert.Equal("Year-end freeze", Assert.Single(schedule.ConflictsWith(At("A", 150, 151, F.Switch))).Blackout);
        Assert.Equal("Mail migration", Assert.Single(schedule.ConflictsWith(At("B", 15, 16, F.Web) with { Service = CatalogSamples.Email })).Blackout);
        Assert.Empty(schedule.ConflictsWith(At("C", 15, 16, F.Switch)));
        var audit = Assert.Single(schedule.ConflictsWith(At("D", 39, 41, F.Db)));
        Assert.Equal((ScheduleConflictKind.Blackout, F.Db), (audit.Kind, audit.Item!.Value));
        Assert.Empty(schedule.ConflictsWith(At("E", 39, 41, F.App)));
        Assert.Empty(schedule.ConflictsWith(At("F", 40, 41, F.Db)));
    }

    [Fact]
    public void ServiceBlackout_ReachesChangesToItsItems_AsDeepAsTheDependencies()
    {
        // web01 supports e-mail and DependsOn app01, which DependsOn db01.
        var blackouts = new[] { new BlackoutWindow("Mail migration", Hours(10, 20)) { Service = CatalogSamples.Email } };
        var direct = ChangeSchedule.Create([], blackouts, configuration: Configuration);

        var onWeb = Assert.Single(direct.ConflictsWith(At("A", 15, 16, F.Switch, F.Web) with { Service = CatalogSamples.Vpn }));
        Assert.Equal((ScheduleConflictKind.Blackout, F.Web, "Mail migration"), (onWeb.Kind, onWeb.Item!.Value, onWeb.Blackout));
        Assert.Equal(F.App, Assert.Single(direct.ConflictsWith(At("B", 15, 16, F.App))).Item);
        Assert.Empty(direct.ConflictsWith(At("C", 15, 16, F.Db)));
        Assert.Empty(direct.ConflictsWith(At("D", 20, 21, F.Web)));
        Assert.Null(Assert.Single(direct.ConflictsWith(At("E", 15, 16, F.Switch) with { Service = CatalogSamples.Email })).Item);

        Assert.Equal(F.Db, Assert.Single(ChangeSchedule.Create([], blackouts, configuration: Configuration, dependencyDepth: 2).ConflictsWith(At("C", 15, 16, F.Db))).Item);
        Assert.Empty(ChangeSchedule.Create([], blackouts, configuration: Configuration, dependencyDepth: 0).ConflictsWith(At("B", 15, 16, F.App)));
        Assert.Empty(ChangeSchedule.Create([], blackouts).ConflictsWith(At("A", 15, 16, F.Web)));
        Assert.Single(ChangeSchedule.Create([At("A", 15, 16, F.Web)], blackouts, configuration: Configuration).Conflicts());
    }

    [Fact]
    public void MaintenanceWindow_OutsideConflicts_InsideOrAcrossTouchingWindowsDoesNot()
    {
        var windows = new[] { new MaintenanceWindow(F.Server, Hours(0, 4)), new MaintenanceWindow(F.Server, Hours(4, 8)), new MaintenanceWindow(F.Server, Hours(24, 28)) };
        var schedule = ChangeSchedule.Create([], maintenanceWindows: windows, configuration: Configuration);

        Assert.Empty(schedule.ConflictsWith(At("A", 2, 6, F.Server)));
        Assert.Empty(schedule.ConflictsWith(At("B", 24, 28, F.Server)));
        var outside = Assert.Single(schedule.ConflictsWith(At("C", 7, 9, F.Server)));
        Assert.Equal((ScheduleConflictKind.OutsideMaintenanceWindow, F.Server), (outside.Kind, outside.Item!.Value));
        Assert.Single(schedule.ConflictsWith(At("D", 12, 13, F.Server)));
        Assert.Empty(schedule.ConflictsWith(At("E", 12, 13, F.Db)));
    }

    [Fact]
    public void Create_InvalidEntries_ReportsEveryProblemWithPaths()
    {
        var start = T0;
        var problems = Assert.Throws<InvalidDefinitionException>(() => ChangeSchedule.Create(
            [At("A", 0, 1, new ConfigurationItemId("nowhere")), At("A", 0, 1), new ScheduledChange(new("B"), new Interval(start, start), [])],
            [new BlackoutWindow(" ", Hours(0, 1))],
            [new MaintenanceWindow(new("ghost"), Hours(0, 1))],
            Configuration)).Problems.Select(p => p.Path).ToArray();

        Assert.Equal(["$.changes[0].items[0]", "$.changes[1].change", "$.changes[2].window", "$.blackouts[0].name", "$.maintenanceWindows[0].item"], problems);
    }

    [Fact]
    public void Create_ServiceNotInTheCatalogue_IsReportedNamingIt_ForAChangeAndABlackout()
    {
        var problems = Assert.Throws<InvalidDefinitionException>(() => ChangeSchedule.Create(
            [At("A", 0, 1) with { Service = new("fax") }, At("B", 0, 1) with { Service = CatalogSamples.Email }],
            [new BlackoutWindow("Fax freeze", Hours(0, 1)) { Service = new("fax") }],
            configuration: Configuration)).Problems.Select(p => p.ToString()).ToArray();

        Assert.Equal(
            ["$.changes[0].service: service fax is not in the service catalogue", "$.blackouts[0].service: service fax is not in the service catalogue"],
            problems);
    }

    /// <summary>
    /// No conflicting pair of scheduled changes is reported conflict-free, and nothing else is reported: the indexed
    /// queries agree with a naive double loop over every pair, on random schedules.
    /// </summary>
    [Fact]
    public void Conflicts_AgreeWithANaiveDoubleLoop_OnRandomSchedules()
    {
        var items = Configuration.Items.Select(i => i.Id).ToArray();
        var entry = from start in Gen.Choose(0, 200)
                    from length in Gen.Choose(1, 30)
                    from count in Gen.Choose(1, 2)
                    from picked in Gen.Elements(items).ListOf(count)
                    select (start, length, picked.Distinct().ToArray());
        var gen = from entries in entry.ListOf()
                  from depth in Gen.Choose(0, 3)
                  select (Entries: entries.Select((e, i) => At($"C{i}", e.start, e.start + e.length, e.Item3)).ToArray(), Depth: depth);
        Properties.Check(Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var schedule = ChangeSchedule.Create(input.Entries, configuration: Configuration, dependencyDepth: input.Depth);
            var naive = NaivePairs(input.Entries, input.Depth);
            var all = schedule.Conflicts().Where(c => c.OtherChange is not null).Select(c => Pair(c.Change, c.OtherChange!.Value)).ToHashSet();
            var perChange = input.Entries.All(e => schedule.ConflictsWith(e).Select(c => Pair(e.Change, c.OtherChange!.Value)).ToHashSet()
                .SetEquals(naive.Where(p => p.Item1 == e.Change || p.Item2 == e.Change)));
            return all.SetEquals(naive) && perChange;
        }));
    }

    private static (ChangeId, ChangeId) Pair(ChangeId a, ChangeId b) => string.CompareOrdinal(a.Value, b.Value) < 0 ? (a, b) : (b, a);

    private static HashSet<(ChangeId, ChangeId)> NaivePairs(ScheduledChange[] changes, int depth)
    {
        bool Related(ConfigurationItemId x, ConfigurationItemId y)
            => x == y || (depth > 0 && (Configuration.DependenciesOf(x, depth).Any(d => d.Item == y) || Configuration.DependenciesOf(y, depth).Any(d => d.Item == x)));
        var pairs = new HashSet<(ChangeId, ChangeId)>();
        for (var i = 0; i < changes.Length; i++)
        {
            for (var j = i + 1; j < changes.Length; j++)
            {
                var (a, b) = (changes[i], changes[j]);
                if (a.Window.Start < b.Window.End && b.Window.Start < a.Window.End && a.Items.Any(x => b.Items.Any(y => Related(x, y))))
                {
                    pairs.Add(Pair(a.Change, b.Change));
                }
            }
        }

        return pairs;
    }
}
