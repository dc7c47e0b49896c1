using System.Collections.Generic;
using ItilCore.Catalog;
using NodaTime;

namespace ItilCore.ServiceLevels;

/// <summary>
/// The state of one cycle of one SLA objective on one ticket at one instant: a pure function of the ticket's history,
/// the definitions, the calendars and the instant. Nothing here is stored; recompute it after any change.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SlaStatus
{
    /// <summary>Gets the agreement.</summary>
    public required SlaId Agreement { get; init; }

    /// <summary>Gets the catalogued service the agreement covers.</summary>
    public required ServiceId Service { get; init; }

    /// <summary>Gets the kind of agreement.</summary>
    public required AgreementKind Kind { get; init; }

    /// <summary>Gets the metric.</summary>
    public required SlaMetric Metric { get; init; }

    /// <summary>Gets the cycle number, from 1; a reset or a new start after completion begins the next cycle.</summary>
    public required int Cycle { get; init; }

    /// <summary>
    /// Gets the ticket priority whose target applies: the priority when the cycle attached. A new priority gets its
    /// target in one of two ways, as in ServiceNow: <see cref="SlaObjective.ResetOnPriorityChange"/> (the reset condition
    /// "Priority changes": a new cycle with the new priority's target, from the change or, under
    /// <see cref="SlaObjective.RetroactiveStart"/>, from the opening, or, once a cycle has completed, from the first
    /// attachment after it), or one
    /// agreement per priority,
    /// each starting on <see cref="PriorityIn"/> with <see cref="CancelWhen.StartConditionNotMet"/> (and
    /// <see cref="SlaObjective.RetroactiveStart"/> to count from the opening). On either route a breach is never erased by
    /// a lower priority: a cycle cancelled after its target passed stays <see cref="Breached"/> and counts as breached in
    /// <see cref="SlaComplianceReport"/>, and a later cycle of the same objective counts from its own attachment, so the
    /// breach is counted once. A reset condition on <see cref="PriorityIn"/>
    /// restarts the clock only when the ticket enters the priorities it lists (a reset fires when its condition starts
    /// to hold), so it does not follow every change.
    /// </summary>
    public required Priority Priority { get; init; }

    /// <summary>Gets the business time allowed.</summary>
    public required Duration Target { get; init; }

    /// <summary>Gets the stage.</summary>
    public required SlaStage Stage { get; init; }

    /// <summary>
    /// Gets whether a reset ended the cycle (its <see cref="SlaObjective.Reset"/> condition, or a change of priority under
    /// <see cref="SlaObjective.ResetOnPriorityChange"/>) rather than its stop or cancel condition; a new cycle attaches
    /// then unless the cancel condition holds. Such a cycle is <see cref="SlaStage.Completed"/> but not met, and a breach
    /// it had still counts (see <see cref="SlaComplianceReport"/>); one whose time the next cycle measures again (a change
    /// of priority under <see cref="SlaObjective.RetroactiveStart"/>) is <see cref="SlaStage.Cancelled"/>, unless it had
    /// already breached: then it is completed (breached), and the next cycle counts from the change.
    /// </summary>
    public bool EndedByReset { get; init; }

    /// <summary>
    /// Gets when the cycle started counting: for a retroactive start, the ticket's opening, or, once a cycle of the
    /// objective has completed, when the first cycle after it attached (a reopening, say).
    /// </summary>
    public required Instant StartedAt { get; init; }

    /// <summary>Gets when the cycle completed or was cancelled.</summary>
    public Instant? EndedAt { get; init; }

    /// <summary>Gets the instant the status was evaluated at.</summary>
    public required Instant EvaluatedAt { get; init; }

    /// <summary>Gets the time zone the calendar's hours were read in.</summary>
    public required DateTimeZone Zone { get; init; }

    /// <summary>Gets the business time elapsed: working time while running, pauses excluded.</summary>
    public required Duration BusinessElapsed { get; init; }

    /// <summary>Gets the business time left: zero or negative once breached (zero when the target was reached at the close of business).</summary>
    public Duration BusinessRemaining => Target - BusinessElapsed;

    /// <summary>Gets the actual (24×7) time elapsed while running, pauses excluded.</summary>
    public required Duration ActualElapsed { get; init; }

    /// <summary>Gets the business time elapsed in percent of the target.</summary>
    public double Percentage => Target == Duration.Zero ? 0 : 100.0 * BusinessElapsed.TotalTicks / Target.TotalTicks;

    /// <summary>
    /// Gets when the target is (or was) reached: in the past once breached; projected as if the clock keeps running
    /// without further pauses otherwise (while paused, as if it resumed at <see cref="EvaluatedAt"/>);
    /// <see langword="null"/> for a cycle that ended before breaching, and for a target whose working time does not
    /// elapse within the calendar's supported range (see <see cref="BusinessCalendar.TryAdd"/>): a deadline never reached.
    /// </summary>
    public Instant? BreachAt { get; init; }

    /// <summary>
    /// Gets when the target would have been reached without any pause (ServiceNow's original breach time);
    /// <see langword="null"/> when its working time does not elapse within the calendar's supported range.
    /// </summary>
    public required Instant? OriginalBreachAt { get; init; }

    /// <summary>
    /// Gets whether the target was breached: the clock ran on past the instant its business time reached the target
    /// (<see cref="BreachAt"/>), also when that instant was the close of business and the ticket was dealt with before the
    /// calendar opened again. A cycle that ended exactly on its target has met it.
    /// </summary>
    public bool Breached => BreachAt is { } breach && breach < (EndedAt ?? EvaluatedAt) && BusinessElapsed >= Target;

    /// <summary>
    /// Gets the warning thresholds crossed so far, by the same rule as <see cref="Breached"/> (the clock ran on past the
    /// instant the threshold was reached), with that instant; a cycle that ended exactly on one did not cross it.
    /// </summary>
    public required IReadOnlyList<SlaWarning> Warnings { get; init; }
}
