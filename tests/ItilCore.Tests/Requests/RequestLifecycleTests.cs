using System;
using System.IO;
using System.Linq;
using FsCheck.Fluent;
using ItilCore.Requests;
using ItilCore.Testing;
using ItilCore.Tests.Support;
using Xunit;
using Properties = ItilCore.Tests.Support.Properties;

namespace ItilCore.Tests.Requests;

public sealed class RequestLifecycleTests
{
    private const string DiagramPath = "docs/diagrams/request-lifecycle.mmd";


    [Fact]
    public void Diagram_File_MatchesTheStatelessDefinition()
    {
        GeneratedFile.Check(DiagramPath, RequestLifecycle.Definition.ToMermaid());
    }

    [Fact]
    public void Definition_RejectedClosedAndCanceledAreTerminal()
        => Assert.Equal(
            [ServiceRequestState.Rejected, ServiceRequestState.Closed, ServiceRequestState.Canceled],
            Enum.GetValues<ServiceRequestState>().Where(RequestLifecycle.Definition.IsTerminal));

    [Fact]
    public void Definition_CancelUntilFulfilled()
        => Assert.Equal(
            [ServiceRequestState.Submitted, ServiceRequestState.AwaitingApproval, ServiceRequestState.Approved, ServiceRequestState.Fulfilling],
            RequestLifecycle.Definition.StatesPermitting(ServiceRequestTrigger.Cancel));

    [Fact]
    public void Definition_HoldOnlyWhileApprovedOrFulfilling()
    {
        Assert.Equal([ServiceRequestState.Approved, ServiceRequestState.Fulfilling], RequestLifecycle.Definition.StatesPermitting(ServiceRequestTrigger.PutOnHold));
        Assert.Equal([ServiceRequestState.Approved, ServiceRequestState.Fulfilling], RequestLifecycle.Definition.StatesPermitting(ServiceRequestTrigger.Resume));
    }

    [Fact]
    public void Definition_SkipAndCloseIncompleteHaveTheTransitionsOfCompleteTask()
    {
        string[] Of(ServiceRequestTrigger trigger) => RequestLifecycle.Definition.Transitions
            .Where(t => t.Trigger == trigger)
            .Select(t => $"{t.Source} -> {t.Destination} [{string.Join("] [", t.Guards.Select(g => g.Description))}]")
            .ToArray();

        Assert.Equal(
            [
                "Fulfilling -> Fulfilled [the request is not on hold] [one fulfilment task is open]",
                "Fulfilling -> Fulfilling [the request is not on hold] [more than one fulfilment task is open]",
            ],
            Of(ServiceRequestTrigger.CompleteTask));
        Assert.Equal(Of(ServiceRequestTrigger.CompleteTask), Of(ServiceRequestTrigger.SkipTask));
        Assert.Equal(Of(ServiceRequestTrigger.CompleteTask), Of(ServiceRequestTrigger.CloseTaskIncomplete));
    }

    /// <summary>The compiled table and a real Stateless machine from the same definition agree on every trigger in every reached state.</summary>
    [Fact]
    public void CompiledTable_AgreesWithAStatelessMachine()
    {
        var property = Prop.ForAll(RequestGenerators.Scenarios(RequestGenerators.SampleCatalog), scenario =>
        {
            var run = RequestRun.Play(c => new RequestFulfilment(c, RequestGenerators.SampleCatalog), scenario);
            var request = run.Request;
            return StatelessAgreement.Holds(RequestLifecycle.Definition, request, request.State);
        });
        Properties.Check(property);
    }
}
