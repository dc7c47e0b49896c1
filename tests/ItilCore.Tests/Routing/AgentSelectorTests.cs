using ItilCore.ServiceLevels;
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ItilCore.Routing;
using NodaTime;
using Xunit;

namespace ItilCore.Tests.Routing;

public class AgentSelectorTests
{
    private static readonly AssignmentGroupId Group = new("network");
    private static readonly Instant Noon = Instant.FromUtc(2026, 3, 2, 12, 0);
    private static readonly Instant Night = Instant.FromUtc(2026, 3, 2, 23, 0);
    private static readonly CalendarId Day = new("day-shift");

    private static readonly SupportAgent Ann = new(new ActorId("ann")) { Skills = new Dictionary<string, int> { ["cisco"] = 3, ["linux"] = 1 } };
    private static readonly SupportAgent Bob = new(new ActorId("bob")) { Skills = new Dictionary<string, int> { ["cisco"] = 1 }, Shift = Day };
    private static readonly SupportAgent Cid = new(new ActorId("cid")) { Skills = new Dictionary<string, int> { ["linux"] = 2 } };

    private static AgentSelector Selector(AgentSelectionStrategy strategy)
        => new(Group, [Ann, Bob, Cid], strategy, new Dictionary<CalendarId, IBusinessHours> { [Day] = new DayShift() });

    [Fact]
    public void Select_RoundRobin_TakesTurnsAndSkipsAgentsOffShift()
    {
        var selector = Selector(AgentSelectionStrategy.RoundRobin);

        Assert.Equal(["ann", "bob", "cid", "ann"], Enumerable.Range(0, 4).Select(_ => selector.Select(Noon)!.Value.Value));
        Assert.DoesNotContain("bob", Enumerable.Range(0, 6).Select(_ => selector.Select(Night)!.Value.Value));
    }

    [Fact]
    public void Select_RoundRobinWithAnAgentOffShift_SharesEquallyAmongTheOthers()
    {
        var selector = Selector(AgentSelectionStrategy.RoundRobin);

        Assert.Equal(["ann", "cid", "ann", "cid", "ann", "cid"], Enumerable.Range(0, 6).Select(_ => selector.Select(Night)!.Value.Value));
    }

    [Fact]
    public void Select_RoundRobinAfterAShiftChange_ContinuesAfterTheAgentChosenLast()
    {
        var selector = Selector(AgentSelectionStrategy.RoundRobin);

        Assert.Equal(["ann", "cid"], Enumerable.Range(0, 2).Select(_ => selector.Select(Night)!.Value.Value));
        Assert.Equal(["ann", "bob", "cid"], Enumerable.Range(0, 3).Select(_ => selector.Select(Noon)!.Value.Value));
    }

    [Fact]
    public void Select_RoundRobinWithOnlyOneEligible_ChoosesThatAgentEveryTime()
    {
        var selector = Selector(AgentSelectionStrategy.RoundRobin);

        Assert.All(Enumerable.Range(0, 3).Select(_ => selector.Select(Noon, [new SkillRequirement("cisco", 2)])!.Value.Value), a => Assert.Equal("ann", a));
    }

    [Fact]
    public void Select_LeastLoadedWhenEveryLoadIsTheMaximum_ChoosesTheFirstListed()
    {
        var load = new Workload(new() { ["ann"] = int.MaxValue, ["bob"] = int.MaxValue, ["cid"] = int.MaxValue });

        Assert.Equal("ann", Selector(AgentSelectionStrategy.LeastLoaded).Select(Noon, workload: load)!.Value.Value);
    }

    [Fact]
    public void Select_SkillsGivenCaseInsensitive_StayCaseInsensitive()
    {
        var dee = new SupportAgent(new ActorId("dee")) { Skills = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["Cisco"] = 3 } };
        var selector = new AgentSelector(Group, [dee], AgentSelectionStrategy.RoundRobin);

