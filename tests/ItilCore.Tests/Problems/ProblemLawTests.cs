using ItilCore.Problems;
using ItilCore.Testing;
using NodaTime;
using Xunit;
using Properties = ItilCore.Tests.Support.Properties;

namespace ItilCore.Tests.Problems;

/// <summary>The problem workflow laws of the testing kit, on the default practice and on a 5×5 risk matrix.</summary>
public sealed class ProblemLawTests
{
    private static ProblemManagement Default(IClock clock) => new(clock);

    private static ProblemManagement FiveByFive(IClock clock) => new(clock, new ProblemManagementOptions
    {
        RiskMatrix = PriorityMatrix.Create(new PriorityMatrixDefinition(
            5, 5, 5,
            [[1, 1, 2, 2, 2], [1, 2, 2, 3, 3], [2, 2, 3, 4, 4], [2, 3, 4, 4, 5], [2, 3, 4, 5, 5]],
            PriorityPolarity.MaxIsHighest)),
    });

    [Fact]
    public void RejectedCommand_LeavesStateUnchanged() => Properties.Check(ProblemLaws.RejectedCommandLeavesStateUnchanged(Default));

    [Fact]
    public void Rebuild_EqualsLiveProblem_AlsoAfterJsonRoundTrip() => Properties.Check(ProblemLaws.RebuildEqualsLiveProblem(Default));

    [Fact]
    public void FinalStates_Hold() => Properties.Check(ProblemLaws.FinalStatesHold(Default));

    [Fact]
    public void Events_AreConsecutive() => Properties.Check(ProblemLaws.EventsAreConsecutive(Default));

    [Fact]
    public void AllLaws_HoldForAFiveByFiveRiskMatrix() => Properties.Check(ProblemLaws.All(FiveByFive));

    // Ten levels is the most a scale may have: the generators then have no off-the-matrix level to draw.
    [Fact]
    public void AllLaws_HoldForATenLevelRiskMatrix() => Properties.Check(ProblemLaws.All(clock => new ProblemManagement(clock, new ProblemManagementOptions
    { RiskMatrix = Support.TestMatrices.TenLevels() })));
}
