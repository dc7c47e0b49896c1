using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Fluent;
using ItilCore.Changes;
using ItilCore.Testing;
using NodaTime;
using Xunit;
using F = ItilCore.Tests.Changes.ChangeFixture;

namespace ItilCore.Tests.Changes;

/// <summary>
/// Change enablement against the clock and the review (s13 review, items 5, 6 and 10): implementation inside the
/// authorized window, no window that has already ended, risk assessment of emergency changes, and the
/// post-implementation review required at closure for emergency changes and for any outcome but Successful.
/// </summary>
public sealed class ChangeWindowTests
{
    private readonly F _f = new();

    private static void RejectedUnchanged(Change change, Func<Change, CommandResult> command, string code)
    {
        var before = change.ToSnapshot();
        var result = command(change);
        Assert.True(result.IsRejected, "expected a rejection with " + code);
        Assert.Equal(code, result.Rejection!.Code);
        Assert.Empty(result.Events);
        Assert.Equal(before, change.ToSnapshot());
    }

    [Theory]
    [InlineData(ChangeType.Normal)]
    [InlineData(ChangeType.Standard)]
    [InlineData(ChangeType.Emergency)]
    public void StartImplementation_BeforeTheWindowOpens_IsRefused_NamingTheWindowAndNow(ChangeType type)
    {
        var change = _f.Scheduled(type);
        var now = F.Window.Start - Duration.FromMinutes(1);
        _f.Clock.Reset(now);

        RejectedUnchanged(change, c => c.StartImplementation(F.Implementer), ChangeRejectionCodes.BeforeWindow);
        _f.Clock.Reset(now);
        var message = change.StartImplementation(F.Implementer).Rejection!.Message;
        Assert.Contains(F.Window.ToString(), message, StringComparison.Ordinal);
        Assert.Contains(now.ToString(), message, StringComparison.Ordinal);
        Assert.Equal(ChangeState.Scheduled, change.State);
    }

    [Theory]
    [InlineData(ChangeType.Normal, 0)]
    [InlineData(ChangeType.Standard, 0)]
    [InlineData(ChangeType.Emergency, 0)]
    [InlineData(ChangeType.Normal, 119)]
    [InlineData(ChangeType.Emergency, 119)]
    public void StartImplementation_InsideTheWindow_Starts_AtItsOpeningUpToItsLastMinute(ChangeType type, int minutes)
    {
        var change = _f.Scheduled(type);
        var at = F.Window.Start + Duration.FromMinutes(minutes);
        _f.Clock.Reset(at);

        var started = change.StartImplementation(F.Implementer).ThrowIfRejected();

        Assert.Equal(ChangeState.Implement, change.State);
        Assert.Equal(at, Assert.Single(started).Envelope.OccurredAt);
    }

    [Theory]
    [InlineData(ChangeType.Normal, 0)]
    [InlineData(ChangeType.Emergency, 0)]
    [InlineData(ChangeType.Normal, 600)]
    public void StartImplementation_AtOrAfterTheWindowEnd_IsRefused_AuthorizedChangeMustBeCanceled(ChangeType type, int minutesAfterEnd)
    {
        var change = _f.Scheduled(type);
        _f.Clock.Reset(F.Window.End + Duration.FromMinutes(minutesAfterEnd));

        RejectedUnchanged(change, c => c.StartImplementation(F.Implementer), ChangeRejectionCodes.WindowEnded);
        var message = change.StartImplementation(F.Implementer).Rejection!.Message;
        Assert.Contains(F.Window.ToString(), message, StringComparison.Ordinal);
        Assert.Contains("cancel it and request it again", message, StringComparison.Ordinal);

        // As the lifecycle says: the window it was authorized for cannot move once scheduled; canceling is the way out.
        RejectedUnchanged(change, c => c.Plan(F.Agent, new Interval(F.Window.End + Duration.FromDays(1), F.Window.End + Duration.FromDays(1) + Duration.FromHours(1))), ChangeRejectionCodes.NotPermitted);
        change.Cancel(F.Agent, "Window missed; raised again").ThrowIfRejected();
        Assert.Equal(ChangeState.Canceled, change.State);
    }

