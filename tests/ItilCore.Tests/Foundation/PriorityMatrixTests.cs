using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace ItilCore.Tests.Foundation;

public sealed class PriorityMatrixTests
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(1, 2, 2)]
    [InlineData(1, 3, 3)]
    [InlineData(2, 1, 2)]
    [InlineData(2, 2, 3)]
    [InlineData(2, 3, 4)]
    [InlineData(3, 1, 3)]
    [InlineData(3, 2, 4)]
    [InlineData(3, 3, 5)]
    public void ServiceNowDefault_EveryCell_MatchesServiceNow(int impact, int urgency, int priority)
    {
        Assert.Equal(new Priority(priority), PriorityMatrix.ServiceNowDefault.Calculate(new Impact(impact), new Urgency(urgency)));
    }

    [Fact]
    public void ServiceNowDefault_NamesPriorities()
    {
        Assert.Equal("Critical", PriorityMatrix.ServiceNowDefault.NameOf(new Priority(1)));
        Assert.Equal("Planning", PriorityMatrix.ServiceNowDefault.NameOf(new Priority(5)));
    }

    [Fact]
    public void Create_ThreeByFourITop_Works()
    {
        var matrix = PriorityMatrix.Create(new PriorityMatrixDefinition(3, 4, 4, [[1, 1, 2, 4], [1, 2, 3, 4], [2, 3, 3, 4]]));

        Assert.Equal(new Priority(3), matrix.Calculate(new Impact(2), new Urgency(3)));
        Assert.Equal(4, matrix.UrgencyLevels);
    }

    [Fact]
    public void Create_MaxIsHighestPolarity_ComparesImportanceAccordingly()
    {
        var glpi = PriorityMatrix.Create(new PriorityMatrixDefinition(2, 2, 5, [[1, 2], [2, 5]], PriorityPolarity.MaxIsHighest));

        Assert.True(glpi.CompareImportance(new Priority(5), new Priority(1)) > 0);
        Assert.True(PriorityMatrix.ServiceNowDefault.CompareImportance(new Priority(5), new Priority(1)) < 0);
        Assert.Equal([5, 4, 3, 2, 1], glpi.PrioritiesHighestFirst.Select(p => p.Level));
    }

    [Theory]
    [InlineData(MissingCellPolicy.RoundedMean, null, 4)]
    [InlineData(MissingCellPolicy.Lowest, null, 5)]
    [InlineData(MissingCellPolicy.Fixed, 4, 4)]
    public void Create_MissingCellWithFallback_UsesTheFallback(MissingCellPolicy policy, int? fixedPriority, int expected)
    {
        var matrix = PriorityMatrix.Create(new PriorityMatrixDefinition(3, 3, 5, [[1, 2, 3], [2, 3, null], [3, 4, 5]], Fallback: policy, FallbackPriority: fixedPriority));

        Assert.Equal(new Priority(expected), matrix.Calculate(new Impact(2), new Urgency(3)));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(10)]
    public void Create_RoundedMeanOnEqualScales_IsGlpisFormula(int levels)
    {
        var empty = Enumerable.Range(0, levels).Select(_ => (IReadOnlyList<int?>)new int?[levels]).ToArray();
        var matrix = PriorityMatrix.Create(new PriorityMatrixDefinition(levels, levels, levels, empty, PriorityPolarity.MaxIsHighest, MissingCellPolicy.RoundedMean));

        for (var impact = 1; impact <= levels; impact++)
        {
            for (var urgency = 1; urgency <= levels; urgency++)
            {
                var glpi = (int)Math.Round((impact + urgency) / 2.0, MidpointRounding.AwayFromZero);
                Assert.Equal(glpi, matrix.Calculate(new Impact(impact), new Urgency(urgency)).Level);
            }
        }
    }

    [Fact]
    public void Create_RoundedMeanOnUnequalScales_RoundsAnExactHalfUp()
    {
        // 3 impacts, 4 urgencies, 7 priorities; impact 2 and urgency 3 sit at 1/2 and 2/3 of their scales: the mean, 7/12,
        // is 3.5 steps up the priority scale, which rounds to 4: priority 5.
        var empty = Enumerable.Range(0, 3).Select(_ => (IReadOnlyList<int?>)new int?[4]).ToArray();
        var matrix = PriorityMatrix.Create(new PriorityMatrixDefinition(3, 4, 7, empty, PriorityPolarity.MaxIsHighest, MissingCellPolicy.RoundedMean));

        Assert.Equal(new Priority(5), matrix.Calculate(new Impact(2), new Urgency(3)));
    }

    [Fact]
    public void Create_CopiesTheDefinition_SoLaterChangesDoNotLeakIn()
    {
        var row = new int?[] { 1, 2 };
        var matrix = PriorityMatrix.Create(new PriorityMatrixDefinition(1, 2, 2, [row]));

        row[0] = 2;

        Assert.Equal(new Priority(1), matrix.Calculate(new Impact(1), new Urgency(1)));
        Assert.Equal(1, matrix.Definition.Cells[0][0]);
    }

    [Fact]
    public void Create_HugeLevels_AreReportedNotOverflowed()
    {
        var e = Assert.Throws<InvalidDefinitionException>(() => PriorityMatrix.Create(new PriorityMatrixDefinition(50_000, 50_000, 3, [[1]])));
        Assert.Contains(e.Problems, p => p.Path == "$.impactLevels");
    }

    [Fact]
    public void Create_InvalidDefinition_ReportsEveryProblemWithItsPath()
    {
        var definition = new PriorityMatrixDefinition(3, 2, 4, [[1, 9], [2, null], [3]], Fallback: MissingCellPolicy.Fixed, PriorityNames: ["a", " "]);

        var e = Assert.Throws<InvalidDefinitionException>(() => PriorityMatrix.Create(definition));

        Assert.Equal(
            [
                "$.cells[0][1]: priority 9 is outside the scale 1 to 4",
                "$.cells[2]: the row has 1 cells; one per urgency level (2) is required",
                "$.fallbackPriority: the fixed fallback needs a priority between 1 and 4",
                "$.priorityNames: there are 2 names for 4 priority levels",
                "$.priorityNames[1]: the name is empty",
            ],
            e.Problems.Select(p => p.ToString()));
        Assert.Contains("priority matrix is invalid (5 problems)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_EmptyCellWithoutFallback_IsInvalid()
    {
        var e = Assert.Throws<InvalidDefinitionException>(() => PriorityMatrix.Create(new PriorityMatrixDefinition(1, 2, 2, [[1, null]])));
        Assert.Equal("$.fallback", Assert.Single(e.Problems).Path);
    }

    [Fact]
    public void Create_LevelsOutOfRange_AreReported()
    {
        var e = Assert.Throws<InvalidDefinitionException>(() => PriorityMatrix.Create(new PriorityMatrixDefinition(0, 11, 3, [])));
        Assert.Equal(["$.impactLevels", "$.urgencyLevels"], e.Problems.Select(p => p.Path));
    }

    [Fact]
    public void Calculate_OffTheMatrix_ThrowsNamingTheArgument()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => PriorityMatrix.ServiceNowDefault.Calculate(new Impact(1), new Urgency(4)));
        Assert.Equal("urgency", e.ParamName);
    }

    [Fact]
    public void Levels_OutOfRange_Throw()
    {
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => new Priority(0)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Impact(11));
    }
}
