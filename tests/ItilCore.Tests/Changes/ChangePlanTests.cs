using System.Collections.Generic;
using System.Linq;
using ItilCore.Changes;
using ItilCore.Configuration;
using ItilCore.Serialization;
using NodaTime;
using NodaTime.Testing;
using Xunit;
using F = ItilCore.Tests.Changes.ChangeFixture;

namespace ItilCore.Tests.Changes;

/// <summary>Implementation and backout plans, the practice's backout-plan requirement, and the backed-out outcome.</summary>
public sealed class ChangePlanTests
{
    private readonly F _f = new();

    private static ChangeManagement Strict(FakeClock clock) => new(clock, F.StrictOptions);

    private static void Rejected(CommandResult result, string code)
    {
        Assert.True(result.IsRejected, "expected a rejection with " + code);
        Assert.Equal(code, result.Rejection!.Code);
        Assert.Empty(result.Events);
    }

    [Fact]
    public void Request_KeepsThePlansTrimmed_AndABlankPlanIsNone()
    {
        var change = _f.Practice.Request(F.Agent, F.Command() with { ImplementationPlan = "  1. stop app01\n2. upgrade  ", BackoutPlan = " " }).ThrowIfRejected();

        Assert.Equal("1. stop app01\n2. upgrade", change.ImplementationPlan);
        Assert.Null(change.BackoutPlan);
    }

    [Fact]
    public void UpdatePlans_InNewAndAssess_RecordsBothPlansAsTheyNowStand()
    {
        var change = _f.Planned();
        var events = change.UpdatePlans(F.Agent, "Upgrade db01 to 16.2", "Restore the 02:00 snapshot").ThrowIfRejected();

        var updated = Assert.IsType<ChangePlansUpdated>(Assert.Single(events));
        Assert.Equal(("Upgrade db01 to 16.2", "Restore the 02:00 snapshot"), (updated.ImplementationPlan, updated.BackoutPlan));
        Assert.Equal(ChangeState.New, change.State);

        change.Submit(F.Agent).ThrowIfRejected();
        change.UpdatePlans(F.Agent, "Upgrade db01 to 16.2", null).ThrowIfRejected();
        Assert.Equal(ChangeState.Assess, change.State);
        Assert.Equal("Upgrade db01 to 16.2", change.ImplementationPlan);
        Assert.Null(change.BackoutPlan);
    }

    [Fact]
    public void UpdatePlans_ThatChangesNothing_IsRefused()
    {
        var change = _f.Planned();
        change.UpdatePlans(F.Agent, "Upgrade", "Restore").ThrowIfRejected();
        var before = change.ToSnapshot();

        Rejected(change.UpdatePlans(F.Agent, " Upgrade ", "Restore"), ChangeRejectionCodes.NoChange);
        Assert.Equal(before, change.ToSnapshot());
    }

    [Theory]
    [InlineData(ChangeType.Normal)]
    [InlineData(ChangeType.Emergency)]
    public void UpdatePlans_OnceAuthorizationIsRequested_IsNotPermitted(ChangeType type)
    {
        var change = _f.Authorizing(type);
        var before = change.ToSnapshot();

        Rejected(change.UpdatePlans(F.Agent, "Another plan", "Another backout"), ChangeRejectionCodes.NotPermitted);
        Assert.Equal(before, change.ToSnapshot());
    }

    [Fact]
    public void UpdatePlans_OnAStandardChange_IsNotPermitted_ItsPlansAreItsModels()
    {
        var change = _f.Planned(ChangeType.Standard);
        var before = change.ToSnapshot();

        var result = change.UpdatePlans(F.Agent, "x", "y");

        Rejected(result, ChangeRejectionCodes.NotPermitted);
        Assert.Equal("Update Plans is not possible for a standard change; the change is New.", result.Rejection!.Message);
        Assert.Equal(before, change.ToSnapshot());
    }

    [Theory]
    [InlineData(ChangeType.Normal)]
    [InlineData(ChangeType.Emergency)]
    public void RequestAuthorization_WithoutABackoutPlan_IsRefusedWhenThePracticeRequiresOne(ChangeType type)
    {
        var practice = Strict(_f.Clock);
        var change = practice.Request(F.Agent, F.Command(type)).ThrowIfRejected();
        change.Plan(F.Agent, F.Window).ThrowIfRejected();
        change.AssignImplementer(F.Agent, F.Implementer).ThrowIfRejected();
        if (type == ChangeType.Normal)
        {
            change.Submit(F.Agent).ThrowIfRejected();
            change.AssessRisk(F.Agent, new Impact(3), new Likelihood(3)).ThrowIfRejected();
        }

        var before = change.ToSnapshot();
        var refused = change.RequestAuthorization(F.Agent);

        Rejected(refused, ChangeRejectionCodes.BackoutPlanRequired);
        Assert.Contains("CHG0001", refused.Rejection!.Message, System.StringComparison.Ordinal);
        Assert.Contains("backout plan", refused.Rejection.Message, System.StringComparison.Ordinal);
        Assert.Equal(before, change.ToSnapshot());

        change.UpdatePlans(F.Agent, null, "Restore the snapshot").ThrowIfRejected();
        change.RequestAuthorization(F.Agent).ThrowIfRejected();
        Assert.Equal(ChangeState.Authorize, change.State);
    }

