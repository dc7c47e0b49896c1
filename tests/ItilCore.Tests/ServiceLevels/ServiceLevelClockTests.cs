using System;
using System.Linq;
using ItilCore.Incidents;
using ItilCore.ServiceLevels;
using NodaTime;
using Xunit;
using static ItilCore.Tests.ServiceLevels.SlaFixture;

namespace ItilCore.Tests.ServiceLevels;

/// <summary>The SLA clock's rules, on a 24×7 calendar so that every figure can be checked by hand.</summary>
public sealed class ServiceLevelClockTests
{
    private static readonly Instant Monday9 = Instant.FromUtc(2026, 3, 2, 9, 0);
    private static readonly BusinessCalendar[] NoCalendars = [];

    private static Instant H(double hours) => Monday9 + Duration.FromMinutes(hours * 60);

    private static ServiceLevelManagement ResolutionIn8Hours(Func<SlaObjective, SlaObjective>? change = null)
        => Levels(NoCalendars, Agreement("sla", null, (change ?? (o => o))(Resolution(Duration.FromHours(8)))));

    [Fact]
    public void Evaluate_Running_ShowsElapsedRemainingAndBreachInstant()
    {
        var f = new SlaFixture(Monday9);
        f.Log();

        var status = Assert.Single(ResolutionIn8Hours().Evaluate(f.Timeline, H(2)));

        Assert.Equal(SlaStage.InProgress, status.Stage);
        Assert.Equal(Duration.FromHours(2), status.BusinessElapsed);
        Assert.Equal(Duration.FromHours(2), status.ActualElapsed);
        Assert.Equal(Duration.FromHours(6), status.BusinessRemaining);
        Assert.Equal(25.0, status.Percentage);
        Assert.Equal(H(8), status.BreachAt);
        Assert.Equal(H(8), status.OriginalBreachAt);
        Assert.False(status.Breached);
        Assert.Empty(status.Warnings);
        Assert.Equal(new Priority(3), status.Priority);
    }

    [Fact]
    public void Evaluate_PastTarget_IsBreachedWithEveryWarningAtItsInstant()
    {
        var f = new SlaFixture(Monday9);
        f.Log();

        var status = Assert.Single(ResolutionIn8Hours().Evaluate(f.Timeline, H(10)));

        Assert.True(status.Breached);
        Assert.Equal(Duration.FromHours(-2), status.BusinessRemaining);
        Assert.Equal(H(8), status.BreachAt);
        Assert.Equal([(50, H(4)), (75, H(6)), (100, H(8))], status.Warnings.Select(w => (w.Threshold, w.At)));
    }

    [Fact]
    public void Evaluate_ResolvedBeforeTarget_IsCompletedAndMet()
    {
        var f = new SlaFixture(Monday9);
        f.Log();
        f.At(H(1), i => i.Assign(Agent, Desk));
        f.At(H(5), i => i.Resolve(Agent, ResolutionCode.SolvedPermanently, "done"));

        var status = Assert.Single(ResolutionIn8Hours().Evaluate(f.Timeline, H(30)));

        Assert.Equal(SlaStage.Completed, status.Stage);
        Assert.Equal(H(5), status.EndedAt);
        Assert.Equal(Duration.FromHours(5), status.BusinessElapsed);
        Assert.False(status.Breached);
        Assert.Null(status.BreachAt);
        Assert.Equal([50], status.Warnings.Select(w => w.Threshold));
    }

    [Fact]
    public void Evaluate_ResolvedExactlyOnTarget_HasMetIt()
    {
        var f = new SlaFixture(Monday9);
        f.Log();
        f.At(H(1), i => i.Assign(Agent, Desk));
        f.At(H(8), i => i.Resolve(Agent, ResolutionCode.SolvedPermanently, "just in time"));

        var status = Assert.Single(ResolutionIn8Hours().Evaluate(f.Timeline, H(9)));

        Assert.False(status.Breached);
        Assert.Equal(100.0, status.Percentage);
        Assert.Null(status.BreachAt);
        Assert.Equal([50, 75], status.Warnings.Select(w => w.Threshold));
    }

    [Fact]
    public void Evaluate_ResolvedJustAfterTarget_IsBreachedWithTheBreachWarning()
    {
        var f = new SlaFixture(Monday9);
        f.Log();
        f.At(H(1), i => i.Assign(Agent, Desk));
        f.At(H(8) + Duration.FromSeconds(1), i => i.Resolve(Agent, ResolutionCode.SolvedPermanently, "a second late"));

        var status = Assert.Single(ResolutionIn8Hours().Evaluate(f.Timeline, H(9)));

        Assert.True(status.Breached);
        Assert.Equal(H(8), status.BreachAt);
        Assert.Equal([(50, H(4)), (75, H(6)), (100, H(8))], status.Warnings.Select(w => (w.Threshold, w.At)));
    }

    [Fact]
    public void Evaluate_RunningExactlyAtTarget_IsDueNowWithoutTheBreachWarningYet()
    {
        var f = new SlaFixture(Monday9);
        f.Log();

        var status = Assert.Single(ResolutionIn8Hours().Evaluate(f.Timeline, H(8)));

        Assert.False(status.Breached);
        Assert.Equal(H(8), status.BreachAt);
        Assert.Equal([50, 75], status.Warnings.Select(w => w.Threshold));
    }

    [Fact]
    public void Evaluate_PausedExactlyOnAThreshold_ThenResolved_KeepsWhatItShowed()
    {
        // On hold with exactly 4 of 8 hours elapsed, then resolved while on hold: the 50 % warning is not shown while it
        // sits on the threshold, and not after.
        var f = new SlaFixture(Monday9);
        f.Log();
        f.At(H(1), i => i.Assign(Agent, Desk));
        f.At(H(4), i => i.PutOnHold(Agent, HoldReason.AwaitingVendor));
        f.At(H(6), i => i.Resolve(Agent, ResolutionCode.SolvedPermanently, "vendor fixed it"));
        var levels = ResolutionIn8Hours();

        var paused = Assert.Single(levels.Evaluate(f.Timeline, H(5)));
        var ended = Assert.Single(levels.Evaluate(f.Timeline, H(7)));

        Assert.Equal((SlaStage.Paused, Duration.FromHours(4)), (paused.Stage, paused.BusinessElapsed));
        Assert.Empty(paused.Warnings);
        Assert.Empty(ended.Warnings);
    }

