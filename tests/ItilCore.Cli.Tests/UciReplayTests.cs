using System.Linq;
using ItilCore.Incidents;
using ItilCore.Replay;
using Xunit;

namespace ItilCore.Cli.Tests;

/// <summary>The UCI ServiceNow audit log (UCI 498) replayed with the shipped mapping: the figures of its SOURCE.md, and the report's totals.</summary>
public sealed class UciReplayTests(UciReplayFixture fixture) : IClassFixture<UciReplayFixture>
{
    private ReplayReport Report => fixture.Report;

    [Fact]
    public void Replay_CountsRowsAndIncidents()
        => Assert.Equal((141_712L, 24_918L, 0L), (Report.Rows, Report.Tickets, Report.BadRows));

    [Theory]
    [InlineData("Active", 38_716)]
    [InlineData("New", 36_407)]
    [InlineData("Resolved", 25_751)]
    [InlineData("Closed", 24_985)]
    [InlineData("Awaiting User Info", 14_642)]
    [InlineData("Awaiting Vendor", 707)]
    [InlineData("Awaiting Problem", 461)]
    [InlineData("Awaiting Evidence", 38)]
    [InlineData("-100", 5)]
    public void Replay_CountsRowsPerState(string state, long rows)
        => Assert.Equal(rows, Report.States.Single(s => s.Name == state).Rows);

    [Theory]
    [InlineData("Resolved", "Closed", 24_917)]
    [InlineData("Active", "Resolved", 12_048)]
    [InlineData("New", "Active", 7_936)]
    [InlineData("New", "Resolved", 6_347)]
    [InlineData("Awaiting User Info", "Resolved", 4_657)]
    [InlineData("Active", "Awaiting User Info", 3_629)]
    [InlineData("New", "Awaiting User Info", 1_944)]
    [InlineData("Awaiting User Info", "Active", 1_140)]
    [InlineData("Resolved", "Active", 317)]
    [InlineData("Awaiting Vendor", "Resolved", 191)]
    [InlineData("Active", "Awaiting Vendor", 160)]
    [InlineData("Awaiting Problem", "Resolved", 155)]
    [InlineData("Active", "Awaiting Problem", 146)]
    [InlineData("Closed", "Active", 12)]
    [InlineData("New", "Closed", 11)]
    [InlineData("Active", "Closed", 1)]
    [InlineData("Awaiting User Info", "Closed", 1)]
    [InlineData("Active", "Active", 22_728)]
    [InlineData("New", "New", 20_010)]
    [InlineData("Awaiting User Info", "Awaiting User Info", 8_790)]
    [InlineData("Resolved", "Resolved", 515)]
    [InlineData("Closed", "Closed", 55)]
    public void Replay_CountsTheLogsStateTransitions(string from, string to, long count)
        => Assert.Equal(count, Report.LogTransitions.Single(t => t.From == from && t.To == to).Count);

    [Fact]
    public void Replay_Finds49DistinctPairs()
        => Assert.Equal(49, Report.LogTransitions.Count);

    [Fact]
    public void Replay_FirstAndLastStates_MatchTheSource()
    {
        // First state per incident: New 16,397; Active 6,503; Resolved 1,819; Awaiting User Info 193; Awaiting Problem 6.
        Assert.Equal(16_397, Report.Conformance.Entries["new"]);
        Assert.Equal(6_503, Report.Conformance.Entries["in-progress"]);
        Assert.Equal(1_819, Report.Conformance.Entries["resolved"]);
        Assert.Equal(193 + 6, Report.Conformance.Entries["on-hold"]);
        Assert.Equal(24_918, Report.Conformance.Exits["closed"]);
    }

    [Fact]
    public void Conformance_ClosedToActiveReopens_AreRejectedWithExamples()
    {
        var reopen = Report.Conformance.Transitions.Single(t => t.From == IncidentState.Closed && t.To == IncidentState.InProgress);

        Assert.False(reopen.Accepted);
        Assert.Equal(12, reopen.Count);
        Assert.Equal(3, reopen.Examples.Count);
        Assert.Contains("final", reopen.Explanation, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Conformance_Totals_AddUp()
    {
        var c = Report.Conformance;

        Assert.Equal(c.Accepted, c.Transitions.Where(t => t.Accepted).Sum(t => t.Count));
        Assert.Equal(c.Rejected, c.Transitions.Where(t => !t.Accepted).Sum(t => t.Count));
        Assert.Equal(Report.Rows, c.Accepted + c.Rejected + c.Repeats + c.IgnoredRows + c.UnknownRows + c.ReplayedTickets);
        Assert.Equal((55_397L, 8_477L, 5L), (c.Accepted, c.Rejected, c.UnknownRows));
        Assert.Equal(IncidentState.New, c.Transitions.First(t => !t.Accepted).From);
    }

    [Fact]
    public void Sla_FinalMadeSla_MatchesTheSourceAndAgreementIsReported()
    {
        var sla = Report.Sla!;
        var agreement = sla.Agreement!;

        // By final row per incident: made_sla true 15,803 / false 9,115.
        Assert.Equal(15_803, agreement.BothMet + agreement.OnlyLogMet);
        Assert.Equal(9_115, agreement.BothBreached + agreement.OnlyReplayMet);
        Assert.Equal(Report.Tickets, sla.Met + sla.Breached + sla.Unresolved + sla.NoTarget);
        Assert.Equal(sla.Met, sla.ByPriority.Sum(p => p.Met));
        Assert.Equal(sla.Breached, sla.ByGroup.Sum(g => g.Breached));
        Assert.Equal(new[] { 270L, 408L, 23_466L, 774L }, sla.ByPriority.Select(p => p.Met + p.Breached + p.Unresolved));
        Assert.InRange(agreement.Rate, 0.85, 1);
    }

    [Fact]
    public void PriorityCheck_TheUciMatrix_AgreesWithEveryRow()
    {
        var check = Report.PriorityCheck!;

        Assert.Equal((141_712L, 0L, 0L), (check.RowsChecked, check.Disagreements, check.RowsOutsideMatrix));
    }
}
