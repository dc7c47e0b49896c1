using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace ItilCore.ServiceLevels;

/// <summary>One cycle of one objective, traced over a ticket's timeline: when it ran and when it was paused.</summary>
internal sealed class SlaCycleTrace
{
    private readonly List<Interval> _running = [];
    private readonly List<Interval> _pauses = [];
    private Instant? _runningSince;
    private Instant? _pausedSince;

    private SlaCycleTrace(int cycle, Instant startedAt, Priority priority, Duration target)
    {
        Cycle = cycle;
        StartedAt = startedAt;
        Priority = priority;
        Target = target;
        _runningSince = startedAt;
    }

    public int Cycle { get; }

    public Instant StartedAt { get; }

    public Priority Priority { get; }

    public Duration Target { get; }

    public SlaStage Stage { get; private set; } = SlaStage.InProgress;

    public Instant? EndedAt { get; private set; }

    public bool EndedByReset { get; private set; }

    public IReadOnlyList<Interval> Running => _running;

    public IReadOnlyList<Interval> Pauses => _pauses;

    // Follows ServiceNow's documented order, snapshot by snapshot; see ServiceLevelManagement's remarks.
    public static IReadOnlyList<SlaCycleTrace> Run(SlaObjective objective, IReadOnlyList<SlaTicket> timeline, Instant at, BusinessCalendar calendar)
    {
        var cycles = new List<SlaCycleTrace>();
        SlaCycleTrace? active = null;

        // Where a retroactive cycle counts from: the opening (snapshot 0), or, once a cycle has completed (by its stop
        // condition, a reset condition, or a change of priority after it breached) or was cancelled after its breach, the
        // snapshot the next cycle attached at, so that no cycle measures again the time a completed or breached one
        // measured (nor, after a reopening, the time the ticket sat resolved in between).
        var origin = 0;
        var completedSinceOrigin = false;

        // A new cycle attaches when the start condition holds again after having stopped holding at some snapshot since
        // the last cycle attached (the first cycle: whenever it holds), even if the stop or cancel condition kept it from
        // attaching at the snapshot right after that.
        var startStoppedSinceLastCycle = true;
        var resetHeldBefore = false;
        for (var i = 0; i < timeline.Count && timeline[i].UpdatedAt <= at; i++)
        {
            var ticket = timeline[i];
            var now = ticket.UpdatedAt;
            var start = objective.Start.Matches(ticket);
            var reset = objective.Reset.Matches(ticket);
            if (active is null)
            {
                if (start && !objective.Stop.Matches(ticket) && !Cancels(objective, ticket) && startStoppedSinceLastCycle)
                {
                    startStoppedSinceLastCycle = false;
                    if (completedSinceOrigin)
                    {
                        (origin, completedSinceOrigin) = (i, false);
                    }

                    active = Attach(objective, timeline, i, objective.RetroactiveStart, origin, cycles.Count + 1);
                    cycles.Add(active);
                    active.PauseOrResume(objective, ticket, now);
                }
            }
            else if (objective.Stop.Matches(ticket))
            {
                active.End(SlaStage.Completed, now);
                active = null;
                completedSinceOrigin = true;
            }
            else
            {
                active.PauseOrResume(objective, ticket, now);
                var conditionReset = reset && !resetHeldBefore;

                // A change of priority is seen against the cycle's own priority (two changes in a row reset twice), and
                // yields to the cancel rule: a cycle the ticket no longer wants is cancelled, not succeeded.
                var priorityReset = objective.ResetOnPriorityChange && ticket.Priority != active.Priority && !Cancels(objective, ticket);
                if (start && (conditionReset || priorityReset))
                {
                    // A new priority's cycle that counts from the opening measures the same time again, so the cycle it
                    // replaces is cancelled (ServiceNow's per-priority SLAs with retroactive start do the same), not
                    // completed: its time would otherwise be counted twice. A cycle that has already breached keeps its
                    // breach (completed, breached), so that lowering the priority never erases one; the cycle after it then
                    // counts from the change.
                    var remeasured = !conditionReset && objective.RetroactiveStart;
                    active.Close(now);
                    active.End(remeasured && active.CrossedAt(calendar, active.Target) is null ? SlaStage.Cancelled : SlaStage.Completed, now);
                    active.EndedByReset = true;

                    // Time a completed cycle measured (met, breached or superseded) is not measured again: the next
                    // retroactive cycle counts from here, so a breach kept above is not counted twice.
                    completedSinceOrigin |= active.Stage == SlaStage.Completed;
                    active = null;

                    if (!Cancels(objective, ticket))
                    {
                        startStoppedSinceLastCycle = false;
                        if (completedSinceOrigin)
                        {
                            (origin, completedSinceOrigin) = (i, false);
                        }

                        // After a change of priority the new priority's cycle counts as any attachment does (from the
                        // opening under RetroactiveStart, or from the first attachment after a completed cycle: a P3 raised
                        // to P1 gets P1's target from when it was opened); after a reset condition, from the reset.
                        active = Attach(objective, timeline, i, remeasured, origin, cycles.Count + 1);
                        cycles.Add(active);
                        active.PauseOrResume(objective, ticket, now);
                    }
                }
                else if (Cancels(objective, ticket) || (objective.CancelWhen == CancelWhen.StartConditionNotMet && !start))
                {
                    // A cycle cancelled after its breach keeps it (SlaComplianceReport counts it), so it has measured its
                    // time as a completed cycle has: a later retroactive cycle (the priority raised again, under one
                    // agreement per priority) counts from its own attachment, and the breach is not counted twice.
                    active.End(SlaStage.Cancelled, now);
                    completedSinceOrigin |= active.CrossedAt(calendar, active.Target) is not null;
                    active = null;
                }
            }

            startStoppedSinceLastCycle |= !start;
            resetHeldBefore = reset;
        }

        active?.Close(at);
        return cycles;
    }