    [Fact]
    public void RequestAuthorization_WithoutABackoutPlan_IsAcceptedByDefault()
    {
        var change = _f.Assessed();
        Assert.False(F.Options.RequireBackoutPlan);
        Assert.Null(change.BackoutPlan);

        change.RequestAuthorization(F.Agent).ThrowIfRejected();
    }

    [Fact]
    public void StandardChange_TakesItsModelsPlans_AndARequestWritingAnotherIsRefused()
    {
        var practice = Strict(_f.Clock);
        var change = practice.Request(F.Agent, F.Command(ChangeType.Standard)).ThrowIfRejected();
        var same = practice.Request(F.Agent, F.Command(ChangeType.Standard, "CHG0002") with { BackoutPlan = " Restore the Patch a server snapshot " });
        var other = practice.Request(F.Agent, F.Command(ChangeType.Standard, "CHG0003") with { BackoutPlan = "Reinstall from the golden image" });

        Assert.Equal(("Run the Patch a server runbook", "Restore the Patch a server snapshot"), (change.ImplementationPlan, change.BackoutPlan));
        Assert.True(same.IsAccepted);
        Assert.Equal(ChangeRejectionCodes.ModelPlanFixed, other.Rejection?.Code);
        Assert.Contains("patch-server", other.Rejection!.Message, System.StringComparison.Ordinal);
        Assert.Contains("backout plan", other.Rejection.Message, System.StringComparison.Ordinal);
        Assert.Empty(other.Events);
        change.Plan(F.Agent, F.Window).ThrowIfRejected();
        change.Submit(F.Agent).ThrowIfRejected();
        Assert.Equal(ChangeState.Scheduled, change.State);
    }

    [Fact]
    public void StandardChange_FillsInWhatItsModelLeavesOut()
    {
        var change = _f.Practice.Request(F.Agent, F.Command(ChangeType.Standard) with { ImplementationPlan = "yum update; reboot", BackoutPlan = "yum history undo" }).ThrowIfRejected();

        Assert.Equal(("yum update; reboot", "yum history undo"), (change.ImplementationPlan, change.BackoutPlan));
    }

    [Fact]
    public void ChangeType_ToStandard_TheModelsPlansReplaceTheChangesOwn()
    {
        var practice = Strict(_f.Clock);
        var requested = practice.Request(F.Agent, new RequestChange(new ChangeId("CHG0003"), ChangeType.Normal, "Patch srv01", F.Requester) { ConfigurationItems = [F.Server], ImplementationPlan = "Our own steps" });
        var change = requested.ThrowIfRejected();
        var history = new List<DomainEvent>(requested.Events);

        history.AddRange(change.ChangeType(F.Agent, ChangeType.Standard, F.PatchServer).ThrowIfRejected());
        var changed = Assert.IsType<ChangeTypeChanged>(history[^1]);

        Assert.Equal(("Run the Patch a server runbook", "Restore the Patch a server snapshot"), (changed.ImplementationPlan, changed.BackoutPlan));
        Assert.Equal(("Run the Patch a server runbook", "Restore the Patch a server snapshot"), (change.ImplementationPlan, change.BackoutPlan));
        history.AddRange(change.ChangeType(F.Agent, ChangeType.Normal).ThrowIfRejected());
        Assert.Equal("Run the Patch a server runbook", change.ImplementationPlan);
        Assert.Equal(change.ToSnapshot(), practice.Rebuild(ItilJson.Deserialize<IReadOnlyList<DomainEvent>>(ItilJson.Serialize<IReadOnlyList<DomainEvent>>(history))).ToSnapshot());
    }