        Assert.Equal("dee", selector.Select(Noon, [new SkillRequirement("cisco", 2)])!.Value.Value);
        Assert.Null(new AgentSelector(Group, [Ann], AgentSelectionStrategy.RoundRobin).Select(Noon, [new SkillRequirement("CISCO", 2)]));
    }

    public static TheoryData<string> SkillDictionaries => new() { "frozen", "immutable" };

    [Theory]
    [MemberData(nameof(SkillDictionaries))]
    public void Select_SkillsCaseInsensitive_InAnyDictionary_StayCaseInsensitive(string kind)
    {
        var skills = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["Cisco"] = 3 };
        IReadOnlyDictionary<string, int> given = kind switch
        {
            "frozen" => System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(skills, StringComparer.OrdinalIgnoreCase),
            "immutable" => System.Collections.Immutable.ImmutableDictionary.CreateRange(StringComparer.OrdinalIgnoreCase, skills),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        var selector = new AgentSelector(Group, [new SupportAgent(new ActorId("dee")) { Skills = given }], AgentSelectionStrategy.RoundRobin);

        Assert.Equal("dee", selector.Select(Noon, [new SkillRequirement("cisco", 2)])!.Value.Value);
    }

    [Fact]
    public void Select_SkillsGivenAsAReadOnlyView_AreFixedAtConstruction()
    {
        var skills = new Dictionary<string, int> { ["cisco"] = 3 };
        var selector = new AgentSelector(Group, [new SupportAgent(new ActorId("dee")) { Skills = new System.Collections.ObjectModel.ReadOnlyDictionary<string, int>(skills) }], AgentSelectionStrategy.RoundRobin);

        skills.Remove("cisco");

        Assert.Equal("dee", selector.Select(Noon, [new SkillRequirement("cisco", 2)])!.Value.Value);
    }

    [Fact]
    public void Select_LeastLoaded_BreaksTiesByGroupOrder()
    {
        var load = new Workload(new() { ["ann"] = 4, ["bob"] = 2, ["cid"] = 2 });

        Assert.Equal("bob", Selector(AgentSelectionStrategy.LeastLoaded).Select(Noon, workload: load)!.Value.Value);
        Assert.Equal("cid", Selector(AgentSelectionStrategy.LeastLoaded).Select(Night, workload: load)!.Value.Value);
    }

    [Fact]
    public void Select_MandatorySkillLevel_ExcludesAndOptionalSkillsRank()
    {
        var selector = Selector(AgentSelectionStrategy.LeastLoaded);
        var load = new Workload(new() { ["ann"] = 9, ["bob"] = 0, ["cid"] = 0 });

        Assert.Equal("ann", selector.Select(Noon, [new SkillRequirement("cisco", 2)], load)!.Value.Value);
        Assert.Equal("ann", selector.Select(Noon, [new SkillRequirement("linux", 1, Mandatory: false), new SkillRequirement("cisco", 1, Mandatory: false)], load)!.Value.Value);
        Assert.Null(selector.Select(Noon, [new SkillRequirement("oracle")], load));
    }

    [Fact]
    public void Select_RoundRobinFromManyThreads_GivesEveryAgentAnEqualShare()
    {
        var selector = Selector(AgentSelectionStrategy.RoundRobin);
        var picks = new string[10_000];

        Parallel.For(0, picks.Length, i => picks[i] = selector.Select(Night)!.Value.Value);

        Assert.Equal(5_000, picks.Count(p => p == "ann"));
        Assert.Equal(5_000, picks.Count(p => p == "cid"));
    }

    [Fact]
    public void Constructor_UnknownShift_ThrowsNamingTheParameter()
        => Assert.Equal("shifts", Assert.Throws<ArgumentException>(() => new AgentSelector(Group, [Bob], AgentSelectionStrategy.RoundRobin)).ParamName);

    [Fact]
    public void Constructor_AgentWithoutSkills_ThrowsNamingTheParameterAndTheAgent()
    {
        var dee = new SupportAgent(new ActorId("dee")) { Skills = null! };

        var e = Assert.Throws<ArgumentException>(() => new AgentSelector(Group, [Ann, dee], AgentSelectionStrategy.RoundRobin));

        Assert.Equal("agents", e.ParamName);
        Assert.Contains("dee", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_AgentWithAnEmptyId_ThrowsNamingTheParameter()
    {
        var nobody = new SupportAgent(default);

        var e = Assert.Throws<ArgumentException>(() => new AgentSelector(Group, [Ann, nobody], AgentSelectionStrategy.RoundRobin));

        Assert.Equal("agents", e.ParamName);
        Assert.Contains("Agent 1 has an empty (default) id", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Select_NullSkillRequirement_ThrowsNamingTheParameterAndTheRequirement()
    {
        var e = Assert.Throws<ArgumentException>(() => Selector(AgentSelectionStrategy.RoundRobin).Select(Noon, [new SkillRequirement("cisco"), null!]));

        Assert.Equal("skills", e.ParamName);
        Assert.Contains("requirement 1 is null", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Select_RequirementWithoutASkillName_ThrowsNamingTheParameterAndTheRequirement()
    {
        var e = Assert.Throws<ArgumentException>(() => Selector(AgentSelectionStrategy.RoundRobin).Select(Noon, [new SkillRequirement("cisco"), new SkillRequirement(null!)]));

        Assert.Equal("skills", e.ParamName);
        Assert.Contains("requirement 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Select_BadRequirementAfterOneNobodyMeets_StillThrows()
        => Assert.Equal("skills", Assert.Throws<ArgumentException>(() => Selector(AgentSelectionStrategy.RoundRobin).Select(Noon, [new SkillRequirement("oracle"), null!])).ParamName);

    [Fact]
    public void Select_BadRequirement_DoesNotMoveTheRotation()
    {
        var selector = Selector(AgentSelectionStrategy.RoundRobin);

        Assert.Throws<ArgumentException>(() => selector.Select(Noon, [null!]));

        Assert.Equal("ann", selector.Select(Noon)!.Value.Value);
    }

    private sealed class DayShift : IBusinessHours
    {
        public bool IsOpenAt(Instant instant) => instant.InUtc().Hour is >= 8 and < 18;
    }

    private sealed class Workload(Dictionary<string, int> open) : IAgentWorkload
    {
        public int OpenWorkOf(ActorId agent) => open[agent.Value];
    }
}