    // ServiceNow's "when to cancel: Never" leaves the cancel condition unused.
    private static bool Cancels(SlaObjective objective, SlaTicket ticket)
        => objective.CancelWhen != CancelWhen.Never && objective.Cancel.Matches(ticket);

    public SlaStatus ToStatus(ServiceLevelAgreementDefinition agreement, SlaObjective objective, BusinessCalendar calendar, Instant at)
    {
        var elapsed = Duration.Zero;
        var actual = Duration.Zero;
        foreach (var period in _running)
        {
            elapsed += calendar.BusinessTimeBetween(period.Start, period.End);
            actual += period.Duration;
        }

        // A threshold is crossed once the clock has run past the instant its business time reached it (ServiceNow marks
        // the breach when the timer reaches the target, also when that is the close of business): a cycle ending exactly
        // then has met it, one still running after it (even in closed hours, or resolved over a closed weekend) has not.
        // The same rule whether the cycle runs, is paused or has ended, so a warning or breach once shown is never
        // withdrawn: running time only grows, and the instant a threshold was reached never moves.
        var warnings = new List<SlaWarning>();
        foreach (var threshold in agreement.WarningThresholds)
        {
            if (CrossedAt(calendar, Percent(Target, threshold)) is { } crossed)
            {
                warnings.Add(new SlaWarning(threshold, crossed));
            }
        }

        // Still open and not crossed: projected as if the clock keeps (or starts again) running from now; none when the
        // calendar's working time runs out first (a target too long for its hours, or past its supported range).
        // A running or paused cycle whose business time has just reached the target is due now (adding zero business time
        // would move to the calendar's next opening: a target reached at the close of business is not due tomorrow).
        Instant? breachAt = CrossedAt(calendar, Target)
            ?? (EndedAt is not null ? null : elapsed >= Target ? at : calendar.TryAdd(at, Target - elapsed, out var due) ? due : null);
        return new SlaStatus
        {
            Agreement = agreement.Id,
            Service = agreement.Service,
            Kind = agreement.Kind,
            Metric = objective.Metric,
            Cycle = Cycle,
            Priority = Priority,
            Target = Target,
            Stage = Stage,
            StartedAt = StartedAt,
            EndedAt = EndedAt,
            EndedByReset = EndedByReset,
            EvaluatedAt = at,
            Zone = calendar.Zone,
            BusinessElapsed = elapsed,
            ActualElapsed = actual,
            BreachAt = breachAt,
            OriginalBreachAt = calendar.TryAdd(StartedAt, Target, out var original) ? original : null,
            Warnings = warnings,
        };
    }

