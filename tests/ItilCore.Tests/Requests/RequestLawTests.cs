using FsCheck.Fluent;
using ItilCore.Requests;
using ItilCore.Testing;
using NodaTime;
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
    public void AllLaws_HoldForRandomCatalogues()
        => FsCheck.Check.One(FsCheck.Config.QuickThrowOnFailure.WithMaxTest(40), Prop.ForAll(RequestGenerators.Catalog().ToArbitrary(), catalog =>
            FsCheck.Check.One(FsCheck.Config.QuickThrowOnFailure.WithMaxTest(5), RequestLaws.All(c => new RequestFulfilment(c, catalog), 30))));
}