    [Fact]
    public void Evaluate_CancelWhenNever_IgnoresTheCancelCondition()
    {
        var f = new SlaFixture(Monday9);
        f.Log();
        f.At(H(1), i => i.Assign(Agent, Desk));
        f.At(H(3), i => i.Cancel(Agent, "raised twice"));
        var never = ResolutionIn8Hours(o => o with { CancelWhen = CancelWhen.Never });
        var met = ResolutionIn8Hours();

        var kept = Assert.Single(never.Evaluate(f.Timeline, H(4)));
        var cancelled = Assert.Single(met.Evaluate(f.Timeline, H(4)));

        Assert.Equal((SlaStage.InProgress, Duration.FromHours(4)), (kept.Stage, kept.BusinessElapsed));
        Assert.Equal((SlaStage.Cancelled, H(3)), (cancelled.Stage, cancelled.EndedAt));
    }

    [Fact]
    public void Evaluate_CancelWhenNever_AttachesToATicketAlreadyInTheCancelState()
    {
        var f = new SlaFixture(Monday9);
        f.Log();
        f.At(H(1), i => i.Cancel(Agent, "raised twice"));
        var onCancelled = new StateIn([IncidentState.Canceled]);
        var never = ResolutionIn8Hours(o => o with { Start = onCancelled, CancelWhen = CancelWhen.Never });
        var met = ResolutionIn8Hours(o => o with { Start = onCancelled });

        var status = Assert.Single(never.Evaluate(f.Timeline, H(2)));

        Assert.Equal((SlaStage.InProgress, H(1), Duration.FromHours(1)), (status.Stage, status.StartedAt, status.BusinessElapsed));
        Assert.Empty(met.Evaluate(f.Timeline, H(2)));
    }

    [Fact]
    public void Evaluate_PausedAwaitingCaller_ExcludesThePauseAndMovesTheBreach()
    {
        var f = new SlaFixture(Monday9);
        f.Log();
        f.At(H(1), i => i.Assign(Agent, Desk));
        f.At(H(2), i => i.PutOnHold(Agent, HoldReason.AwaitingCaller, "Which mailbox?"));
        f.At(H(5), i => i.RecordCallerUpdate(Caller, "The shared one"));
        var levels = ResolutionIn8Hours();

        var paused = Assert.Single(levels.Evaluate(f.Timeline, H(4)));
        var resumed = Assert.Single(levels.Evaluate(f.Timeline, H(6)));

        Assert.Equal(SlaStage.Paused, paused.Stage);
        Assert.Equal(Duration.FromHours(2), paused.BusinessElapsed);
        Assert.Equal(H(4) + Duration.FromHours(6), paused.BreachAt);
        Assert.Equal(SlaStage.InProgress, resumed.Stage);
        Assert.Equal(Duration.FromHours(3), resumed.BusinessElapsed);
        Assert.Equal(H(11), resumed.BreachAt);
        Assert.Equal(H(8), resumed.OriginalBreachAt);
    }

    [Fact]
    public void Evaluate_OnHoldForAChange_IsNotAPauseReasonSoTheClockRuns()
    {
        var f = new SlaFixture(Monday9);
        f.Log();
        f.At(H(1), i => i.Assign(Agent, Desk));
        f.At(H(2), i => i.PutOnHold(Agent, HoldReason.AwaitingChange));

        var status = Assert.Single(ResolutionIn8Hours().Evaluate(f.Timeline, H(4)));

        Assert.Equal(SlaStage.InProgress, status.Stage);
        Assert.Equal(Duration.FromHours(4), status.BusinessElapsed);
    }

    [Fact]
    public void Evaluate_Canceled_IsCancelled()
    {
        var f = new SlaFixture(Monday9);
        f.Log();
        f.At(H(3), i => i.Cancel(Agent, "duplicate"));

        var status = Assert.Single(ResolutionIn8Hours().Evaluate(f.Timeline, H(10)));

        Assert.Equal(SlaStage.Cancelled, status.Stage);
        Assert.Equal(H(3), status.EndedAt);
        Assert.Equal(Duration.FromHours(3), status.BusinessElapsed);
    }

    [Fact]
    public void Evaluate_Reopened_StartsASecondCycle()
    {
        var f = new SlaFixture(Monday9);
        f.Log();
        f.At(H(1), i => i.Assign(Agent, Desk));
        f.At(H(3), i => i.Resolve(Agent, ResolutionCode.SolvedPermanently, "restarted"));
        f.At(H(20), i => i.Reopen(Caller, "slow again"));

        var cycles = ResolutionIn8Hours().Evaluate(f.Timeline, H(22));

        Assert.Equal([1, 2], cycles.Select(c => c.Cycle));
        Assert.Equal((SlaStage.Completed, Duration.FromHours(3)), (cycles[0].Stage, cycles[0].BusinessElapsed));
        Assert.Equal((SlaStage.InProgress, H(20), Duration.FromHours(2)), (cycles[1].Stage, cycles[1].StartedAt, cycles[1].BusinessElapsed));
    }

    [Fact]
    public void Evaluate_ResetCondition_EndsTheCycleAndStartsAnother()
    {
        var f = new SlaFixture(Monday9);
        f.Log();
        f.At(H(1), i => i.Assign(Agent, Desk));
        f.At(H(2), i => i.Escalate(Agent, new ActorId("manager.lee"), "Whole floor", majorIncident: true));
        var levels = ResolutionIn8Hours(o => o with { Reset = new MajorIncident() });

        var cycles = levels.Evaluate(f.Timeline, H(3));

        Assert.Equal(2, cycles.Count);
        Assert.Equal((SlaStage.Completed, H(2)), (cycles[0].Stage, cycles[0].EndedAt));
        Assert.Equal((H(2), Duration.FromHours(1)), (cycles[1].StartedAt, cycles[1].BusinessElapsed));
    }

    // P1 1 h, P2 2 h, P3 4 h, P4 8 h, P5 16 h: every priority its own target, so that a re-target shows.
    private static readonly SlaTarget[] PerPriorityTargets = [.. Enumerable.Range(1, 5).Select(p => new SlaTarget(new Priority(p), Duration.FromHours(1 << (p - 1))))];