    [Fact]
    public void ChangeTypeChanged_CarriesThePlansTheStandardChangeFollows_AsDocumented()
    {
        var change = _f.Practice.Request(F.Agent, new RequestChange(new ChangeId("CHG0500"), ChangeType.Normal, "Patch srv01", F.Requester)
        {
            ConfigurationItems = [F.Server],
            ImplementationPlan = "Our own steps",
            BackoutPlan = "Our own rollback",
        }).ThrowIfRejected();

        // patch-server has no plans: the event carries the change's own, which the standard change follows.
        var toStandard = Assert.IsType<ChangeTypeChanged>(Assert.Single(change.ChangeType(F.Agent, ChangeType.Standard, F.PatchServer).ThrowIfRejected()));
        Assert.Equal(("Our own steps", "Our own rollback"), (toStandard.ImplementationPlan, toStandard.BackoutPlan));
        Assert.Equal((toStandard.ImplementationPlan, toStandard.BackoutPlan), (change.ImplementationPlan, change.BackoutPlan));

        // Back to normal: the event carries no plans, and the change keeps those it had.
        var toNormal = Assert.IsType<ChangeTypeChanged>(Assert.Single(change.ChangeType(F.Agent, ChangeType.Normal).ThrowIfRejected()));
        Assert.Equal(((string?)null, (string?)null), (toNormal.ImplementationPlan, toNormal.BackoutPlan));
        Assert.Equal(("Our own steps", "Our own rollback"), (change.ImplementationPlan, change.BackoutPlan));
    }

    [Fact]
    public void ChangeType_ToAModelWithoutPlans_TheChangesOwnPlansComeBack_NotAnEarlierModels()
    {
        // Two models for servers: one with a runbook, one without. Following the second after the first, the change's
        // plans are its own (as a change requested straight from the second has), not the first model's runbook.
        var bare = new ChangeModelId("patch-bare");
        var practice = new ChangeManagement(_f.Clock, F.Options with
        {
            StandardChanges = StandardChangeCatalog.Create(
                [
                    new ChangeModel(F.PatchServer, "Patch a server", new Risk(3)) { AllowedClasses = [ConfigurationItemClass.Server], ImplementationPlan = "Run runbook A", BackoutPlan = "Restore snapshot A" },
                    new ChangeModel(bare, "Patch a server, own steps", new Risk(3)) { AllowedClasses = [ConfigurationItemClass.Server] },
                ],
                F.Services.Configuration,
                ChangeManagementOptions.DefaultRiskMatrix),
        });
        RequestChange Command(string id, ChangeType type, ChangeModelId? model) => new(new ChangeId(id), type, "Patch srv01", F.Requester)
        {
            Model = model,
            ConfigurationItems = [F.Server],
            ImplementationPlan = "Our steps",
            BackoutPlan = "Our rollback",
        };
        var direct = practice.Request(F.Agent, Command("CHG0001", ChangeType.Standard, bare)).ThrowIfRejected();
        var requested = practice.Request(F.Agent, Command("CHG0002", ChangeType.Normal, null));
        var change = requested.ThrowIfRejected();
        var history = new List<DomainEvent>(requested.Events);

        history.AddRange(change.ChangeType(F.Agent, ChangeType.Standard, F.PatchServer).ThrowIfRejected());
        Assert.Equal(("Run runbook A", "Restore snapshot A"), (change.ImplementationPlan, change.BackoutPlan));
        history.AddRange(change.ChangeType(F.Agent, ChangeType.Standard, bare).ThrowIfRejected());

        Assert.Equal(("Our steps", "Our rollback"), (direct.ImplementationPlan, direct.BackoutPlan));
        Assert.Equal(("Our steps", "Our rollback"), (change.ImplementationPlan, change.BackoutPlan));
        Assert.Equal(change.ToSnapshot(), practice.Rebuild(ItilJson.Deserialize<IReadOnlyList<DomainEvent>>(ItilJson.Serialize<IReadOnlyList<DomainEvent>>(history))).ToSnapshot());

        // Requested straight from the model with plans (writing none, or the same), then moved: no plans of its own. The
        // event records that, so a rebuild after the model's runbook was edited gives the same change.
        var edited = new ChangeManagement(_f.Clock, F.Options with
        {
            StandardChanges = StandardChangeCatalog.Create(
                [
                    new ChangeModel(F.PatchServer, "Patch a server", new Risk(3)) { AllowedClasses = [ConfigurationItemClass.Server], ImplementationPlan = "Run runbook A, second edition" },
                    new ChangeModel(bare, "Patch a server, own steps", new Risk(3)) { AllowedClasses = [ConfigurationItemClass.Server] },
                ],
                F.Services.Configuration,
                ChangeManagementOptions.DefaultRiskMatrix),
        });
        foreach (var (id, implementation) in new[] { ("CHG0003", (string?)null), ("CHG0004", "Run runbook A") })
        {
            var fromARequest = practice.Request(F.Agent, Command(id, ChangeType.Standard, F.PatchServer) with { ImplementationPlan = implementation, BackoutPlan = null });
            var fromA = fromARequest.ThrowIfRejected();
            var events = new List<DomainEvent>(fromARequest.Events);
            events.AddRange(fromA.ChangeType(F.Agent, ChangeType.Standard, bare).ThrowIfRejected());
            Assert.Equal(((string?)null, (string?)null), (fromA.ImplementationPlan, fromA.BackoutPlan));
            Assert.Equal(fromA.ToSnapshot(), edited.Rebuild(events).ToSnapshot());
        }
    }