    [Fact]
    public void StartImplementation_StandardAfterTheWindow_IsRefused_ThenReplannedAndStarted()
    {
        var change = _f.Scheduled(ChangeType.Standard);
        var late = F.Window.End + Duration.FromHours(1);
        _f.Clock.Reset(late);

        RejectedUnchanged(change, c => c.StartImplementation(F.Implementer), ChangeRejectionCodes.WindowEnded);
        Assert.Contains("re-plan", change.StartImplementation(F.Implementer).Rejection!.Message, StringComparison.Ordinal);

        var next = new Interval(late + Duration.FromDays(1), late + Duration.FromDays(1) + Duration.FromHours(2));
        change.Plan(F.Agent, next).ThrowIfRejected();
        RejectedUnchanged(change, c => c.StartImplementation(F.Implementer), ChangeRejectionCodes.BeforeWindow);
        _f.Clock.Reset(next.Start);
        change.StartImplementation(F.Implementer).ThrowIfRejected();
        Assert.Equal(ChangeState.Implement, change.State);
    }

    [Fact]
    public void StartImplementation_OnHoldOrWithoutImplementer_TheLifecycleAnswersFirst()
    {
        var change = _f.Scheduled();
        change.PutOnHold(F.Agent, "Vendor").ThrowIfRejected();
        RejectedUnchanged(change, c => c.StartImplementation(F.Implementer), ChangeRejectionCodes.ConditionNotMet);
    }

    [Theory]
    [InlineData(ChangeType.Normal)]
    [InlineData(ChangeType.Standard)]
    [InlineData(ChangeType.Emergency)]
    public void Plan_AWindowThatHasEnded_IsRefused_OneStillOpenIsAccepted(ChangeType type)
    {
        var change = _f.Request(type);
        _f.Clock.Reset(F.Monday);
        RejectedUnchanged(change, c => c.Plan(F.Agent, new Interval(F.Monday - Duration.FromHours(3), F.Monday - Duration.FromHours(1))), ChangeRejectionCodes.WindowEnded);
        _f.Clock.Reset(F.Monday + Duration.FromHours(1));
        RejectedUnchanged(change, c => c.Plan(F.Agent, new Interval(F.Monday, F.Monday + Duration.FromHours(1))), ChangeRejectionCodes.WindowEnded);
        _f.Clock.Reset(F.Monday + Duration.FromHours(1));
        var message = change.Plan(F.Agent, new Interval(F.Monday, F.Monday + Duration.FromHours(1))).Rejection!.Message;
        Assert.Contains((F.Monday + Duration.FromHours(1)).ToString(), message, StringComparison.Ordinal);

        // An emergency change plans its window from now: a window already open is fine while it has not ended.
        var open = new Interval(F.Monday, F.Monday + Duration.FromHours(4));
        change.Plan(F.Agent, open).ThrowIfRejected();
        Assert.Equal(open, change.PlannedWindow);
    }

    [Fact]
    public void Plan_StandardScheduled_ReplanningToAnEndedWindow_IsRefused()
    {
        var change = _f.Scheduled(ChangeType.Standard);
        _f.OpenWindow();
        RejectedUnchanged(change, c => c.Plan(F.Agent, new Interval(F.Monday, F.Monday + Duration.FromHours(1))), ChangeRejectionCodes.WindowEnded);
        Assert.Equal(F.Window, change.PlannedWindow);
    }

    [Fact]
    public void Rebuild_DoesNotJudgeTheClock_AStartedChangeRebuildsLongAfterItsWindow()
    {
        var events = new List<DomainEvent>();
        var requested = _f.Practice.Request(F.Agent, F.Command(ChangeType.Standard));
        events.AddRange(requested.Events);
        var change = requested.Value!;
        events.AddRange(change.Plan(F.Agent, F.Window).ThrowIfRejected());
        events.AddRange(change.AssignImplementer(F.Agent, F.Implementer).ThrowIfRejected());
        events.AddRange(change.Submit(F.Agent).ThrowIfRejected());
        _f.OpenWindow();
        events.AddRange(change.StartImplementation(F.Implementer).ThrowIfRejected());
        _f.Clock.Reset(F.Window.End + Duration.FromDays(365));

        Assert.Equal(change.ToSnapshot(), _f.Practice.Rebuild(events).ToSnapshot());
    }