    private static ServiceLevelManagement ResolutionPerPriority(bool resetOnPriorityChange)
        => Levels(NoCalendars, Agreement("sla", null, Resolution(Duration.FromHours(8)) with
        {
            Targets = PerPriorityTargets,
            ResetOnPriorityChange = resetOnPriorityChange,
        }));

    [Fact]
    public void Evaluate_ResetOnPriorityChange_AnUpgradeStartsACycleWithTheNewTarget()
    {
        var f = new SlaFixture(Monday9);
        f.Log(impact: 2, urgency: 2);
        f.At(H(1), i => i.Reclassify(Agent, new Impact(1), new Urgency(1)));

        var cycles = ResolutionPerPriority(resetOnPriorityChange: true).Evaluate(f.Timeline, H(1.5));

        Assert.Equal([(new Priority(3), SlaStage.Completed, Monday9), (new Priority(1), SlaStage.InProgress, H(1))], cycles.Select(c => (c.Priority, c.Stage, c.StartedAt)));
        Assert.Equal((Duration.FromHours(1), H(2)), (cycles[1].Target, cycles[1].BreachAt));
        Assert.Equal((H(1), true, false), (cycles[0].EndedAt, cycles[0].EndedByReset, cycles[1].EndedByReset));
    }

    [Fact]
    public void Evaluate_WithoutResetOnPriorityChange_TheCycleKeepsItsTarget()
    {
        var f = new SlaFixture(Monday9);
        f.Log(impact: 2, urgency: 2);
        f.At(H(1), i => i.Reclassify(Agent, new Impact(1), new Urgency(1)));

        var status = Assert.Single(ResolutionPerPriority(resetOnPriorityChange: false).Evaluate(f.Timeline, H(1.5)));

        Assert.Equal((new Priority(3), Duration.FromHours(4), H(4)), (status.Priority, status.Target, status.BreachAt));
    }

    [Fact]
    public void Evaluate_ResetOnPriorityChange_TwoChangesInARowResetTwice_AndAReclassificationKeepingThePriorityDoesNot()
    {
        var f = new SlaFixture(Monday9);
        f.Log(impact: 2, urgency: 2);
        f.At(H(1), i => i.Reclassify(Agent, new Impact(1), new Urgency(2)));
        f.At(H(1.25), i => i.Reclassify(Agent, new Impact(1), new Urgency(1)));
        f.At(H(1.5), i => i.Reclassify(Agent, new Impact(1), new Urgency(1), category: "network"));

        var cycles = ResolutionPerPriority(resetOnPriorityChange: true).Evaluate(f.Timeline, H(1.75));

        Assert.Equal([(1, new Priority(3), Monday9), (2, new Priority(2), H(1)), (3, new Priority(1), H(1.25))], cycles.Select(c => (c.Cycle, c.Priority, c.StartedAt)));
        Assert.Equal((SlaStage.InProgress, Duration.FromHours(0.5)), (cycles[2].Stage, cycles[2].BusinessElapsed));
    }

    [Fact]
    public void Evaluate_ResetOnPriorityChange_ADowngradeAfterABreachKeepsTheBreachOnTheEndedCycle()
    {
        var f = new SlaFixture(Monday9);
        f.Log(impact: 1, urgency: 1);
        f.At(H(2), i => i.Reclassify(Agent, new Impact(3), new Urgency(3)));

        var cycles = ResolutionPerPriority(resetOnPriorityChange: true).Evaluate(f.Timeline, H(3));

        Assert.Equal(2, cycles.Count);
        Assert.Equal((new Priority(1), SlaStage.Completed, true, H(1)), (cycles[0].Priority, cycles[0].Stage, cycles[0].Breached, cycles[0].BreachAt));
        Assert.Equal((new Priority(5), false, H(18)), (cycles[1].Priority, cycles[1].Breached, cycles[1].BreachAt));
    }

    [Fact]
    public void Evaluate_ResetOnPriorityChange_YieldsToTheCancelRule()
    {
        var levels = Levels(NoCalendars, Agreement("sla", null, Resolution(Duration.FromHours(8)) with
        {
            Targets = PerPriorityTargets,
            Cancel = new PriorityIn([new Priority(5)]),
            ResetOnPriorityChange = true,
        }));
        var f = new SlaFixture(Monday9);
        f.Log(impact: 2, urgency: 2);
        f.At(H(1), i => i.Reclassify(Agent, new Impact(3), new Urgency(3)));

        var status = Assert.Single(levels.Evaluate(f.Timeline, H(2)));

        Assert.Equal((SlaStage.Cancelled, H(1), false), (status.Stage, status.EndedAt, status.EndedByReset));
    }

    [Fact]
    public void Evaluate_ResetOnPriorityChange_WithRetroactiveStart_CountsTheNewPriorityFromTheOpening()
    {
        var levels = Levels(NoCalendars, Agreement("sla", null, Resolution(Duration.FromHours(8)) with
        {
            Targets = PerPriorityTargets,
            ResetOnPriorityChange = true,
            RetroactiveStart = true,
        }));
        var f = new SlaFixture(Monday9);
        f.Log(impact: 2, urgency: 2);
        f.At(H(0.5), i => i.Assign(Agent, Desk));
        f.At(H(1), i => i.PutOnHold(Agent, HoldReason.AwaitingCaller, "Screenshot please"));
        f.At(H(2), i => i.RecordCallerUpdate(Caller, "attached"));
        f.At(H(3), i => i.Reclassify(Agent, new Impact(1), new Urgency(1)));

        var cycles = levels.Evaluate(f.Timeline, H(3.5));

        Assert.Equal(2, cycles.Count);
        Assert.Equal((SlaStage.Cancelled, true, H(3)), (cycles[0].Stage, cycles[0].EndedByReset, cycles[0].EndedAt));
        Assert.Equal((new Priority(1), Monday9, Duration.FromHours(2.5)), (cycles[1].Priority, cycles[1].StartedAt, cycles[1].BusinessElapsed));
        Assert.True(cycles[1].Breached);
        var row = Assert.Single(SlaComplianceReport.Create(cycles).Rows, r => r.Priority == new Priority(3));
        Assert.Equal((0, 0, 1, 0), (row.Met, row.Breached, row.Cancelled, row.Superseded));
    }

