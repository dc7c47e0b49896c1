using System.Linq;
using FsCheck.Fluent;
using ItilCore.Requests;
using ItilCore.Testing;
using NodaTime;
using NodaTime.Testing;
using Xunit;
using Properties = ItilCore.Tests.Support.Properties;

namespace ItilCore.Tests.Requests;

/// <summary>The workflow laws of the testing kit, on the sample catalogue and on random catalogues.</summary>
public sealed class RequestLawTests
{
    private static RequestFulfilment Sample(IClock clock) => new(clock, RequestGenerators.SampleCatalog);

    [Fact]
    public void RejectedCommand_LeavesStateUnchanged() => Properties.Check(RequestLaws.RejectedCommandLeavesStateUnchanged(Sample));

    [Fact]
    public void Rebuild_EqualsLiveRequest() => Properties.Check(RequestLaws.RebuildEqualsLiveRequest(Sample));

    [Fact]
    public void SegregationOfDuties_AlwaysHolds() => Properties.Check(RequestLaws.SegregationOfDutiesHolds(Sample));

    [Fact]
    public void FinalStates_AreTerminal() => Properties.Check(RequestLaws.FinalStatesAreTerminal(Sample));

    [Fact]
    public void Events_AreConsecutive() => Properties.Check(RequestLaws.EventsAreConsecutive(Sample));

    /// <summary>
    /// The kit's scenarios complete, skip and close tasks incomplete, each accepted (also for the last open task, which
    /// fulfils the request) and refused by the lifecycle, and every such refusal names the command that was called.
    /// </summary>
    [Fact]
    public void Scenarios_ExerciseEveryTaskCommand_AndLifecycleRefusalsNameIt()
    {
        // A fixed seed, so that the counts are the same on every run.
        var steps = RequestGenerators.Scenario(RequestGenerators.SampleCatalog, 60).Sample(300, new FsCheck.Rnd(20260302UL), 300)
            .SelectMany(scenario => RequestRun.Play(Sample, scenario).Steps)
            .Select(s => (Words: s.Command switch
            {
                RequestCommand.CompleteTask => "Complete Task",
                RequestCommand.SkipTask => "Skip Task",
                RequestCommand.CloseTaskIncomplete => "Close Task Incomplete",
                _ => null,
            }, Step: s))
            .Where(s => s.Words is not null)
            .ToArray();
        var lifecycleCodes = new[] { RequestRejectionCodes.NotPermitted, RequestRejectionCodes.ConditionNotMet };
        var refused = steps.Where(s => s.Step.Result?.Rejection is { } r && lifecycleCodes.Contains(r.Code)).ToArray();

        foreach (var words in new[] { "Complete Task", "Skip Task", "Close Task Incomplete" })
        {
            var accepted = steps.Where(s => s.Words == words && s.Step.Result is { IsAccepted: true }).ToArray();
            var fulfilling = accepted.Count(s => s.Step.After.State == ServiceRequestState.Fulfilled);
            var refusals = refused.Count(s => s.Words == words);
            Assert.True(
                accepted.Length >= 10 && fulfilling >= 5 && refusals >= 100,
                $"{words}: {accepted.Length} accepted ({fulfilling} fulfilling the request), {refusals} refused by the lifecycle");
        }

        // "Skip Task is possible only from …", "… is not possible while …", "The request is Closed, which is final: Skip Task is …".
        Assert.All(refused, s => Assert.Matches($"(^|: ){s.Words} is ", s.Step.Result!.Value.Rejection!.Message));
    }

    [Fact]
    public void InvalidSubmission_IsAlwaysRejectedNamingTheField()
    {
        var codes = new[] { RequestRejectionCodes.MissingField, RequestRejectionCodes.InvalidField, RequestRejectionCodes.UnknownField };
        var gen = from item in Gen.Elements(RequestGenerators.SampleCatalog.Items.ToArray())
                  from submit in RequestGenerators.InvalidSubmission(item)
                  select submit;
        Properties.Check(Prop.ForAll(gen.ToArbitrary(), submit =>
        {
            var result = new RequestFulfilment(new FakeClock(RequestRun.Start), RequestGenerators.SampleCatalog).Submit(new ActorId("agent"), submit);
            return result.IsRejected && codes.Contains(result.Rejection.Code) && result.Events.Count == 0 && result.Rejection.Message.Contains('\'');
        }));
    }

    [Fact]
    public void AllLaws_HoldForRandomCatalogues()
        => FsCheck.Check.One(FsCheck.Config.QuickThrowOnFailure.WithMaxTest(40), Prop.ForAll(RequestGenerators.Catalog().ToArbitrary(), catalog =>
            FsCheck.Check.One(FsCheck.Config.QuickThrowOnFailure.WithMaxTest(5), RequestLaws.All(c => new RequestFulfilment(c, catalog), 30))));

    [Fact]
    public void Laws_OnAPracticeWhoseEventIdsRepeat_FailNamingTheIdAndBothEvents()
    {
        // Every event gets the same id: a store keyed by event id would keep only the first.
        var same = new System.Guid("0f0f0f0f-0000-0000-0000-000000000001");

        var e = Assert.ThrowsAny<System.Exception>(() => Properties.Check(RequestLaws.All(clock => new RequestFulfilment(clock, RequestGenerators.SampleCatalog, () => same))));

        Assert.Matches($@"with event id {same}, which request\.submitted of \S+ \(version 1\) already has", e.Message);
        Assert.Contains("the practice's event id source must give every event its own id", e.Message, System.StringComparison.Ordinal);
    }
}
