using System;
using System.Linq;
using ItilCore.Configuration;
using ItilCore.Incidents;
using ItilCore.Problems;
using NodaTime;
using Xunit;

namespace ItilCore.Tests.Problems;

public sealed class ProblemIdentificationTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 2, 9, 0);

    private static IncidentRecord Record(string id, double hours, string? category = null, string? symptom = null, string? item = null)
        => new(new IncidentId(id), T0 + Duration.FromHours(hours))
        {
            Category = category,
            Symptom = symptom,
            ConfigurationItem = item is null ? null : new ConfigurationItemId(item),
        };

    private static ProblemIdentification Recurring(int threshold = 3, int windowHours = 24)
        => new(new TrendAnalysisOptions { Window = Duration.FromHours(windowHours), Threshold = threshold, Dimensions = [TrendDimension.Category], FindDuplicates = false });

    [Fact]
    public void Options_AreCopied_SoChangingTheDimensionsLaterChangesNothing()
    {
        TrendDimension[] dimensions = [TrendDimension.Category];
        var identification = new ProblemIdentification(new TrendAnalysisOptions { Window = Duration.FromHours(24), Threshold = 3, Dimensions = dimensions, FindDuplicates = false });

        dimensions[0] = (TrendDimension)99;

        Assert.Single(identification.Analyze([Record("INC1", 0, "net"), Record("INC2", 1, "net"), Record("INC3", 2, "net")]));
    }

    [Fact]
    public void Analyze_ThresholdReachedWithinWindow_ProposesOneCandidateWithTheEvidence()
    {
        var candidates = Recurring().Analyze([Record("INC3", 5, "net"), Record("INC1", 0, "net"), Record("INC2", 2, "net"), Record("INC4", 1, "db")]);

        var candidate = Assert.Single(candidates);
        Assert.Equal((ProblemCandidateKind.Recurring, TrendDimension.Category, "net"), (candidate.Kind, candidate.Dimension, candidate.Key));
        Assert.Equal(["INC1", "INC2", "INC3"], candidate.Evidence.Select(i => i.Value));
        Assert.Equal((T0, T0 + Duration.FromHours(5)), (candidate.FirstOpenedAt, candidate.LastOpenedAt));
        Assert.Equal("net", candidate.Category);
    }

    [Fact]
    public void Analyze_AWindowLongerThanTimeLeft_ReachesTheEndOfTime()
    {
        // Someone asking for "all time": the window runs past NodaTime's last instant.
        var allTime = new ProblemIdentification(new TrendAnalysisOptions { Window = Duration.FromDays(3_000_000), Threshold = 3 });

        var candidate = Assert.Single(allTime.Analyze([Record("INC1", 0, "net"), Record("INC2", 2, "net"), Record("INC3", 24 * 300, "net")]), c => c.Kind == ProblemCandidateKind.Recurring);

        Assert.Equal(3, candidate.Evidence.Count);
    }

    [Fact]
    public void Analyze_BelowThreshold_ProposesNothing()
        => Assert.Empty(Recurring().Analyze([Record("INC1", 0, "net"), Record("INC2", 2, "net"), Record("INC3", 1, "db")]));

    [Fact]
    public void Analyze_WindowIsHalfOpen_AnIncidentExactlyOneWindowLaterIsOutside()
    {
        var outside = Recurring().Analyze([Record("INC1", 0, "net"), Record("INC2", 10, "net"), Record("INC3", 24, "net")]);
        var inside = Recurring().Analyze([Record("INC1", 0, "net"), Record("INC2", 10, "net"), Record("INC3", 23.99, "net")]);

        Assert.Empty(outside);
        Assert.Single(inside);
    }

    [Fact]
    public void Analyze_SlidesPastAnIsolatedIncident()
    {
        var candidates = Recurring().Analyze([Record("INC1", 0, "net"), Record("INC2", 30, "net"), Record("INC3", 31, "net"), Record("INC4", 40, "net")]);

        Assert.Equal(["INC2", "INC3", "INC4"], Assert.Single(candidates).Evidence.Select(i => i.Value));
    }

    [Fact]
    public void Analyze_LongTrend_CutIntoConsecutiveWindows()
    {
        var records = Enumerable.Range(0, 10).Select(i => Record($"INC{i:D2}", i * 5, "net")).ToArray();

        var candidates = Recurring().Analyze(records);

        Assert.Equal([["INC00", "INC01", "INC02", "INC03", "INC04"], ["INC05", "INC06", "INC07", "INC08", "INC09"]], candidates.Select(c => c.Evidence.Select(i => i.Value).ToArray()));
    }

    [Fact]
    public void Analyze_Duplicates_NeedTheSameSymptomAndEverythingElseEqual()
    {
        var identification = new ProblemIdentification(new TrendAnalysisOptions { Dimensions = [], DuplicateWindow = Duration.FromHours(1) });

        var candidates = identification.Analyze([
            Record("INC1", 0, "mail", "no send", "mx01"),
            Record("INC2", 0.5, "mail", "no send", "mx01"),
            Record("INC3", 0.5, "mail", "no send", "mx02"),
            Record("INC4", 0.9, "mail", "no receive", "mx01"),
            Record("INC5", 3, "mail", "no send", "mx01"),
        ]);

        var candidate = Assert.Single(candidates);
        Assert.Equal(ProblemCandidateKind.Duplicate, candidate.Kind);
        Assert.Equal(["INC1", "INC2"], candidate.Evidence.Select(i => i.Value));
        Assert.Equal(new ConfigurationItemId("mx01"), candidate.ConfigurationItem);
    }

    [Fact]
    public void Analyze_IsDeterministic_WhateverTheInputOrder()
    {
        var records = Enumerable.Range(0, 200).Select(i => Record($"INC{i:D3}", (i * 7) % 100, $"c{i % 4}", $"s{i % 3}", $"ci{i % 5}")).ToArray();
        var identification = new ProblemIdentification();

        var first = identification.Analyze(records);
        var second = identification.Analyze(records.Reverse().ToArray());

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Candidate_ToLogCommand_LogsAProblemWithItsEvidence()
    {
        var candidate = Recurring().Analyze([Record("INC1", 0, "net"), Record("INC2", 2, "net"), Record("INC3", 5, "net")])[0];
        var practice = new ProblemManagement(new NodaTime.Testing.FakeClock(T0));

        var problem = practice.Log(new ActorId("analyst"), candidate.ToLogCommand(new ProblemId("PRB1"), new Impact(2), new Probability(1))).ThrowIfRejected();

        Assert.Equal(ProblemSource.TrendAnalysis, problem.Source);
        Assert.Equal(candidate.Evidence, problem.LinkedIncidents);
        Assert.Equal("net", problem.Category);
        Assert.StartsWith("3 recurring incidents with category net", problem.ShortDescription, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_Invalid_ListEveryProblemWithItsPath()
    {
        var e = Assert.Throws<InvalidDefinitionException>(() => new ProblemIdentification(new TrendAnalysisOptions
        {
            Window = Duration.Zero,
            Threshold = 1,
            Dimensions = [TrendDimension.Category, TrendDimension.Category, (TrendDimension)42],
            DuplicateWindow = Duration.FromHours(-1),
            DuplicateThreshold = 0,
        }));

        Assert.Equal(["$.window", "$.threshold", "$.dimensions[1]", "$.dimensions[2]", "$.duplicateWindow", "$.duplicateThreshold"], e.Problems.Select(p => p.Path));
    }

    [Fact]
    public void Analyze_RepeatedIncident_Throws()
        => Assert.Equal("incidents", Assert.Throws<ArgumentException>(() => new ProblemIdentification().Analyze([Record("INC1", 0), Record("INC1", 1)])).ParamName);
}
