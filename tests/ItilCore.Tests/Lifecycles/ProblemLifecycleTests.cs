using System;
using System.IO;
using System.Linq;
using FsCheck.Fluent;
using ItilCore.Problems;
using ItilCore.Testing;
using ItilCore.Tests.Support;
using Xunit;
using Properties = ItilCore.Tests.Support.Properties;

namespace ItilCore.Tests.Lifecycles;

public sealed class ProblemLifecycleTests
{
    private const string DiagramPath = "docs/diagrams/problem-lifecycle.mmd";


    [Fact]
    public void Diagram_File_MatchesTheStatelessDefinition()
    {
        GeneratedFile.Check(DiagramPath, ProblemLifecycle.Definition.ToMermaid());
    }

    [Fact]
    public void Definition_CanceledAndDuplicateAreTerminal_ClosedOnlyReanalyzes()
    {
        var lifecycle = ProblemLifecycle.Definition;

        Assert.Equal([ProblemState.Canceled, ProblemState.Duplicate], Enum.GetValues<ProblemState>().Where(lifecycle.IsTerminal));
        Assert.Equal(
            [ProblemTrigger.Reanalyze],
            lifecycle.Transitions.Where(t => t.Source == ProblemState.Closed).Select(t => t.Trigger));
    }

    [Fact]
    public void Definition_ReanalyzeFromFixResolvedAndClosed_BackToRootCauseAnalysis()
    {
        Assert.Equal(
            [ProblemState.FixInProgress, ProblemState.Resolved, ProblemState.Closed],
            ProblemLifecycle.Definition.StatesPermitting(ProblemTrigger.Reanalyze));
        Assert.All(
            ProblemLifecycle.Definition.Transitions.Where(t => t.Trigger == ProblemTrigger.Reanalyze),
            t => Assert.Equal(ProblemState.RootCauseAnalysis, t.Destination));
    }

    [Fact]
    public void Definition_EveryTriggerIsUsed_AndEveryStateIsReachable()
    {
        var transitions = ProblemLifecycle.Definition.Transitions;

        Assert.Equal(Enum.GetValues<ProblemTrigger>(), transitions.Select(t => t.Trigger).Distinct().Order());
        Assert.Equal(
            Enum.GetValues<ProblemState>().Where(s => s != ProblemState.New),
            transitions.Select(t => t.Destination).Where(s => s != ProblemState.New).Distinct().Order());
    }

    /// <summary>The compiled table and a real Stateless machine from the same definition agree on every trigger in every state scenarios reach.</summary>
    [Fact]
    public void CompiledTable_AgreesWithAStatelessMachine()
    {
        var property = Prop.ForAll(ProblemGenerators.Scenarios(PriorityMatrix.ServiceNowDefault), scenario =>
        {
            var run = ProblemRun.Play(c => new ProblemManagement(c), scenario);
            var problem = run.Problem;
            return StatelessAgreement.Holds(ProblemLifecycle.Definition, problem, problem.State);
        });
        Properties.Check(property);
    }
}