    private static ServiceLevelManagement RetroactivePerPriority()
        => Levels(NoCalendars, Agreement("sla", null, Resolution(Duration.FromHours(8)) with
        {
            Targets = PerPriorityTargets,
            ResetOnPriorityChange = true,
            RetroactiveStart = true,
        }));

    [Fact]
    public void Evaluate_ResetOnPriorityChange_WithRetroactiveStart_ADowngradeAfterABreachKeepsTheBreach()
    {
        // P1 (1 h) from 09:00, breached at 10:00; lowered to P5 at 12:00. The P1 breach is not erased (the replaced cycle
        // ends completed and breached, not cancelled), and P5's cycle counts from the change, not over the P1 time again.
        var f = new SlaFixture(Monday9);
        f.Log(impact: 1, urgency: 1);
        f.At(H(0.5), i => i.Assign(Agent, Desk));
        f.At(H(3), i => i.Reclassify(Agent, new Impact(3), new Urgency(3)));

        var cycles = RetroactivePerPriority().Evaluate(f.Timeline, H(3.5));

        Assert.Equal(2, cycles.Count);
        Assert.Equal((new Priority(1), SlaStage.Completed, true, true, H(1)), (cycles[0].Priority, cycles[0].Stage, cycles[0].EndedByReset, cycles[0].Breached, cycles[0].BreachAt));
        Assert.Equal((new Priority(5), H(3), false), (cycles[1].Priority, cycles[1].StartedAt, cycles[1].Breached));
        var p1 = Assert.Single(SlaComplianceReport.Create(cycles).Rows, r => r.Priority == new Priority(1));
        Assert.Equal((0, 1, 0, 0), (p1.Met, p1.Breached, p1.Cancelled, p1.Superseded));
    }

    [Fact]
    public void Evaluate_ResetOnPriorityChange_WithRetroactiveStart_ABreachedPriorityLoweredAndRaisedAgainIsOneBreach()
    {
        // P1 (1 h) from 09:00, breached at 10:00; P3 at 11:00, P1 again at 11:30, resolved at 11:45: one P1 breach.
        var f = new SlaFixture(Monday9);
        f.Log(impact: 1, urgency: 1);
        f.At(H(0.5), i => i.Assign(Agent, Desk));
        f.At(H(2), i => i.Reclassify(Agent, new Impact(2), new Urgency(2)));
        f.At(H(2.5), i => i.Reclassify(Agent, new Impact(1), new Urgency(1)));
        f.At(H(2.75), i => i.Resolve(Agent, ResolutionCode.SolvedPermanently, "restarted"));

        var cycles = RetroactivePerPriority().Evaluate(f.Timeline, H(3));

        Assert.Equal(
            [(new Priority(1), SlaStage.Completed, true, Monday9), (new Priority(3), SlaStage.Cancelled, false, H(2)), (new Priority(1), SlaStage.Completed, false, H(2))],
            cycles.Select(c => (c.Priority, c.Stage, c.Breached, c.StartedAt)));
        var p1 = Assert.Single(SlaComplianceReport.Create(cycles).Rows, r => r.Priority == new Priority(1));
        Assert.Equal((1, 1), (p1.Met, p1.Breached));
    }

    // The other route SlaStatus.Priority documents: one agreement per priority, each starting on PriorityIn, cancelled
    // when its start condition no longer holds, counting from the opening. P1 = 2 h, P5 = 24 h, around the clock.
    private static ServiceLevelManagement OneAgreementPerPriority()
    {
        static SlaObjective For(int priority, int hours) => Resolution(Duration.FromHours(hours)) with
        {
            Start = new AllOf([new StateIn([IncidentState.New, IncidentState.InProgress, IncidentState.OnHold]), new PriorityIn([new Priority(priority)])]),
            CancelWhen = CancelWhen.StartConditionNotMet,
            RetroactiveStart = true,
        };

        return Levels(NoCalendars, Agreement("p1-resolution", null, For(1, 2)), Agreement("p5-resolution", null, For(5, 24)));
    }

    [Fact]
    public void Compliance_OneAgreementPerPriority_ADowngradeAfterABreachKeepsTheBreach()
    {
        // P1 logged at 09:00, breached at 11:00, lowered to P5 at 12:00: the P1 cycle is cancelled, and its breach counts.
        var f = new SlaFixture(Monday9);
        f.Log(impact: 1, urgency: 1);
        f.At(H(0.5), i => i.Assign(Agent, Desk));
        f.At(H(3), i => i.Reclassify(Agent, new Impact(3), new Urgency(3)));
        var levels = OneAgreementPerPriority();

        var before = SlaComplianceReport.Create(levels.Evaluate(f.Timeline, H(2.5)));
        var after = levels.Evaluate(f.Timeline, H(3.5));
        var report = SlaComplianceReport.Create(after);

        Assert.Equal(1, before.Breached);
        Assert.Equal(1, report.Breached);
        var p1 = Assert.Single(after, s => s.Agreement == new SlaId("p1-resolution"));
        Assert.Equal((SlaStage.Cancelled, true, H(2)), (p1.Stage, p1.Breached, p1.BreachAt));
        var row = Assert.Single(report.Rows, r => r.Agreement == new SlaId("p1-resolution"));
        Assert.Equal((0, 1, 0, 0), (row.Met, row.Breached, row.InProgress, row.Cancelled));
    }

    [Fact]
    public void Compliance_OneAgreementPerPriority_ABreachedPriorityLoweredAndRaisedAgainIsOneBreach()
    {
        // P1 breached at 11:00, P5 at 12:00, P1 again at 12:30 and resolved at 13:00: the breach counts once, and the second
        // P1 cycle counts from 12:30 (the breached cycle measured the time before), so it is met, as under ResetOnPriorityChange.
        var f = new SlaFixture(Monday9);
        f.Log(impact: 1, urgency: 1);
        f.At(H(0.5), i => i.Assign(Agent, Desk));
        f.At(H(3), i => i.Reclassify(Agent, new Impact(3), new Urgency(3)));
        f.At(H(3.5), i => i.Reclassify(Agent, new Impact(1), new Urgency(1)));
        f.At(H(4), i => i.Resolve(Agent, ResolutionCode.SolvedPermanently, "restarted"));

        var p1 = OneAgreementPerPriority().Evaluate(f.Timeline, H(5)).Where(s => s.Agreement == new SlaId("p1-resolution")).ToArray();

        Assert.Equal(
            [(SlaStage.Cancelled, true, Monday9), (SlaStage.Completed, false, H(3.5))],
            p1.Select(c => (c.Stage, c.Breached, c.StartedAt)));
        var row = Assert.Single(SlaComplianceReport.Create(p1).Rows);
        Assert.Equal((1, 1, 0), (row.Met, row.Breached, row.Cancelled));
    }

