using System.Linq;
using ItilCore.Problems;
using ItilCore.Tests.Support;
using Xunit;
using static ItilCore.Tests.Support.ProblemFixture;

namespace ItilCore.Tests.Problems;

public sealed class ProblemMergeTests
{
    [Fact]
    public void MergeDuplicate_MovesLinksAndEvidenceToTheMaster()
    {
        var f = new ProblemFixture();
        var master = f.Analysing("PRB-M", "INC1", "INC2");
        var duplicate = f.Assessing("PRB-D", "INC2", "INC3", "INC4");

        var result = f.Practice.MergeDuplicate(Agent, duplicate, master);

        Assert.True(result.IsAccepted, result.ToString());
        var marked = Assert.IsType<ProblemMarkedDuplicate>(result.Events[0]);
        var merged = Assert.IsType<DuplicateProblemMerged>(result.Events[1]);
        Assert.Equal("PRB-D", marked.Envelope.AggregateId);
        Assert.Equal("PRB-M", merged.Envelope.AggregateId);
        Assert.Equal(["INC3", "INC4"], marked.MovedIncidents.Select(i => i.Value));
        Assert.Equal(["INC1", "INC2", "INC3", "INC4"], master.LinkedIncidents.Select(i => i.Value));
        Assert.Equal([duplicate.Id], master.MergedDuplicates);
        Assert.Equal(ProblemState.Duplicate, duplicate.State);
        Assert.Equal(master.Id, duplicate.Master);
        Assert.Equal(ProblemResolutionCode.Duplicate, duplicate.ResolutionCode);
        Assert.Empty(duplicate.LinkedIncidents);
        Assert.Equal(ProblemState.RootCauseAnalysis, master.State);
        Assert.Empty(duplicate.PermittedTriggers());
    }

    [Fact]
    public void DuplicateMerged_WrittenBeforeEarlierDuplicates_ReadsWithNone()
    {
        var f = new ProblemFixture();
        var master = f.Analysing("PRB-M", "INC1");
        var duplicate = f.Assessing("PRB-D", "INC3");
        var merged = Assert.IsType<DuplicateProblemMerged>(f.Practice.MergeDuplicate(Agent, duplicate, master).ThrowIfRejected()[1]);
        var json = ItilCore.Serialization.ItilJson.Serialize<DomainEvent>(merged);
        var old = System.Text.RegularExpressions.Regex.Replace(json, ",\\s*\"earlierDuplicates\": \\[\\s*\\]", string.Empty);

        Assert.Empty(merged.EarlierDuplicates!);
        Assert.DoesNotContain("earlierDuplicates", old, System.StringComparison.Ordinal);
        var reread = Assert.IsType<DuplicateProblemMerged>(ItilCore.Serialization.ItilJson.Deserialize<DomainEvent>(old));
        Assert.Null(reread.EarlierDuplicates);
        Assert.Equal(merged.MovedIncidents, reread.MovedIncidents);
    }

    [Fact]
    public void MergeDuplicate_RejectedOnEitherSide_ChangesNeither()
    {
        var f = new ProblemFixture();
        var master = f.Resolved("PRB-M");
        var duplicate = f.Log("PRB-D", "INC7");
        var (m, d) = (master.ToSnapshot(), duplicate.ToSnapshot());

        var result = f.Practice.MergeDuplicate(Agent, duplicate, master);

        Assert.Equal(ProblemRejectionCodes.InvalidMaster, result.Rejection?.Code);
        Assert.Equal((m, d), (master.ToSnapshot(), duplicate.ToSnapshot()));
    }

    [Fact]
    public void MergeDuplicate_ClockSteppingBack_StampsBothSidesWithOneReading()
    {
        var t = NodaTime.Instant.FromUtc(2026, 3, 2, 9, 0);
        var clock = new SteppingBackClock(t - NodaTime.Duration.FromSeconds(10));
        var practice = new ProblemManagement(clock);
        var duplicate = practice.Log(Agent, Command("PRB-D", "INC3", "INC4")).ThrowIfRejected();
        clock.Now = t - NodaTime.Duration.FromSeconds(2);
        var master = practice.Log(Agent, Command("PRB-M", "INC1")).ThrowIfRejected();
        clock.Now = t;
        clock.StepsBack = true;

        var result = practice.MergeDuplicate(Agent, duplicate, master);

        Assert.True(result.IsAccepted, result.ToString());
        Assert.Equal([t, t], result.Events.Select(e => e.Envelope.OccurredAt));
        Assert.Equal(ProblemState.Duplicate, duplicate.State);
        Assert.Equal(["INC1", "INC3", "INC4"], master.LinkedIncidents.Select(i => i.Value));
    }
}
