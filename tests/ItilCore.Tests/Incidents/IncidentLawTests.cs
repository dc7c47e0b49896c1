using System.Linq;
using ItilCore.Incidents;
using ItilCore.Testing;
using NodaTime;
using Xunit;
using Properties = ItilCore.Tests.Support.Properties;

namespace ItilCore.Tests.Incidents;

/// <summary>The workflow laws of the testing kit, on the default practice and on a 5×5 GLPI-style practice.</summary>
public sealed class IncidentLawTests
{
    private static IncidentManagement Default(IClock clock) => new(clock);

    private static IncidentManagement Glpi(IClock clock) => new(clock, new IncidentManagementOptions
    {
        PriorityMatrix = PriorityMatrix.Create(new PriorityMatrixDefinition(
            5, 5, 5,
            [[1, 1, 2, 2, 2], [1, 2, 2, 3, 3], [2, 2, 3, 4, 4], [2, 3, 4, 4, 5], [2, 3, 4, 5, 5]],
            PriorityPolarity.MaxIsHighest)),
        AutoCloseAfter = Duration.FromDays(2),
    });

    [Fact]
    public void RejectedCommand_LeavesStateUnchanged() => Properties.Check(IncidentLaws.RejectedCommandLeavesStateUnchanged(Default));

    [Fact]
    public void Rebuild_EqualsLiveIncident() => Properties.Check(IncidentLaws.RebuildEqualsLiveIncident(Default));

    [Fact]
    public void Closed_IsTerminal() => Properties.Check(IncidentLaws.ClosedIsTerminal(Default));

    [Fact]
    public void ReopenCount_NeverDecreases() => Properties.Check(IncidentLaws.ReopenCountNeverDecreases(Default));

    [Fact]
    public void Events_AreConsecutive() => Properties.Check(IncidentLaws.EventsAreConsecutive(Default));

    [Fact]
    public void MajorIncident_ChangesOnlyByDeclarationOrDemotion() => Properties.Check(IncidentLaws.MajorIncidentChangesOnlyByDeclarationOrDemotion(Default));

    [Fact]
    public void Links_ChangeOnlyByLinkingOrNamedHold() => Properties.Check(IncidentLaws.LinksChangeOnlyByLinkingOrNamedHold(Default));

    [Fact]
    public void Scenarios_IncludeAcceptedLinksAndNamedHolds()
    {
        var steps = FsCheck.Fluent.Gen.Sample(IncidentGenerators.Scenario(PriorityMatrix.ServiceNowDefault, 60), 300)
            .SelectMany(scenario => IncidentRun.Play(Default, scenario).Steps)
            .ToArray();

        Assert.Contains(steps, s => s.Command is IncidentCommand.LinkToProblem && s.Result is { IsAccepted: true });
        Assert.Contains(steps, s => s.Command is IncidentCommand.LinkToChange && s.Result is { IsAccepted: true });
        Assert.Contains(steps, s => s.Command is IncidentCommand.PutOnHold { Problem: not null } && s.Result is { IsAccepted: true });
        Assert.Contains(steps, s => s.Command is IncidentCommand.PutOnHold { Change: not null } && s.Result is { IsAccepted: true });
        Assert.Contains(steps, s => s.Result?.Rejection?.Code == IncidentRejectionCodes.HoldReferenceMismatch);
    }

    [Fact]
    public void Scenarios_IncludeAcceptedDemotions()
    {
        var scenarios = FsCheck.Fluent.Gen.Sample(IncidentGenerators.Scenario(PriorityMatrix.ServiceNowDefault, 60), 300);

        Assert.Contains(scenarios, scenario => IncidentRun.Play(Default, scenario).Steps
            .Any(s => s.Command is IncidentCommand.DemoteMajorIncident && s.Result is { IsAccepted: true }));
    }

