using System;
using System.IO;
using System.Linq;
using FsCheck.Fluent;
using ItilCore.Changes;
using ItilCore.Testing;
using ItilCore.Tests.Changes;
using ItilCore.Tests.Support;
using Xunit;
using Properties = ItilCore.Tests.Support.Properties;

namespace ItilCore.Tests.Lifecycles;

public sealed class ChangeLifecycleTests
{

    [Theory]
    [InlineData(ChangeType.Normal, "docs/diagrams/change-lifecycle-normal.mmd")]
    [InlineData(ChangeType.Standard, "docs/diagrams/change-lifecycle-standard.mmd")]
    [InlineData(ChangeType.Emergency, "docs/diagrams/change-lifecycle-emergency.mmd")]
    public void Diagram_File_MatchesTheStatelessDefinition(ChangeType type, string relative)
    {
        GeneratedFile.Check(relative, ChangeLifecycle.For(type).ToMermaid());
    }

    [Theory]
    [InlineData(ChangeType.Normal, new[] { ChangeState.New, ChangeState.Assess, ChangeState.Authorize, ChangeState.Scheduled, ChangeState.Implement })]
    [InlineData(ChangeType.Standard, new[] { ChangeState.New, ChangeState.Scheduled, ChangeState.Implement })]
    [InlineData(ChangeType.Emergency, new[] { ChangeState.New, ChangeState.Authorize, ChangeState.Scheduled, ChangeState.Implement })]
    public void Definition_CancelUpToImplement_HoldInTheSameStates(ChangeType type, ChangeState[] states)
    {
        var lifecycle = ChangeLifecycle.For(type);
        Assert.Equal(states, lifecycle.StatesPermitting(ChangeTrigger.Cancel));
        Assert.Equal(states, lifecycle.StatesPermitting(ChangeTrigger.PutOnHold));
        Assert.Equal([ChangeState.New], lifecycle.StatesPermitting(ChangeTrigger.ChangeType));
    }

    [Fact]
    public void Definition_RevertToNew_NormalFromAssessAndAuthorize_EmergencyFromAuthorize_StandardNever()
    {
        Assert.Equal([ChangeState.Assess, ChangeState.Authorize], ChangeLifecycle.Normal.StatesPermitting(ChangeTrigger.RevertToNew));
        Assert.Equal([ChangeState.Authorize], ChangeLifecycle.Emergency.StatesPermitting(ChangeTrigger.RevertToNew));
        Assert.Empty(ChangeLifecycle.Standard.StatesPermitting(ChangeTrigger.RevertToNew));
        Assert.Empty(ChangeLifecycle.Standard.StatesPermitting(ChangeTrigger.Approve));
    }

    [Fact]
    public void Definition_AssessRisk_NormalInNewAndAssess_EmergencyInNewAndAuthorize_StandardNever()
    {
        Assert.Equal([ChangeState.New, ChangeState.Assess], ChangeLifecycle.Normal.StatesPermitting(ChangeTrigger.AssessRisk));
        Assert.Equal([ChangeState.New, ChangeState.Authorize], ChangeLifecycle.Emergency.StatesPermitting(ChangeTrigger.AssessRisk));
        Assert.Empty(ChangeLifecycle.Standard.StatesPermitting(ChangeTrigger.AssessRisk));
    }

    [Theory]
    [InlineData(ChangeType.Normal)]
    [InlineData(ChangeType.Standard)]
    [InlineData(ChangeType.Emergency)]
    public void Definition_ClosedAndCanceledAreTerminal(ChangeType type)
    {
        var lifecycle = ChangeLifecycle.For(type);
        var used = lifecycle.Transitions.SelectMany(t => new[] { t.Source, t.Destination }).Distinct();
        Assert.Equal([ChangeState.Closed, ChangeState.Canceled], used.Where(lifecycle.IsTerminal).Order());
    }

    [Fact]
    public void CompiledTables_AgreeWithStatelessMachines()
    {
        Properties.Check(Prop.ForAll(ChangeGenerators.Scenarios(ChangeFixture.Options), scenario =>
        {
            var run = ChangeRun.Play(c => new ChangeManagement(c, ChangeFixture.Options), scenario);
            var change = run.Change;
            return StatelessAgreement.Holds(change.Lifecycle, change, change.State);
        }));
    }
}
