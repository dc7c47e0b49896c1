using System;
using System.Linq;
using System.Threading.Tasks;
using ItilCore.Catalog;
using ItilCore.Configuration;
using ItilCore.Problems;
using ItilCore.Tests.Support;
using Xunit;
using static ItilCore.Tests.Support.ProblemFixture;

namespace ItilCore.Tests.Problems;

public sealed class KnownErrorRegisterTests
{
    private static readonly ConfigurationItemId Lb01 = new("lb01");
    private static readonly ServiceId Web = new("web");

    private static KnownError Error(string problem, string[] items, ServiceId? service = null)
        => new(new ProblemId(problem), "Symptom of " + problem, "Cause", items.Select(i => new ConfigurationItemId(i)).ToArray(), "Workaround", service);

    [Fact]
    public void FindByConfigurationItemAndService_ReturnsMatchesSortedByProblem()
    {
        var register = KnownErrorRegister.Empty
            .With(Error("PRB3", ["mx01", "lb01"], Email))
            .With(Error("PRB1", ["mx01"], Web))
            .With(Error("PRB2", ["db01"]));

        Assert.Equal(["PRB1", "PRB3"], register.FindByConfigurationItem(Mx01).Select(k => k.Problem.Value));
        Assert.Equal(["PRB3"], register.FindByConfigurationItem(Lb01).Select(k => k.Problem.Value));
        Assert.Equal(["PRB3"], register.FindByService(Email).Select(k => k.Problem.Value));
        Assert.Empty(register.FindByConfigurationItem(new ConfigurationItemId("nothing")));
        Assert.Empty(register.FindByService(new ServiceId("nothing")));
        Assert.Equal(3, register.Count);
        Assert.Equal(["PRB1", "PRB2", "PRB3"], register.All.Select(k => k.Problem.Value));
    }

    [Fact]
    public void With_ReplacesTheProblemsEntry_AndReindexes()
    {
        var first = KnownErrorRegister.Empty.With(Error("PRB1", ["mx01"], Email));

        var second = first.With(Error("PRB1", ["lb01"]));

        Assert.Empty(second.FindByConfigurationItem(Mx01));
        Assert.Empty(second.FindByService(Email));
        Assert.Single(second.FindByConfigurationItem(Lb01));
        Assert.Single(first.FindByConfigurationItem(Mx01)); // the old register is unchanged
        Assert.Equal(1, second.Count);
    }

    [Fact]
    public void With_CopiesTheAffectedItems_SoChangingThemLaterChangesNothing()
    {
        // The indexes were built from the caller's array while the entry kept it: a later change broke Without and With.
        ConfigurationItemId[] items = [Mx01];
        var register = KnownErrorRegister.Empty.With(new KnownError(new ProblemId("PRB1"), "Stuck", "Cause", items, "Restart"));

        items[0] = new ConfigurationItemId("db01");

        Assert.Equal([Mx01], Assert.Single(register.FindByConfigurationItem(Mx01)).AffectedItems);
        Assert.Empty(register.Without(new ProblemId("PRB1")).FindByConfigurationItem(Mx01));
        Assert.Equal(1, register.With(Error("PRB1", ["lb01"])).Count);
    }

    [Fact]
    public void Without_RemovesEverywhere()
    {
        var register = KnownErrorRegister.Empty.With(Error("PRB1", ["mx01"], Email)).With(Error("PRB2", ["mx01"]));

        var after = register.Without(new ProblemId("PRB1"));

        Assert.Equal(["PRB2"], after.FindByConfigurationItem(Mx01).Select(k => k.Problem.Value));
        Assert.Empty(after.FindByService(Email));
        Assert.False(after.TryGet(new ProblemId("PRB1"), out _));
        Assert.Same(after, after.Without(new ProblemId("PRB1")));
    }

    [Fact]
    public void FromProblems_KeepsOpenAndRiskAcceptedKnownErrors_DropsFixedOnes()
    {
        var f = new ProblemFixture();
        var open = f.WithKnownError("PRB1");
        var accepted = f.WithKnownError("PRB2");
        accepted.AcceptRisk(Agent, "Retiring soon").ThrowIfRejected();
        var fixedOne = f.Closed("PRB3");
        var none = f.Analysing("PRB4");

        var register = KnownErrorRegister.FromProblems([open, accepted, fixedOne, none]);

        Assert.Equal(["PRB1", "PRB2"], register.FindByConfigurationItem(Mx01).Select(k => k.Problem.Value));
        Assert.True(register.TryGet(open.Id, out var known));
        Assert.Equal("Restart the relay service", known.Workaround);
    }

    [Fact]
    public void Lookups_AreSafeFromManyThreads()
    {
        var register = Enumerable.Range(0, 500).Aggregate(KnownErrorRegister.Empty, (r, i) => r.With(Error($"PRB{i:D4}", [$"ci-{i % 50}"])));

        Parallel.For(0, 1000, i => Assert.Equal(10, register.FindByConfigurationItem(new ConfigurationItemId($"ci-{i % 50}")).Count));
    }

    [Fact]
    public void With_Misuse_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => KnownErrorRegister.Empty.With(null!));
        Assert.Equal("knownError", Assert.Throws<ArgumentException>(() => KnownErrorRegister.Empty.With(Error("PRB1", []) with { Problem = default })).ParamName);
        Assert.Equal("knownError", Assert.Throws<ArgumentException>(() => KnownErrorRegister.Empty.With(Error("PRB1", []) with { Service = default(ItilCore.Catalog.ServiceId) })).ParamName);
    }
}
