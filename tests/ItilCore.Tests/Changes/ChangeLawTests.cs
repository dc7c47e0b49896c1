using System.Linq;
using FsCheck.Fluent;
using ItilCore.Changes;
using ItilCore.Testing;
using NodaTime;
using Xunit;
using Properties = ItilCore.Tests.Support.Properties;

namespace ItilCore.Tests.Changes;

/// <summary>The change workflow laws of the testing kit, on the fixture's practice.</summary>
public sealed class ChangeLawTests
{
    private static ChangeManagement Practice(IClock clock) => new(clock, ChangeFixture.Options);

    [Fact]
    public void RejectedCommand_LeavesStateUnchanged() => Properties.Check(ChangeLaws.RejectedCommandLeavesStateUnchanged(Practice));

    [Fact]
    public void Rebuild_EqualsLiveChange_AlsoAfterJson() => Properties.Check(ChangeLaws.RebuildEqualsLiveChange(Practice));

    [Fact]
    public void SegregationOfDuties_AlwaysHolds() => Properties.Check(ChangeLaws.SegregationOfDutiesHolds(Practice));

    [Fact]
    public void FinalStates_AreTerminal() => Properties.Check(ChangeLaws.FinalStatesAreTerminal(Practice));

    [Fact]
    public void Authorization_NeedsTheQuorum() => Properties.Check(ChangeLaws.AuthorizationNeedsQuorum(Practice));

    [Fact]
    public void Events_AreConsecutive() => Properties.Check(ChangeLaws.EventsAreConsecutive(Practice));

    [Fact]
    public void Implementation_StartsInsideTheWindow() => Properties.Check(ChangeLaws.ImplementationStartsInsideTheWindow(Practice));

    [Fact]
    public void PlannedWindows_HaveNotEnded() => Properties.Check(ChangeLaws.PlannedWindowsHaveNotEnded(Practice));

    [Fact]
    public void Review_IsRecorded() => Properties.Check(ChangeLaws.ReviewIsRecorded(Practice));

    [Fact]
    public void Plans_AreFixedForTheAuthority() => Properties.Check(ChangeLaws.PlansAreFixedForTheAuthority(Practice));

    [Fact]
    public void Scenarios_DeliverAndCloseChangesOftenEnoughForTheDeliveryLaws()
    {
        // The laws about implementation, the review and closure judge only scenarios that get there: with 200 cases a law
        // run must see some. A fixed seed, so that the counts are the same on every run.
        var runs = ChangeGenerators.Scenario(ChangeFixture.Options).Sample(300, new FsCheck.Rnd(20260302UL), 300)
            .Select(scenario => ChangeRun.Play(Practice, scenario))
            .ToArray();
        int Reaching(ChangeState state) => runs.Count(r => r.Steps.Any(s => s.After.State == state));

        var report = string.Join(", ", System.Enum.GetValues<ChangeState>().Select(s => $"{s} {Reaching(s)}"));
        Assert.True(Reaching(ChangeState.Implement) >= 30, report);
        Assert.True(Reaching(ChangeState.Review) >= 30, report);
        Assert.True(Reaching(ChangeState.Closed) >= 30, report);
        foreach (var type in System.Enum.GetValues<ChangeType>())
        {
            Assert.True(runs.Count(r => r.Change.Type == type && r.Change.State == ChangeState.Closed) >= 5, $"{type}: {report}");
        }
    }

    [Fact]
    public void AllLaws_HoldWhenTheBackoutPlanIsRequired()
        => Properties.Check(ChangeLaws.All(clock => new ChangeManagement(clock, ChangeFixture.StrictOptions)));

    [Fact]
    public void Laws_OnAPracticeWhoseEventIdsRepeat_FailNamingTheIdAndBothEvents()
    {
        // Every event gets the same id: a store keyed by event id would keep only the first.
        var same = new System.Guid("0f0f0f0f-0000-0000-0000-000000000001");

        var e = Assert.ThrowsAny<System.Exception>(() => Properties.Check(ChangeLaws.All(clock => new ChangeManagement(clock, ChangeFixture.Options, () => same))));

        Assert.Matches($@"with event id {same}, which change\.requested of \S+ \(version 1\) already has", e.Message);
        Assert.Contains("the practice's event id source must give every event its own id", e.Message, System.StringComparison.Ordinal);
    }
}
