using System.Collections.Generic;
using System.Linq;

namespace ItilCore.ServiceLevels;

/// <summary>
/// One measured objective of an agreement: a metric, its targets per priority, and the conditions that start, pause,
/// resume, stop, cancel and reset its clock.
/// </summary>
/// <param name="Metric">What is measured.</param>
/// <param name="Targets">One target per priority of the matrix.</param>
/// <param name="Start">When the clock attaches.</param>
/// <param name="Stop">When the clock completes.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SlaObjective(SlaMetric Metric, IReadOnlyList<SlaTarget> Targets, SlaCondition Start, SlaCondition Stop)
{
    /// <summary>
    /// Gets the kinds of ticket the objective measures (ServiceNow's table of an SLA definition, iTop's request type of a
    /// target; JSON <c>"appliesTo": ["incident"]</c>, <c>["service-request"]</c>, or both for any ticket). When
    /// <see langword="null"/> (left out), the kind follows from the conditions: an objective whose conditions read a service
    /// request (<c>RequestStateIn</c>, <c>RequestHoldReasonIn</c>) and no incident measures service requests; one that reads
    /// both measures both; any other, including one whose conditions read no practice's snapshot (<see cref="Always"/>,
    /// <see cref="PriorityIn"/>, <see cref="HasAssignmentGroup"/>: a first response, say), measures incidents. See
    /// <see cref="Measures"/>.
    /// </summary>
    public IReadOnlyList<TicketKind>? AppliesTo { get; init; }

    /// <summary>Gets when the clock pauses; <see cref="Never"/> by default.</summary>
    public SlaCondition Pause { get; init; } = new Never();

    /// <summary>Gets when a paused clock resumes; see <see cref="ResumeWhen"/>.</summary>
    public ResumeWhen ResumeWhen { get; init; } = ResumeWhen.PauseConditionNotMet;

    /// <summary>Gets the resume condition, used with <see cref="ResumeWhen.ResumeConditionMet"/>.</summary>
    public SlaCondition Resume { get; init; } = new Never();

    /// <summary>Gets when the clock is cancelled; see <see cref="CancelWhen"/>.</summary>
    public CancelWhen CancelWhen { get; init; } = CancelWhen.CancelConditionMet;

    /// <summary>Gets the cancel condition.</summary>
    public SlaCondition Cancel { get; init; } = new Never();

    /// <summary>
    /// Gets when the current cycle ends and a new one starts (if the start condition holds): when this condition begins to
    /// hold (it did not at the previous snapshot). To follow every change of priority, use
    /// <see cref="ResetOnPriorityChange"/>: no condition on one snapshot can see a change.
    /// </summary>
    public SlaCondition Reset { get; init; } = new Never();

    /// <summary>
    /// Gets whether a change of the ticket's priority resets the clock (ServiceNow's reset condition "Priority changes"),
    /// so that the ticket is measured against its new priority's target. At the first snapshot where the priority
    /// differs from the one the running cycle attached with, the start condition holds and the cancel rule does not
    /// cancel the cycle (if it does, the cycle is cancelled instead), the cycle ends with
    /// <see cref="SlaStatus.EndedByReset"/> and a new cycle attaches with the new priority's target. The new cycle counts
    /// from the change, and the ended cycle is completed (not met; a breach it had still counts). Under
    /// <see cref="RetroactiveStart"/> the new cycle counts from the ticket's opening instead (a P3 raised to P1 after three
    /// hours gets P1's target from the opening), so it measures the ended cycle's time again, and the ended cycle is
    /// cancelled (as ServiceNow's per-priority SLAs with retroactive start are), unless it had already breached: then it
    /// ends completed and its breach still counts, so that lowering a priority never erases a breach, and the new cycle
    /// counts from the change (the time until then was measured). While the start condition does not hold,
    /// the reset waits for the next snapshot where it does. Off by default: a cycle keeps the target of the priority it
    /// attached with.
    /// </summary>
    public bool ResetOnPriorityChange { get; init; }

    /// <summary>
    /// Gets whether the clock counts from when the ticket was opened rather than from when the start condition held,
    /// replaying the pauses in between (ServiceNow's retroactive start and pause). As in ServiceNow, where "set start to"
    /// is a property of the definition, every cycle that attaches does so (a P1 clock cancelled by a downgrade and attached
    /// again by a new upgrade counts from the opening again, so flapping the priority does not restart it); a cycle that
    /// a reset condition starts counts from the reset (one that a change of priority starts counts from the opening, see
    /// <see cref="ResetOnPriorityChange"/>). Once a cycle has completed (the stop condition held, a reset condition ended
    /// it, or a change of priority replaced it after it breached) or was cancelled after it breached, "the opening" is the
    /// first attachment after it: no cycle measures again the time a completed or breached one measured, and a reopened
    /// incident's new resolution cycle counts from the reopening, not over the time the ticket sat resolved.
    /// </summary>
    public bool RetroactiveStart { get; init; }

    /// <summary>
    /// Tells whether the objective measures tickets of a kind: one <see cref="AppliesTo"/> lists, or, when it lists none,
    /// one its conditions read (incidents when they read neither kind). Only such tickets get its clock; a ticket whose
    /// <see cref="SlaTicket.Kind"/> is not given gets every objective's.
    /// </summary>
    /// <param name="kind">The kind of ticket.</param>
    /// <returns><see langword="true"/> when the objective measures that kind.</returns>
    public bool Measures(TicketKind kind)
    {
        if (AppliesTo is { } kinds)
        {
            return kinds.Contains(kind);
        }

        var requests = ReadByConditions(TicketKind.ServiceRequest);
        return kind switch
        {
            TicketKind.ServiceRequest => requests,
            TicketKind.Incident => !requests || ReadByConditions(TicketKind.Incident),
            _ => false,
        };
    }

    /// <summary>Tells whether any of the objective's conditions reads the snapshot of a kind of ticket.</summary>
    internal bool ReadByConditions(TicketKind kind)
        => Reads(Start, kind) || Reads(Stop, kind) || Reads(Pause, kind) || Reads(Resume, kind) || Reads(Cancel, kind) || Reads(Reset, kind);

    // Conditions may be missing in a definition not yet validated.
    private static bool Reads(SlaCondition? condition, TicketKind kind) => condition is not null && condition.Reads(kind);
}