    [Fact]
    public void AssessRisk_Emergency_InNewAndAuthorize_RecordsTheRisk_TheEcabStaysTheAuthority()
    {
        var change = _f.Planned(ChangeType.Emergency);
        change.AssessRisk(F.Agent, new Impact(1), new Likelihood(1)).ThrowIfRejected();
        Assert.Equal(new Risk(1), change.Risk);
        change.RequestAuthorization(F.Agent).ThrowIfRejected();
        Assert.Equal("ecab", change.Authority!.Name);

        change.AssessRisk(F.Agent, new Impact(3), new Likelihood(3)).ThrowIfRejected(); // in Authorize, before anyone voted
        Assert.Equal(new Risk(3), change.Risk);
        Assert.Equal((new Impact(3), new Likelihood(3)), (change.Impact!.Value, change.Likelihood!.Value));
        Assert.Equal(ChangeState.Authorize, change.State);
        Assert.Equal("ecab", change.Authority!.Name);
        RejectedUnchanged(change, c => c.AssessRisk(F.Agent, new Impact(3), new Likelihood(3)), ChangeRejectionCodes.NoChange);
        RejectedUnchanged(change, c => c.AssessRisk(F.Agent, new Impact(4), new Likelihood(1)), ChangeRejectionCodes.OutOfMatrix);

        change.Approve(F.Ecab[0]).ThrowIfRejected();
        change.Approve(F.Ecab[1]).ThrowIfRejected();
        Assert.Equal(ChangeState.Scheduled, change.State);
        RejectedUnchanged(change, c => c.AssessRisk(F.Agent, new Impact(1), new Likelihood(1)), ChangeRejectionCodes.NotPermitted);
        for (var risk = 1; risk <= 3; risk++)
        {
            Assert.Equal("ecab", F.Policy.AuthorityFor(ChangeType.Emergency, new Risk(risk))!.Name);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AssessRisk_Emergency_OnceAMemberVoted_IsRefused_EarlierVotesNeverCountForANewAssessment(bool approved)
    {
        var change = _f.Authorizing(ChangeType.Emergency); // ECAB, quorum 2 of 3, no risk assessed
        var vote = approved ? change.Approve(F.Ecab[0], "Go") : change.Reject(F.Ecab[0], "Not like this");
        vote.ThrowIfRejected();

        var why = _f.Refused(change, c => c.AssessRisk(F.Agent, new Impact(1), new Likelihood(1)), ChangeRejectionCodes.VotingStarted);

        Assert.Equal("ecab.eve of ecab voted on the change as it was assessed; an authority votes on what it was shown, so revert the change to New to re-assess its risk and ask again.", why.Message);
        change.RevertToNew(F.Agent, "Re-assess: the outage is wider").ThrowIfRejected();
        change.AssessRisk(F.Agent, new Impact(1), new Likelihood(1)).ThrowIfRejected();
        change.RequestAuthorization(F.Agent).ThrowIfRejected();
        Assert.Empty(change.Approvals);
        Assert.Empty(change.Rejections);
        Assert.Equal(new Risk(1), change.Risk);
    }

    [Fact]
    public void AssessRisk_Emergency_OnHold_IsRefused()
    {
        var change = _f.Planned(ChangeType.Emergency);
        change.PutOnHold(F.Agent, "Waiting for the vendor").ThrowIfRejected();
        RejectedUnchanged(change, c => c.AssessRisk(F.Agent, new Impact(1), new Likelihood(1)), ChangeRejectionCodes.ConditionNotMet);
    }

    [Fact]
    public void AssessRisk_Emergency_RebuildsFromItsEvents()
    {
        var events = new List<DomainEvent>();
        var requested = _f.Practice.Request(F.Agent, F.Command(ChangeType.Emergency));
        events.AddRange(requested.Events);
        var change = requested.Value!;
        events.AddRange(change.Plan(F.Agent, F.Window).ThrowIfRejected());
        events.AddRange(change.AssessRisk(F.Agent, new Impact(2), new Likelihood(1)).ThrowIfRejected());
        events.AddRange(change.RequestAuthorization(F.Agent).ThrowIfRejected());
        events.AddRange(change.AssessRisk(F.Agent, new Impact(1), new Likelihood(1)).ThrowIfRejected());

        Assert.Equal(change.ToSnapshot(), _f.Practice.Rebuild(events).ToSnapshot());
    }

    [Theory]
    [InlineData(ChangeType.Emergency, ChangeOutcome.Successful, "An emergency change")]
    [InlineData(ChangeType.Emergency, ChangeOutcome.SuccessfulWithIssues, "implemented with issues")]
    [InlineData(ChangeType.Normal, ChangeOutcome.SuccessfulWithIssues, "implemented with issues")]
    [InlineData(ChangeType.Standard, ChangeOutcome.SuccessfulWithIssues, "implemented with issues")]
    [InlineData(ChangeType.Normal, ChangeOutcome.Unsuccessful, "failed")]
    public void Close_WithoutTheReview_IsRefused_ForEmergencyAndAnyOutcomeButSuccessful(ChangeType type, ChangeOutcome outcome, string says)
    {
        var change = Reviewing(type, outcome);
        RejectedUnchanged(change, c => c.Close(F.Agent), ChangeRejectionCodes.TextRequired);
        RejectedUnchanged(change, c => c.Close(F.Agent, "  "), ChangeRejectionCodes.TextRequired);
        var message = change.Close(F.Agent).Rejection!.Message;
        Assert.Contains(says, message, StringComparison.Ordinal);
        Assert.Contains("post-implementation review", message, StringComparison.Ordinal);

        change.Close(F.Agent, " Review: what went wrong and what we do next ").ThrowIfRejected();
        Assert.Equal("Review: what went wrong and what we do next", change.CloseNotes);
        Assert.Equal(ChangeState.Closed, change.State);
    }

    [Theory]
    [InlineData(ChangeType.Normal)]
    [InlineData(ChangeType.Standard)]
    public void Close_SuccessfulNormalOrStandard_NeedsNoNotes(ChangeType type)
    {
        var change = Reviewing(type, ChangeOutcome.Successful);
        change.Close(F.Agent).ThrowIfRejected();
        Assert.Null(change.CloseNotes);
    }

    [Theory]
    [InlineData(ChangeType.Normal)]
    [InlineData(ChangeType.Emergency)]
    public void RequestAuthorization_ForAWindowThatHasEnded_IsRefused_TheChangeIsReplannedFirst(ChangeType type)
    {
        var change = type == ChangeType.Emergency ? _f.Planned(ChangeType.Emergency) : _f.Assessed();
        _f.Clock.Reset(F.Window.End + Duration.FromHours(1));

        var why = _f.Refused(change, c => c.RequestAuthorization(F.Agent), ChangeRejectionCodes.WindowEnded);

        Assert.Equal("The planned window 2026-03-09T09:00:00Z/2026-03-09T11:00:00Z has already ended (it is now 2026-03-09T12:00:00Z); plan a window that ends in the future before requesting authorization.", why.Message);
        var later = new Interval(F.Window.End + Duration.FromDays(1), F.Window.End + Duration.FromDays(1) + Duration.FromHours(2));
        change.Plan(F.Agent, later).ThrowIfRejected();
        change.RequestAuthorization(F.Agent).ThrowIfRejected();
        Assert.Equal(ChangeState.Authorize, change.State);
    }

    [Theory]
    [InlineData(ChangeType.Normal)]
    [InlineData(ChangeType.Emergency)]
    public void Approve_ThatCompletesTheQuorumAfterTheWindowEnded_IsRefused_RevertToNewAndReplan(ChangeType type)
    {
        var change = _f.Authorizing(type); // peer review (quorum 1), or the ECAB (2 of 3)
        var voters = type == ChangeType.Emergency ? F.Ecab : [F.Peer];
        _f.Clock.Reset(F.Window.End + Duration.FromHours(1)); // the authority comes back late
        foreach (var early in voters.Take(voters.Length - 2))
        {
            change.Approve(early).ThrowIfRejected(); // an approval that leaves the quorum open is still recorded
        }

        var last = type == ChangeType.Emergency ? F.Ecab[1] : F.Peer;
        var why = _f.Refused(change, c => c.Approve(last), ChangeRejectionCodes.WindowEnded);

        Assert.StartsWith("The approval would authorize the change for its planned window 2026-03-09T09:00:00Z/2026-03-09T11:00:00Z, which has already ended", why.Message, StringComparison.Ordinal);
        Assert.Equal(ChangeState.Authorize, change.State);
        change.RevertToNew(F.Agent, "The window passed before the authority decided").ThrowIfRejected();
        Assert.Empty(change.Approvals);
        var later = new Interval(F.Window.End + Duration.FromDays(1), F.Window.End + Duration.FromDays(1) + Duration.FromHours(2));
        change.Plan(F.Agent, later).ThrowIfRejected();
        if (type == ChangeType.Normal)
        {
            change.Submit(F.Agent).ThrowIfRejected();
        }

        change.RequestAuthorization(F.Agent).ThrowIfRejected();
        foreach (var voter in type == ChangeType.Emergency ? F.Ecab.Take(2) : [F.Peer])
        {
            change.Approve(voter).ThrowIfRejected();
        }

        Assert.Equal(ChangeState.Scheduled, change.State);
        Assert.Equal(later, change.PlannedWindow);
    }

    [Fact]
    public void Generators_ExerciseTheWindowTheEmergencyRiskAndTheReview()
    {
        var practice = (IClock clock) => new ChangeManagement(clock, F.Options);
        // A fixed seed, so that the counts are the same on every run.
        var counts = new Dictionary<string, int>();
        void Count(string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
        foreach (var scenario in ChangeGenerators.Scenario(F.Options, 80).Sample(1000, new FsCheck.Rnd(20260302UL), 1000))
        {
            foreach (var step in ChangeRun.Play(practice, scenario).Steps.Where(s => s.Result is not null))
            {
                var result = step.Result!.Value;
                var outcome = result.IsAccepted ? "accepted" : result.Rejection!.Code;
                switch (step.Command)
                {
                    case ChangeCommand.StartImplementation:
                    case ChangeCommand.RequestAuthorization:
                    case ChangeCommand.Approve when result.IsRejected || step.After.State == ChangeState.Scheduled:
                    case ChangeCommand.Plan:
                    case ChangeCommand.Close:
                    case ChangeCommand.AssessRisk when step.Before.Type == ChangeType.Emergency:
                        Count($"{step.Command.GetType().Name}{(step.Before.Type == ChangeType.Emergency ? " (emergency)" : string.Empty)}: {outcome}");
                        break;
                }
            }
        }

        var report = string.Join("; ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key} = {c.Value}"));
        Assert.True(counts.Where(c => c.Key.StartsWith("StartImplementation", StringComparison.Ordinal) && c.Key.EndsWith(": accepted", StringComparison.Ordinal)).Sum(c => c.Value) > 0, report);
        Assert.True(counts.Where(c => c.Key.EndsWith(ChangeRejectionCodes.BeforeWindow, StringComparison.Ordinal)).Sum(c => c.Value) > 0, report);
        Assert.True(counts.Where(c => c.Key.StartsWith("StartImplementation", StringComparison.Ordinal) && c.Key.EndsWith(ChangeRejectionCodes.WindowEnded, StringComparison.Ordinal)).Sum(c => c.Value) > 0, report);
        Assert.True(counts.Where(c => c.Key.StartsWith("Plan", StringComparison.Ordinal) && c.Key.EndsWith(ChangeRejectionCodes.WindowEnded, StringComparison.Ordinal)).Sum(c => c.Value) > 0, report);
        Assert.True(counts.GetValueOrDefault("AssessRisk (emergency): accepted") > 0, report);
        Assert.True(counts.Where(c => c.Key.StartsWith("RequestAuthorization", StringComparison.Ordinal) && c.Key.EndsWith(": accepted", StringComparison.Ordinal)).Sum(c => c.Value) > 0, report);
        Assert.True(counts.Where(c => c.Key.StartsWith("RequestAuthorization", StringComparison.Ordinal) && c.Key.EndsWith(ChangeRejectionCodes.WindowEnded, StringComparison.Ordinal)).Sum(c => c.Value) > 0, report);
        Assert.True(counts.Where(c => c.Key.StartsWith("Approve", StringComparison.Ordinal) && c.Key.EndsWith(": accepted", StringComparison.Ordinal)).Sum(c => c.Value) > 0, report);
        Assert.True(counts.Where(c => c.Key.StartsWith("Approve", StringComparison.Ordinal) && c.Key.EndsWith(ChangeRejectionCodes.WindowEnded, StringComparison.Ordinal)).Sum(c => c.Value) > 0, report);
        Assert.True(counts.Where(c => c.Key.StartsWith("Close", StringComparison.Ordinal) && c.Key.EndsWith(ChangeRejectionCodes.TextRequired, StringComparison.Ordinal)).Sum(c => c.Value) > 0, report);
        Assert.True(counts.Where(c => c.Key.StartsWith("Close", StringComparison.Ordinal) && c.Key.EndsWith(": accepted", StringComparison.Ordinal)).Sum(c => c.Value) > 0, report);
    }

    // A change of the type in Review with the outcome.
    private Change Reviewing(ChangeType type, ChangeOutcome outcome)
    {
        var change = _f.Scheduled(type);
        _f.OpenWindow();
        change.StartImplementation(F.Implementer).ThrowIfRejected();
        change.CompleteImplementation(F.Implementer, outcome, "Done").ThrowIfRejected();
        return change;
    }
}
