using System;
using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using ItilCore.Incidents;
using ItilCore.Testing;
using ItilCore.Tests.Support;
using Xunit;
using Properties = ItilCore.Tests.Support.Properties;

namespace ItilCore.Tests.Lifecycles;

public sealed class IncidentLifecycleTests
{
    private const string DiagramPath = "docs/diagrams/incident-lifecycle.mmd";
    private const string ReadmeStart = "<!-- incident-lifecycle:start (generated from IncidentLifecycle by IncidentLifecycleTests; do not edit) -->";
    private const string ReadmeEnd = "<!-- incident-lifecycle:end -->";


    [Fact]
    public void Diagram_File_MatchesTheStatelessDefinition()
    {
        GeneratedFile.Check(DiagramPath, IncidentLifecycle.Definition.ToMermaid());
    }

    [Fact]
    public void Readme_ShowsTheGeneratedDiagram()
    {
        var path = Repository.PathOf("README.md");
        var readme = File.ReadAllText(path);
        var start = readme.IndexOf(ReadmeStart, StringComparison.Ordinal);
        var end = readme.IndexOf(ReadmeEnd, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "README.md lacks the incident-lifecycle markers.");
        var block = ReadmeStart + "\n```mermaid\n" + IncidentLifecycle.Definition.ToMermaid() + "```\n";
        if (GeneratedFile.Update)
        {
            File.WriteAllText(path, readme[..start] + block + readme[end..]);
            readme = File.ReadAllText(path);
            end = readme.IndexOf(ReadmeEnd, StringComparison.Ordinal);
        }

        Assert.Equal(block, readme[start..end]);
    }

    [Theory]
    [InlineData(HoldReason.AwaitingCaller, IncidentState.InProgress)]
    [InlineData(HoldReason.AwaitingChange, IncidentState.OnHold)]
    [InlineData(HoldReason.AwaitingProblem, IncidentState.OnHold)]
    [InlineData(HoldReason.AwaitingVendor, IncidentState.OnHold)]
    public void Definition_CallerUpdateGuardsOnHold_ExactlyOneHoldsForEveryReason(HoldReason reason, IncidentState expected)
    {
        var fixture = new Fixture();
        var incident = fixture.InProgress();
        incident.PutOnHold(Fixture.Agent, reason, "Please send a screenshot").ThrowIfRejected();
        var candidates = IncidentLifecycle.Definition.Transitions
            .Where(t => t.Source == IncidentState.OnHold && t.Trigger == IncidentTrigger.CallerUpdate)
            .ToArray();

        var holding = candidates.Where(t => t.Guards.All(g => g.Predicate(incident))).ToArray();

        Assert.Equal(2, candidates.Length);
        Assert.Equal(expected, Assert.Single(holding).Destination);
    }

    [Fact]
    public void Definition_ClosedAndCanceledAreTerminal()
    {
        var lifecycle = IncidentLifecycle.Definition;

        Assert.Equal(
            [IncidentState.Closed, IncidentState.Canceled],
            Enum.GetValues<IncidentState>().Where(lifecycle.IsTerminal));
    }

    [Fact]
    public void Definition_ReopenOnlyFromResolved()
    {
        Assert.Equal([IncidentState.Resolved], IncidentLifecycle.Definition.StatesPermitting(IncidentTrigger.Reopen));
    }

    /// <summary>
    /// The compiled table and a real Stateless machine configured from the same definition agree on every trigger, in
    /// every state the generated scenarios reach.
    /// </summary>
    [Fact]
    public void CompiledTable_AgreesWithAStatelessMachine()
    {
        var property = Prop.ForAll(IncidentGenerators.Scenarios(PriorityMatrix.ServiceNowDefault), scenario =>
        {
            var run = IncidentRun.Play(c => new IncidentManagement(c), scenario);
            var incident = run.Incident;
            return StatelessAgreement.Holds(IncidentLifecycle.Definition, incident, incident.State);
        });
        Properties.Check(property);
    }
}
