using System.IO;
using System.Linq;
using ItilCore.Replay;
using Xunit;

namespace ItilCore.Cli.Tests;

/// <summary>The Italian help-desk log and the BPIC 2014 subset replayed with the shipped mappings.</summary>
public sealed class OtherLogsReplayTests
{
    private static ReplayMapping Mapping(string name) => ReplayMapping.Load(Path.Combine(RealData.Repo("samples/ItilCore.ServiceDesk/mappings"), name + ".json"));

    [Fact]
    public void Helpdesk_CountsAndTransitions_MatchTheSource()
    {
        var report = EventLogReplay.Run(RealData.Helpdesk, Mapping("helpdesk"));

        Assert.Equal((21_348L, 4_580L, 0L), (report.Rows, report.Tickets, report.BadRows));
        Assert.Equal(55, report.LogTransitions.Count);
        long Pair(string from, string to) => report.LogTransitions.Single(t => t.From == from && t.To == to).Count;
        Assert.Equal(4_558, Pair("Resolve ticket", "Closed"));
        Assert.Equal(4_160, Pair("Assign seriousness", "Take in charge ticket"));
        Assert.Equal(3_563, Pair("Take in charge ticket", "Resolve ticket"));
        Assert.Equal(1_265, Pair("Take in charge ticket", "Wait"));
        Assert.Equal(773, Pair("Wait", "Resolve ticket"));
        Assert.Equal(439, Pair("Assign seriousness", "Assign seriousness"));
        Assert.Equal(154, Pair("Resolve ticket", "Take in charge ticket"));
        Assert.Equal(5_060, report.States.Single(s => s.Name == "Take in charge ticket").Rows);
        Assert.NotNull(report.Sla);
        Assert.Null(report.PriorityCheck);
    }

    [Fact]
    public void Bpic14_SortedByTimeThenActivityNumber_MatchesTheSource()
    {
        var report = EventLogReplay.Run(RealData.Bpic14Activities, Mapping("bpic14"));

        Assert.Equal((39_911L, 4_000L, 0L), (report.Rows, report.Tickets, report.BadRows));
        long Pair(string from, string to) => report.LogTransitions.Single(t => t.From == from && t.To == to).Count;
        Assert.Equal(3_134, Pair("Assignment", "Status Change"));
        Assert.Equal(2_927, Pair("Closed", "Caused By CI"));
        Assert.Equal(2_502, Pair("Reassignment", "Assignment"));
        Assert.Equal(2_167, Pair("Open", "Assignment"));
        Assert.Equal(828, Pair("Open", "Reassignment"));
        Assert.Equal(7_602, report.States.Single(s => s.Name == "Assignment").Rows);
        Assert.Equal(206, report.States.Single(s => s.Name == "Reopen").Rows);
    }

    [Fact]
    public void Bpic14Cases_PriorityCheck_FindsOnlyTheFiveThreeException()
    {
        // SOURCE.md: priority takes the more urgent of impact and urgency, with (5,3)→4 as the one exception.
        var report = EventLogReplay.Run(RealData.Repo("../shared/data/bpic2014-rabobank-subset/bpic14_incident_subset.csv.gz"), Mapping("bpic14-cases"));
        var check = report.PriorityCheck!;

        Assert.Equal((4_000L, 4_000L, 0L), (report.Rows, report.Tickets, report.BadRows));
        Assert.Equal(4_000, check.RowsChecked + check.RowsOutsideMatrix);
        Assert.True(check.Disagreements > 0);
        Assert.Equal(check.Disagreements, check.TicketsWithDisagreement);
        Assert.Equal(new PriorityDisagreement(5, 3, 4, 3, check.Disagreements), Assert.Single(check.ByCell));
    }

    [Fact]
    public void ATruncatedGzipLog_IsAnErrorNamingIt_NotAShorterReport()
    {
        // .NET's GZipStream reads a file cut short as a shorter whole one; the replay checks the size the gzip trailer records.
        var whole = File.ReadAllBytes(RealData.Helpdesk);
        using var cut = new MemoryStream(whole[..(whole.Length / 2)]);
        using var complete = new MemoryStream(whole);

        var error = Assert.Throws<InvalidDataException>(() => EventLogReplay.Run(cut, "cut.csv.gz", Mapping("helpdesk")));

        Assert.StartsWith("cut.csv.gz is truncated or damaged", error.Message, System.StringComparison.Ordinal);
        Assert.Equal(21_348L, EventLogReplay.Run(complete, "whole.csv.gz", Mapping("helpdesk")).Rows);
    }

    [Fact]
    public void WholeGzipLogs_ThatDoNotEndWithTheirSize_StillReplay()
    {
        // Trailing bytes after the data, as gzip itself ignores them: the trailer check must not call these truncated.
        var whole = File.ReadAllBytes(RealData.Helpdesk);
        using var zeros = new MemoryStream([.. whole, .. new byte[512]]);
        using var junk = new MemoryStream([.. whole, (byte)'x', (byte)'y', (byte)'z']);

        Assert.Equal(21_348L, EventLogReplay.Run(zeros, "zeros.csv.gz", Mapping("helpdesk")).Rows);
        Assert.Equal(21_348L, EventLogReplay.Run(junk, "junk.csv.gz", Mapping("helpdesk")).Rows);

        // And when the stream starts after other bytes: the check reads from where the log starts, not from 0.
        using var offset = new MemoryStream([1, 2, 3, .. whole, .. new byte[512]]) { Position = 3 };
        Assert.Equal(21_348L, EventLogReplay.Run(offset, "offset.csv.gz", Mapping("helpdesk")).Rows);
    }

    [Fact]
    public void AGzipFileShorterThanItsHeader_IsTruncated()
    {
        using var tiny = new MemoryStream([0x1f, 0x8b]);

        var error = Assert.Throws<InvalidDataException>(() => EventLogReplay.Run(tiny, "tiny.csv.gz", Mapping("helpdesk")));

        Assert.StartsWith("tiny.csv.gz is truncated or damaged", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void DamagedGzipData_IsAnErrorNamingTheLog()
    {
        byte[] junk = [0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff, 0xde, 0xad, 0xbe, 0xef, 0xde, 0xad, 0xbe, 0xef, 0, 0, 0, 0];
        using var input = new MemoryStream(junk);

        var error = Assert.Throws<InvalidDataException>(() => EventLogReplay.Run(input, "junk.csv.gz", Mapping("helpdesk")));

        Assert.StartsWith("junk.csv.gz is ", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_ReplayOfATruncatedLog_ExitsWith2AndPrintsNoReport()
    {
        var whole = File.ReadAllBytes(RealData.Helpdesk);
        var path = Path.Combine(Path.GetTempPath(), "itil-cli-tests", System.Guid.NewGuid().ToString("N"), "cut.csv.gz");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, whole[..(whole.Length / 3)]);

        var (code, output, error) = Itil.Run("replay", path, "-m", "helpdesk");

        Assert.Equal((2, ""), (code, output));
        Assert.Contains("is truncated or damaged", error, System.StringComparison.Ordinal);
    }
}