    private static SlaCycleTrace Attach(SlaObjective objective, IReadOnlyList<SlaTicket> timeline, int index, bool retroactive, int origin, int cycle)
    {
        var ticket = timeline[index];
        // ServiceLevelManagement gives a ticket without a priority the matrix's lowest before any condition reads it.
        var priority = ticket.Priority ?? throw new InvalidOperationException("Unreachable: every ticket has its effective priority by now.");
        var target = objective.Targets.FirstOrDefault(t => t.Priority == priority)?.Duration
            ?? throw new ArgumentException($"Ticket {ticket.Id} has priority {priority}, which has no {objective.Metric} target; was it logged with another priority matrix?", nameof(timeline));
        if (!retroactive)
        {
            return new SlaCycleTrace(cycle, ticket.UpdatedAt, priority, target);
        }

        // Retroactive start: count from the ticket's opening (or the origin a completed cycle moved it to) and replay the
        // pauses of the snapshots in between.
        var trace = new SlaCycleTrace(cycle, origin == 0 ? timeline[0].OpenedAt : timeline[origin].UpdatedAt, priority, target);
        for (var j = origin; j < index; j++)
        {
            trace.PauseOrResume(objective, timeline[j], timeline[j].UpdatedAt);
        }

        return trace;
    }

    // Integer arithmetic on nanoseconds, so that 75 % of a target is exact.
    private static Duration Percent(Duration target, int percent)
        => Duration.FromNanoseconds((target.ToInt64Nanoseconds() / 100 * percent) + (target.ToInt64Nanoseconds() % 100 * percent / 100));

    private void PauseOrResume(SlaObjective objective, SlaTicket ticket, Instant now)
    {
        // Under "resume when the resume condition holds", a running clock does not pause while that condition holds: a ticket
        // matching both would otherwise pause and resume on every event, however little changed.
        if (_runningSince is { } since && objective.Pause.Matches(ticket)
            && (objective.ResumeWhen == ResumeWhen.PauseConditionNotMet || !objective.Resume.Matches(ticket)))
        {
            AddPeriod(_running, since, now);
            _runningSince = null;
            _pausedSince = now;
            Stage = SlaStage.Paused;
        }
        else if (_pausedSince is { } paused && (objective.ResumeWhen == ResumeWhen.PauseConditionNotMet ? !objective.Pause.Matches(ticket) : objective.Resume.Matches(ticket)))
        {
            AddPeriod(_pauses, paused, now);
            _pausedSince = null;
            _runningSince = now;
            Stage = SlaStage.InProgress;
        }
    }

    private void End(SlaStage stage, Instant now)
    {
        Close(now);
        Stage = stage;
        EndedAt = now;
    }

    private void Close(Instant now)
    {
        if (_runningSince is { } running)
        {
            AddPeriod(_running, running, now);
            _runningSince = now;
        }

        if (_pausedSince is { } paused)
        {
            AddPeriod(_pauses, paused, now);
            _pausedSince = now;
        }
    }

    private static void AddPeriod(List<Interval> periods, Instant from, Instant to)
    {
        if (to > from)
        {
            periods.Add(new Interval(from, to));
        }
    }

    // When the business time elapsed reached `need`, if the clock has run past that instant since.
    private Instant? CrossedAt(BusinessCalendar calendar, Duration need)
    {
        var sum = Duration.Zero;
        for (var i = 0; i < _running.Count; i++)
        {
            var period = _running[i];
            var inPeriod = calendar.BusinessTimeBetween(period.Start, period.End);
            if (sum + inPeriod >= need)
            {
                var reached = calendar.Add(period.Start, need - sum);
                return period.End > reached || i < _running.Count - 1 ? reached : null;
            }

            sum += inPeriod;
        }

        return null;
    }
}