    [Fact]
    public void Options_RequiringBackoutPlans_RefuseAModelWithout()
    {
        var error = Assert.Throws<System.ArgumentException>(() => new ChangeManagement(_f.Clock, F.Options with { RequireBackoutPlan = true }));

        Assert.Contains("patch-server", error.Message, System.StringComparison.Ordinal);
        Assert.Contains("backout plan", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Rebuild_ABlankPlanInStoredEventsIsNoPlan()
    {
        var practice = Strict(_f.Clock);
        var requested = (ChangeRequested)practice.Request(F.Agent, F.Command()).Events.Single();

        var rebuilt = practice.Rebuild([requested with { BackoutPlan = "   ", ImplementationPlan = "\t" }]);

        Assert.Null(rebuilt.BackoutPlan);
        Assert.Null(rebuilt.ImplementationPlan);
    }

    [Fact]
    public void BackedOut_IsClosedOnlyWithTheReview()
    {
        var change = _f.Scheduled();
        _f.OpenWindow();
        change.StartImplementation(F.Implementer).ThrowIfRejected();
        change.CompleteImplementation(F.Implementer, ChangeOutcome.BackedOut, "Upgrade failed at step 3; snapshot restored").ThrowIfRejected();
        Assert.Equal(ChangeOutcome.BackedOut, change.Outcome);
        var before = change.ToSnapshot();

        var refused = change.Close(F.Agent);
        Rejected(refused, ChangeRejectionCodes.TextRequired);
        Assert.Contains("backed out", refused.Rejection!.Message, System.StringComparison.Ordinal);
        Assert.Equal(before, change.ToSnapshot());

        change.Close(F.Agent, "Review: the vendor's script assumed 16.1; retry with 16.2's").ThrowIfRejected();
        Assert.Equal(ChangeState.Closed, change.State);
    }

    [Fact]
    public void Plans_SurviveJsonAndRebuild()
    {
        var history = new List<DomainEvent>();
        var logged = _f.Practice.Request(F.Agent, F.Command() with { ImplementationPlan = "Upgrade" });
        var change = logged.Value!;
        history.AddRange(logged.Events);
        history.AddRange(change.UpdatePlans(F.Agent, "Upgrade db01", "Restore").ThrowIfRejected());
        history.AddRange(change.Plan(F.Agent, F.Window).ThrowIfRejected());

        var json = ItilJson.Serialize<IReadOnlyList<DomainEvent>>(history);
        Assert.Contains("\"change.plans-updated\"", json, System.StringComparison.Ordinal);
        var read = ItilJson.Deserialize<IReadOnlyList<DomainEvent>>(json);
        Assert.Equal(history, read);
        Assert.Equal("Upgrade", ((ChangeRequested)read[0]).ImplementationPlan);

        var rebuilt = _f.Practice.Rebuild(read);
        Assert.Equal(change.ToSnapshot(), rebuilt.ToSnapshot());
        Assert.Equal(("Upgrade db01", "Restore"), (rebuilt.ImplementationPlan, rebuilt.BackoutPlan));
    }

    [Fact]
    public void ChangeRequested_EqualityIncludesThePlans()
    {
        var clock = new FakeClock(F.Monday);
        var a = new ChangeManagement(clock, F.Options, () => new System.Guid(1, 0, 0, new byte[8])).Request(F.Agent, F.Command() with { BackoutPlan = "Restore" }).Events.Single();
        clock.Reset(F.Monday);
        var b = new ChangeManagement(clock, F.Options, () => new System.Guid(1, 0, 0, new byte[8])).Request(F.Agent, F.Command() with { BackoutPlan = "Reinstall" }).Events.Single();
        clock.Reset(F.Monday);
        var c = new ChangeManagement(clock, F.Options, () => new System.Guid(1, 0, 0, new byte[8])).Request(F.Agent, F.Command() with { BackoutPlan = "Restore" }).Events.Single();

        Assert.NotEqual(a, b);
        Assert.Equal(a, c);
    }
}