    [Fact]
    public void Compliance_AnIncidentCanceledAfterItsBreach_StaysBreached()
    {
        // The resolution breached at 17:00 (8 h); the incident is canceled as a duplicate at 18:00: the breach is not erased.
        var f = new SlaFixture(Monday9);
        f.Log();
        f.At(H(0.5), i => i.Assign(Agent, Desk));
        f.At(H(9), i => i.Cancel(Agent, "duplicate"));

        var status = Assert.Single(ResolutionIn8Hours().Evaluate(f.Timeline, H(10)));
        var row = Assert.Single(SlaComplianceReport.Create([status]).Rows);

        Assert.Equal((SlaStage.Cancelled, true), (status.Stage, status.Breached));
        Assert.Equal((0, 1, 0), (row.Met, row.Breached, row.Cancelled));
    }

    [Fact]
    public void Evaluate_RetroactiveStart_AReopenedTicketsNewCycleCountsFromTheReopening()
    {
        // Resolved after 3 h (met), reopened at 20 h: the second cycle measures the reopened work, not the 3 h again
        // nor the 17 h the incident sat resolved.
        var f = new SlaFixture(Monday9);
        f.Log();
        f.At(H(1), i => i.Assign(Agent, Desk));
        f.At(H(3), i => i.Resolve(Agent, ResolutionCode.SolvedPermanently, "restarted"));
        f.At(H(20), i => i.Reopen(Caller, "slow again"));

        var cycles = ResolutionIn8Hours(o => o with { RetroactiveStart = true }).Evaluate(f.Timeline, H(22));

        Assert.Equal([(1, SlaStage.Completed, Monday9), (2, SlaStage.InProgress, H(20))], cycles.Select(c => (c.Cycle, c.Stage, c.StartedAt)));
        Assert.Equal((Duration.FromHours(2), H(28), false), (cycles[1].BusinessElapsed, cycles[1].BreachAt, cycles[1].Breached));
        Assert.Equal((1, 0, 1), SlaComplianceReport.Create(cycles).Rows.Select(r => (r.Met, r.Breached, r.InProgress)).Single());
    }

    [Fact]
    public void Evaluate_RetroactiveStart_APriorityChangeAfterAReopeningCountsFromTheReopening()
    {
        // P3 resolved at 2 h, reopened at 20 h, raised to P1 at 21 h: P1's cycle counts from the reopening (1 h of 1 h
        // used at 21 h, due then), not from the opening.
        var f = new SlaFixture(Monday9);
        f.Log(impact: 2, urgency: 2);
        f.At(H(1), i => i.Assign(Agent, Desk));
        f.At(H(2), i => i.Resolve(Agent, ResolutionCode.SolvedPermanently, "restarted"));
        f.At(H(20), i => i.Reopen(Caller, "slow again"));
        f.At(H(20.5), i => i.Reclassify(Agent, new Impact(1), new Urgency(1)));

        var cycles = RetroactivePerPriority().Evaluate(f.Timeline, H(20.75));

        Assert.Equal(
            [(1, new Priority(3), SlaStage.Completed, Monday9), (2, new Priority(3), SlaStage.Cancelled, H(20)), (3, new Priority(1), SlaStage.InProgress, H(20))],
            cycles.Select(c => (c.Cycle, c.Priority, c.Stage, c.StartedAt)));
        Assert.Equal((Duration.FromHours(0.75), H(21), false), (cycles[2].BusinessElapsed, cycles[2].BreachAt, cycles[2].Breached));
    }

    [Fact]
    public void Evaluate_ResetOnPriorityChange_WaitsForTheStartConditionToHold()
    {
        // Start only while New or In Progress: on hold the clock neither starts nor is cancelled (cancel: never).
        var levels = Levels(NoCalendars, Agreement("sla", null, Resolution(Duration.FromHours(8)) with
        {
            Targets = PerPriorityTargets,
            Start = new StateIn([IncidentState.New, IncidentState.InProgress]),
            Cancel = new Never(),
            ResetOnPriorityChange = true,
        }));
        var f = new SlaFixture(Monday9);
        f.Log(impact: 2, urgency: 2);
        f.At(H(0.5), i => i.Assign(Agent, Desk));
        f.At(H(1), i => i.PutOnHold(Agent, HoldReason.AwaitingCaller, "Screenshot please"));
        f.At(H(2), i => i.Reclassify(Agent, new Impact(1), new Urgency(1)));
        f.At(H(3), i => i.RecordCallerUpdate(Caller, "attached"));

        var cycles = levels.Evaluate(f.Timeline, H(3.5));

        Assert.Equal([(1, new Priority(3), Monday9, (Instant?)H(3)), (2, new Priority(1), H(3), null)], cycles.Select(c => (c.Cycle, c.Priority, c.StartedAt, c.EndedAt)));
        Assert.Equal((Duration.FromHours(1), SlaStage.Completed), (cycles[0].BusinessElapsed, cycles[0].Stage));
    }

    [Fact]
    public void Compliance_ACycleEndedByAChangeOfPriorityIsSupersededNotMet()
    {
        var f = new SlaFixture(Monday9);
        f.Log(impact: 3, urgency: 3);
        f.At(H(0.5), i => i.Assign(Agent, Desk));
        f.At(H(1), i => i.Reclassify(Agent, new Impact(2), new Urgency(2)));
        f.At(H(2), i => i.Resolve(Agent, ResolutionCode.SolvedPermanently, "restarted"));

        var report = SlaComplianceReport.Create(ResolutionPerPriority(resetOnPriorityChange: true).Evaluate(f.Timeline, H(3)));

        Assert.Equal(
            [(new Priority(3), 1, 0, 0), (new Priority(5), 0, 0, 1)],
            report.Rows.Select(r => (r.Priority, r.Met, r.Breached, r.Superseded)));
        Assert.Equal(100.0, report.Rows[0].CompliancePercent);
        Assert.Null(report.Rows[1].CompliancePercent);
    }

