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
}