    [Fact]
    public void Laws_OnAPracticeBuiltOnAnotherClock_FailSayingSo()
    {
        // A factory that ignores the clock it is given: the scenario's time never passes for the practice, so its
        // events are not at the clock's time and nothing that waits (auto-close) is ever due.
        var other = new NodaTime.Testing.FakeClock(IncidentRun.Start);

        var e = Assert.ThrowsAny<System.Exception>(() => Properties.Check(IncidentLaws.EventsAreConsecutive(_ => new IncidentManagement(other))));

        Assert.Contains("the clock it is given", e.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Play_PracticeBuiltOnAnotherClock_ThrowsNamingTheEventAndBothTimes()
    {
        var other = new NodaTime.Testing.FakeClock(IncidentRun.Start);
        var scenario = new IncidentScenario(
            new LogIncident(new IncidentId("INC0000001"), "Printer jams", new ActorId("alice"), ContactChannel.Phone, new Impact(1), new Urgency(1)),
            [new IncidentCommand.AdvanceTime(Duration.FromHours(1)), new IncidentCommand.Assign(new AssignmentGroupId("network"), null)]);

        var e = Assert.Throws<System.InvalidOperationException>(() => IncidentRun.Play(_ => new IncidentManagement(other), scenario));

        Assert.Contains("incident.assigned", e.Message, System.StringComparison.Ordinal);
        Assert.Contains("2026-01-05T09:00:00Z", e.Message, System.StringComparison.Ordinal);
        Assert.Contains("2026-01-05T10:00:00Z", e.Message, System.StringComparison.Ordinal);
        Assert.Contains("the clock it is given", e.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Laws_OnAPracticeWhoseEventIdsRepeat_FailNamingTheIdAndBothEvents()
    {
        // Every event gets the same id: a store keyed by event id would keep only the first.
        var same = new System.Guid("0f0f0f0f-0000-0000-0000-000000000001");

        var e = Assert.ThrowsAny<System.Exception>(() => Properties.Check(IncidentLaws.All(clock => new IncidentManagement(clock, newEventId: () => same))));

        Assert.Matches($@"with event id {same}, which incident\.logged of \S+ \(version 1\) already has", e.Message);
        Assert.Contains("the practice's event id source must give every event its own id", e.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Play_PracticeWhoseEventIdsRepeat_ThrowsNamingTheIdAndBothEvents()
    {
        // Two ids, then the first again: the third event repeats the first's id, not its neighbour's.
        var ids = new[] { new System.Guid("00000000-0000-0000-0000-00000000000a"), new System.Guid("00000000-0000-0000-0000-00000000000b") };
        var scenario = new IncidentScenario(
            new LogIncident(new IncidentId("INC0000001"), "Printer jams", new ActorId("alice"), ContactChannel.Phone, new Impact(1), new Urgency(1)),
            [new IncidentCommand.Assign(new AssignmentGroupId("network"), null), new IncidentCommand.WorkNote("Toner replaced")]);

        var e = Assert.Throws<System.InvalidOperationException>(() => IncidentRun.Play(
            clock =>
            {
                var issued = 0;
                return new IncidentManagement(clock, newEventId: () => ids[issued++ % ids.Length]);
            },
            scenario));

        Assert.Equal(
            "The practice recorded incident.work-note of INC0000001 (version 3) with event id 00000000-0000-0000-0000-00000000000a, which incident.logged of INC0000001 (version 1) already has: the practice's event id source must give every event its own id.",
            e.Message);
    }

    // A seeded source that starts again for every practice the factory builds repeats ids across runs, never within one.
    [Fact]
    public void AllLaws_HoldForAPracticeWithSeededEventIds() => Properties.Check(IncidentLaws.All(clock =>
    {
        var issued = 0;
        return new IncidentManagement(clock, newEventId: () => new System.Guid(++issued, 0, 0, new byte[8]));
    }));

    // The example catalogue with one service and one offering retired, so that every kind of invalid reference is generated.
    private static readonly ItilCore.Configuration.ServiceModel ModelWithRetirements = RetireSome(
        ItilCore.Configuration.ServiceModel.Load(Support.Repository.PathOf("docs/examples/catalog.json")));

    private static ItilCore.Configuration.ServiceModel RetireSome(ItilCore.Configuration.ServiceModel model)
    {
        var document = model.ToDocument();
        return ItilCore.Configuration.ServiceModel.Create(document with
        {
            Services = document.Services.Select(s => s.Id.Value == "directory" ? s with { Status = ItilCore.Catalog.ServiceStatus.Retired } : s).ToArray(),
            Offerings = document.Offerings.Select(o => o.Id.Value == "payroll-standard" ? o with { Status = ItilCore.Catalog.ServiceStatus.Retired } : o).ToArray(),
        });
    }

    [Fact]
    public void InvalidLog_IsRejected_WithNoEventAndNoEventId()
        => Properties.Check(IncidentLaws.InvalidLogIsRejected((clock, ids) => new IncidentManagement(clock, newEventId: ids)));

    [Fact]
    public void InvalidLog_IsRejected_WithNoEventAndNoEventId_ForAFiveByFivePracticeWithAServiceModel()
        => Properties.Check(IncidentLaws.InvalidLogIsRejected((clock, ids) => new IncidentManagement(
            clock,
            Glpi(clock).Options with { ServiceModel = ModelWithRetirements },
            ids)));

    [Fact]
    public void InvalidLogIsRejected_OnAPracticeBuiltWithoutTheIdSourceItIsGiven_FailsSayingSo()
    {
        // The practice draws its ids elsewhere, so the law could not see a draw: it must say so, not pass vacuously.
        var e = Assert.ThrowsAny<System.Exception>(() => Properties.Check(IncidentLaws.InvalidLogIsRejected((clock, _) => new IncidentManagement(clock))));

        Assert.Contains("the practice factory must build the practice on the event id source it is given", e.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidLogIncident_BreaksEveryRuleLogChecks()
    {
        var options = new IncidentManagementOptions { ServiceModel = ModelWithRetirements };
        var practice = new IncidentManagement(new NodaTime.Testing.FakeClock(IncidentRun.Start), options);
        var rejections = FsCheck.Fluent.Gen.Sample(IncidentGenerators.InvalidLogIncident(options.PriorityMatrix, options.ServiceModel), 500)
            .Select(c => practice.Log(new ActorId("agent"), c).Rejection?.Message)
            .ToArray();

        Assert.All(rejections, m => Assert.NotNull(m));
        Assert.Contains("A short description is required to log an incident.", rejections);
        Assert.Contains("A category or subcategory, when given, must not be blank.", rejections);
        var (impacts, urgencies) = (options.PriorityMatrix.ImpactLevels, options.PriorityMatrix.UrgencyLevels);
        Assert.Contains(rejections, m => m!.StartsWith($"Impact {impacts + 1} and urgency ", System.StringComparison.Ordinal));
        Assert.Contains(rejections, m => m!.Contains($" and urgency {urgencies + 1} must be on the priority matrix", System.StringComparison.Ordinal));
        Assert.Contains("The incident cannot be logged: service no-such-service is not in the service catalogue.", rejections);
        Assert.Contains("The incident cannot be logged: service offering no-such-offering is not in the service catalogue.", rejections);
        Assert.Contains("The incident cannot be logged: configuration item no-such-item is not in the configuration model.", rejections);
        Assert.Contains(rejections, m => m!.Contains("does not describe service", System.StringComparison.Ordinal));
        Assert.Contains("The incident cannot be logged: service directory is retired.", rejections);
        Assert.Contains("The incident cannot be logged: service offering payroll-standard is retired.", rejections);
    }

    [Fact]
    public void InvalidLogIncident_OfferingPairedWithAServiceItDoesNotDescribe_IsItsOnlyDefect()
    {
        // A mismatched pair naming a retired service or offering would be invalid in two ways at once.
        var catalog = ModelWithRetirements.Catalog;
        var pairs = FsCheck.Fluent.Gen.Sample(IncidentGenerators.InvalidLogIncident(new IncidentManagementOptions().PriorityMatrix, ModelWithRetirements), 2000)
            .Where(c => c.Service is not null && c.Offering is not null)
            .ToArray();

        Assert.NotEmpty(pairs);
        Assert.All(pairs, c => Assert.True(
            catalog.StatusOf(c.Service!.Value) != ItilCore.Catalog.ServiceStatus.Retired && catalog.StatusOf(c.Offering!.Value) != ItilCore.Catalog.ServiceStatus.Retired,
            $"{c.Service} with {c.Offering}: a retired one too"));
    }

    [Fact]
    public void AllLaws_HoldForAFiveByFivePractice() => Properties.Check(IncidentLaws.All(Glpi));

    // Ten levels is the most a scale may have: the generators then have no off-the-matrix level to draw.
    [Fact]
    public void AllLaws_HoldForATenLevelPractice() => Properties.Check(IncidentLaws.All(clock => new IncidentManagement(clock, new IncidentManagementOptions
    { PriorityMatrix = Support.TestMatrices.TenLevels() })));
}