    [Fact]
    public void ResetOnPriorityChange_RoundTripsThroughJson()
    {
        var objective = Resolution(Duration.FromHours(8)) with { ResetOnPriorityChange = true };

        var json = ItilCore.Serialization.ItilJson.Serialize(objective);

        Assert.Contains("\"resetOnPriorityChange\": true", json, StringComparison.Ordinal);
        var back = ItilCore.Serialization.ItilJson.Deserialize<SlaObjective>(json);
        Assert.True(back.ResetOnPriorityChange);
        Assert.Equal(json, ItilCore.Serialization.ItilJson.Serialize(back));
        Assert.False(ItilCore.Serialization.ItilJson.Deserialize<SlaObjective>(json.Replace("\"resetOnPriorityChange\": true,", string.Empty, StringComparison.Ordinal)).ResetOnPriorityChange);
    }

    [Fact]
    public void Evaluate_RetroactiveStart_CountsFromOpeningAndReplaysPauses()
    {
        // A P1 objective that starts only once the incident is P1: raised after 3 h, counted from the opening,
        // with the hour awaiting the caller in between left out.
        var p1 = new SlaObjective(SlaMetric.Resolution, Targets(Duration.FromHours(4)), new PriorityIn([new Priority(1)]), new StateIn([IncidentState.Resolved]))
        {
            Pause = new HoldReasonIn([HoldReason.AwaitingCaller]),
            RetroactiveStart = true,
        };
        var f = new SlaFixture(Monday9);
        f.Log(impact: 3, urgency: 3);
        f.At(H(0.5), i => i.Assign(Agent, Desk));
        f.At(H(1), i => i.PutOnHold(Agent, HoldReason.AwaitingCaller, "Screenshot please"));
        f.At(H(2), i => i.RecordCallerUpdate(Caller, "attached"));
        f.At(H(3), i => i.Reclassify(Agent, new Impact(1), new Urgency(1)));
        var levels = Levels(NoCalendars, Agreement("p1", null, p1));

        var status = Assert.Single(levels.Evaluate(f.Timeline, H(3.5)));

        Assert.Equal(Monday9, status.StartedAt);
        Assert.Equal(new Priority(1), status.Priority);
        Assert.Equal(Duration.FromHours(2.5), status.BusinessElapsed);
        Assert.Equal(H(5), status.BreachAt);
    }

    [Fact]
    public void Evaluate_RetroactiveStart_AppliesToEveryAttach_SoFlappingThePriorityDoesNotRestartTheClock()
    {
        // P1 objective, 4 h, counted from the opening: P3 at 09:00, P1 at 10:00, P3 at 11:00 (cancelled), P1 at 12:00.
        var p1 = new SlaObjective(SlaMetric.Resolution, Targets(Duration.FromHours(4)), new PriorityIn([new Priority(1)]), new StateIn([IncidentState.Resolved]))
        {
            CancelWhen = CancelWhen.StartConditionNotMet,
            RetroactiveStart = true,
        };
        var f = new SlaFixture(Monday9);
        f.Log(impact: 3, urgency: 3);
        f.At(H(0.5), i => i.Assign(Agent, Desk));
        f.At(H(1), i => i.Reclassify(Agent, new Impact(1), new Urgency(1)));
        f.At(H(2), i => i.Reclassify(Agent, new Impact(3), new Urgency(3)));
        f.At(H(3), i => i.Reclassify(Agent, new Impact(1), new Urgency(1)));
        var levels = Levels(NoCalendars, Agreement("p1", null, p1));

        var cycles = levels.Evaluate(f.Timeline, H(3.5));

        Assert.Equal([SlaStage.Cancelled, SlaStage.InProgress], cycles.Select(c => c.Stage));
        Assert.Equal((Monday9, Duration.FromHours(3.5), H(4)), (cycles[1].StartedAt, cycles[1].BusinessElapsed, cycles[1].BreachAt));
    }

    [Fact]
    public void Evaluate_StartHoldsAgainWhileTheStopDoes_TheNextCycleAttachesOnceTheStopNoLongerHolds()
    {
        // Runs while P1–P3 until someone is assigned. P3 at 09:00, assigned at 10:00 (cycle 1 met), P5 at 11:00 (start
        // stops holding), P3 again at 12:00 while still assigned (stop holds), reassigned to nobody at 13:00.
        var response = new SlaObjective(SlaMetric.FirstResponse, Targets(Duration.FromHours(1)), new PriorityIn([new Priority(1), new Priority(2), new Priority(3)]), new HasAssignee());
        var f = new SlaFixture(Monday9);
        f.Log(impact: 2, urgency: 2);
        f.At(H(1), i => i.Assign(Agent, Desk, Agent));
        f.At(H(2), i => i.Reclassify(Agent, new Impact(3), new Urgency(3)));
        f.At(H(3), i => i.Reclassify(Agent, new Impact(2), new Urgency(2)));
        f.At(H(4), i => i.Reassign(Agent, new AssignmentGroupId("network"), "Needs the network team"));
        var levels = Levels(NoCalendars, Agreement("response", null, response));

        var cycles = levels.Evaluate(f.Timeline, H(4.5));

        Assert.Equal([SlaStage.Completed, SlaStage.InProgress], cycles.Select(c => c.Stage));
        Assert.Equal(H(4), cycles[1].StartedAt);
    }

    [Fact]
    public void Evaluate_CancelWhenStartNoLongerHolds_CancelsInsteadOfPausing()
    {
        // ServiceNow's documented pitfall: a start condition that excludes On Hold cancels the SLA.
        var f = new SlaFixture(Monday9);
        f.Log();
        f.At(H(1), i => i.Assign(Agent, Desk));
        f.At(H(2), i => i.PutOnHold(Agent, HoldReason.AwaitingVendor));
        var levels = ResolutionIn8Hours(o => o with
        {
            Start = new StateIn([IncidentState.New, IncidentState.InProgress]),
            Pause = new Never(),
            CancelWhen = CancelWhen.StartConditionNotMet,
        });

        var status = Assert.Single(levels.Evaluate(f.Timeline, H(3)));

        Assert.Equal((SlaStage.Cancelled, H(2)), (status.Stage, status.EndedAt));
    }

    [Fact]
    public void Evaluate_ResumeConditionRule_WaitsForTheResumeCondition()
    {
        var f = new SlaFixture(Monday9);
        f.Log();
        f.At(H(1), i => i.Assign(Agent, Desk));
        f.At(H(2), i => i.PutOnHold(Agent, HoldReason.AwaitingVendor));
        f.At(H(3), i => i.Resume(Agent));
        f.At(H(4), i => i.Escalate(Agent, new ActorId("manager.lee"), "vendor late", majorIncident: true));
        var levels = ResolutionIn8Hours(o => o with { ResumeWhen = ResumeWhen.ResumeConditionMet, Resume = new MajorIncident() });

        var status = Assert.Single(levels.Evaluate(f.Timeline, H(5)));

        // Paused at 2 h; leaving On Hold at 3 h does not resume it; the major-incident declaration at 4 h does.
        Assert.Equal(Duration.FromHours(3), status.BusinessElapsed);
        Assert.Equal(SlaStage.InProgress, status.Stage);
    }

    [Fact]
    public void Evaluate_PausedWhileTheResumeConditionHolds_StaysRunningWhateverElseHappens()
    {
        // On hold for a vendor (the pause condition) and declared major (the resume condition) at the same time: the clock
        // resumes once and stays running through later work notes, which change nothing it reads.
        var f = new SlaFixture(Monday9);
        f.Log();
        f.At(H(1), i => i.Assign(Agent, Desk));
        f.At(H(2), i => i.PutOnHold(Agent, HoldReason.AwaitingVendor));
        f.At(H(4), i => i.Escalate(Agent, new ActorId("manager.lee"), "vendor late", majorIncident: true));
        f.At(H(5), i => i.AddWorkNote(Agent, "chased the vendor"));
        f.At(H(6), i => i.AddWorkNote(Agent, "chased again"));
        var levels = ResolutionIn8Hours(o => o with { ResumeWhen = ResumeWhen.ResumeConditionMet, Resume = new MajorIncident() });

        var status = Assert.Single(levels.Evaluate(f.Timeline, H(7)));

        Assert.Equal((SlaStage.InProgress, Duration.FromHours(5)), (status.Stage, status.BusinessElapsed));
    }

    [Fact]
    public void Evaluate_ResetWhileTheCancelConditionHolds_AttachesNoNewCycle()
    {
        var f = new SlaFixture(Monday9);
        f.Log();
        f.At(H(1), i => i.Assign(Agent, Desk));
        f.At(H(2), i => i.Reclassify(Agent, new Impact(1), new Urgency(1)));
        var levels = ResolutionIn8Hours(o => o with
        {
            Reset = new PriorityIn([new Priority(1), new Priority(2)]),
            Cancel = new PriorityIn([new Priority(1)]),
        });

        var cycle = Assert.Single(levels.Evaluate(f.Timeline, H(3)));

        Assert.Equal((SlaStage.Completed, H(2)), (cycle.Stage, cycle.EndedAt));
    }

    [Fact]
    public void Evaluate_FirstMatch_KeepsOneAgreementPerKindAndMetric()
    {
        var f = new SlaFixture(Monday9);
        f.Log();
        var document = new ServiceLevelDocument([
            Agreement("first", null, Resolution(Duration.FromHours(8))),
            Agreement("second", null, Resolution(Duration.FromHours(6))),
            Agreement("ola", null, Resolution(Duration.FromHours(4))) with { Kind = AgreementKind.OperationalLevelAgreement },
        ])
        { AttachPolicy = AttachPolicy.FirstMatch };
        var levels = ServiceLevelManagement.Create(document, Model, PriorityMatrix.ServiceNowDefault, NoCalendars);

        var statuses = levels.Evaluate(f.Timeline, H(1));

        Assert.Equal(["first", "ola"], statuses.Select(s => s.Agreement.Value));
    }

    [Fact]
    public void Evaluate_TicketWithoutPriority_ConditionsSeeTheLowestPriorityItIsMeasuredAt()
    {
        // A service request submitted without a priority is measured at P5; a P5 start condition sees P5 too.
        var ticket = new SlaTicket { Id = "REQ0001", Service = Email, Caller = Caller, OpenedAt = Monday9, UpdatedAt = Monday9 };
        var p5 = new SlaObjective(SlaMetric.Resolution, Targets(Duration.FromHours(8)), new PriorityIn([new Priority(5)]), new Never());
        var levels = Levels(NoCalendars, Agreement("sla", null, p5));

        var status = Assert.Single(levels.Evaluate([ticket], H(2)));

        Assert.Equal((new Priority(5), Duration.FromHours(2)), (status.Priority, status.BusinessElapsed));
    }

    [Fact]
    public void Evaluate_FirstResponse_StopsAtAssignment()
    {
        var f = new SlaFixture(Monday9);
        f.Log();
        f.At(H(0.25), i => i.Assign(Agent, Desk));
        var levels = Levels(NoCalendars, Agreement("sla", null, FirstResponse(Duration.FromMinutes(30)), Resolution(Duration.FromHours(8))));

        var statuses = levels.Evaluate(f.Timeline, H(1));

        var response = Assert.Single(statuses, s => s.Metric == SlaMetric.FirstResponse);
        Assert.Equal((SlaStage.Completed, Duration.FromMinutes(15)), (response.Stage, response.BusinessElapsed));
        Assert.Equal(SlaStage.InProgress, Assert.Single(statuses, s => s.Metric == SlaMetric.Resolution).Stage);
    }

    [Fact]
    public void Evaluate_EventsAfterTheInstant_AreIgnored()
    {
        var f = new SlaFixture(Monday9);
        f.Log();
        f.At(H(1), i => i.Assign(Agent, Desk));
        f.At(H(5), i => i.Resolve(Agent, ResolutionCode.SolvedPermanently, "done"));

        var status = Assert.Single(ResolutionIn8Hours().Evaluate(f.Timeline, H(3)));

        Assert.Equal((SlaStage.InProgress, Duration.FromHours(3)), (status.Stage, status.BusinessElapsed));
    }

    [Fact]
    public void Evaluate_FromEvents_EqualsEvaluateFromTheTimeline()
    {
        var f = new SlaFixture(Monday9);
        f.Log();
        f.At(H(1), i => i.Assign(Agent, Desk));
        var levels = ResolutionIn8Hours();

        Assert.Equal(levels.Evaluate(f.Timeline, H(2)), levels.Evaluate(f.Practice, f.History, H(2)), new StatusComparer());
    }

    [Fact]
    public void Explain_SumsTheWorkingIntervalsToTheElapsedTime()
    {
        var f = new SlaFixture(Monday9);
        f.Log();
        f.At(H(1), i => i.Assign(Agent, Desk));
        f.At(H(2), i => i.PutOnHold(Agent, HoldReason.AwaitingVendor, "RMA"));
        f.At(H(4), i => i.Resume(Agent));

        var explanation = ResolutionIn8Hours().Explain(f.Timeline, new SlaId("sla"), SlaMetric.Resolution, H(6));

        Assert.Equal([new Interval(Monday9, H(2)), new Interval(H(4), H(6))], explanation.Running);
        Assert.Equal([new Interval(H(2), H(4))], explanation.Pauses);
        Assert.Equal(explanation.Status.BusinessElapsed, explanation.WorkingIntervals.Aggregate(Duration.Zero, (sum, i) => sum + i.Duration));
    }

    [Fact]
    public void Explain_UnknownAgreement_ThrowsNamingIt()
    {
        var f = new SlaFixture(Monday9);
        f.Log();

        var e = Assert.Throws<ArgumentException>(() => ResolutionIn8Hours().Explain(f.Timeline, new SlaId("ola"), SlaMetric.Resolution, H(1)));
        Assert.Contains("ola", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_BeforeTheFirstCycle_SaysNoCycleHadStartedByThatInstant()
    {
        var f = new SlaFixture(Monday9);
        f.Log();
        var asked = Monday9 - Duration.FromDays(1);

        var e = Assert.Throws<ArgumentException>(() => ResolutionIn8Hours().Explain(f.Timeline, new SlaId("sla"), SlaMetric.Resolution, asked));

        Assert.Equal("at", e.ParamName);
        Assert.StartsWith($"No resolution cycle of agreement sla had started on ticket INC0001 by {asked}.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_ACycleThatDoesNotExist_SaysHowManyThereAre()
    {
        var f = new SlaFixture(Monday9);
        f.Log();

        var e = Assert.Throws<ArgumentException>(() => ResolutionIn8Hours().Explain(f.Timeline, new SlaId("sla"), SlaMetric.Resolution, H(1), cycle: 2));

        Assert.Equal("cycle", e.ParamName);
        Assert.StartsWith($"Agreement sla has 1 resolution cycle on ticket INC0001 by {H(1)}; cycle 2 does not exist.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateAndExplain_AnInstantOutsideTheCalendarsSpan_ThrowOutOfRangeNamingAt()
    {
        var f = new SlaFixture(Monday9);
        f.Log();
        var levels = ResolutionIn8Hours();

        foreach (var at in new[] { Instant.FromUtc(2200, 1, 1, 0, 0), Instant.MaxValue, BusinessCalendar.SupportedRange.End, Instant.FromUtc(1850, 1, 1, 0, 0) })
        {
            Assert.Equal("at", Assert.Throws<ArgumentOutOfRangeException>(() => levels.Evaluate(f.Timeline, at)).ParamName);
            Assert.Equal("at", Assert.Throws<ArgumentOutOfRangeException>(() => levels.Explain(f.Timeline, new SlaId("sla"), SlaMetric.Resolution, at)).ParamName);
        }
    }

    [Fact]
    public void Evaluate_TimelineOutOfOrder_ThrowsNamingTheMoment()
    {
        var f = new SlaFixture(Monday9);
        f.Log();
        f.At(H(1), i => i.Assign(Agent, Desk));
        var timeline = f.Timeline.Reverse().ToArray();

        var e = Assert.Throws<ArgumentException>(() => ResolutionIn8Hours().Evaluate(timeline, H(2)));
        Assert.Contains("not in time order: moment 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compliance_CountsMetBreachedInProgressAndCancelled()
    {
        var levels = ResolutionIn8Hours();
        var statuses = new[] { 5.0, 9.0, -1.0, -2.0 }.SelectMany(hours =>
        {
            var f = new SlaFixture(Monday9);
            f.Log();
            f.At(H(0.5), i => i.Assign(Agent, Desk));
            if (hours > 0)
            {
                f.At(H(hours), i => i.Resolve(Agent, ResolutionCode.SolvedPermanently, "fixed"));
            }
            else if (hours == -2)
            {
                f.At(H(1), i => i.Cancel(Agent, "duplicate"));
            }

            return levels.Evaluate(f.Timeline, H(12));
        });

        var row = Assert.Single(SlaComplianceReport.Create(statuses).Rows);

        Assert.Equal((1, 2, 0, 1), (row.Met, row.Breached, row.InProgress, row.Cancelled));
        Assert.Equal(100.0 / 3, row.CompliancePercent!.Value, 6);
    }

    [Fact]
    public void Compliance_KeepsEachAgreementInItsOwnRow()
    {
        // A customer SLA of 8 h and the 4-hour OLA behind it, on a ticket resolved after 6 h.
        var ola = Agreement("ola", null, Resolution(Duration.FromHours(4))) with { Kind = AgreementKind.OperationalLevelAgreement };
        var levels = Levels(NoCalendars, Agreement("sla", null, Resolution(Duration.FromHours(8))), ola);
        var f = new SlaFixture(Monday9);
        f.Log();
        f.At(H(0.5), i => i.Assign(Agent, Desk));
        f.At(H(6), i => i.Resolve(Agent, ResolutionCode.SolvedPermanently, "fixed"));

        var rows = SlaComplianceReport.Create(levels.Evaluate(f.Timeline, H(7))).Rows;

        Assert.Equal(
            [("ola", AgreementKind.OperationalLevelAgreement, 0, 1), ("sla", AgreementKind.ServiceLevelAgreement, 1, 0)],
            rows.Select(r => (r.Agreement.Value, r.Kind, r.Met, r.Breached)));
    }

    private sealed class StatusComparer : System.Collections.Generic.IEqualityComparer<SlaStatus>
    {
        public bool Equals(SlaStatus? x, SlaStatus? y)
            => x is not null && y is not null && x with { Warnings = [] } == y with { Warnings = [] } && x.Warnings.SequenceEqual(y.Warnings);

        public int GetHashCode(SlaStatus obj) => obj.Cycle;
    }
}
