using ItilCore.Lifecycles;
using Stateless;
using S = ItilCore.Incidents.IncidentState;
using T = ItilCore.Incidents.IncidentTrigger;

namespace ItilCore.Incidents;

/// <summary>
/// The incident lifecycle, defined once with Stateless. Everything else (the commands on <see cref="Incident"/>, the
/// rebuild from events, the diagram in <c>docs/diagrams/incident-lifecycle.mmd</c>) is derived from it.
/// </summary>
/// <remarks>
/// Thread-safe. The rules, after ServiceNow: New → In Progress by assignment, so an incident in progress always has an
/// assignment group; On Hold (from In Progress) with a typed reason, left by Resume or, when awaiting the caller, by a
/// caller update; Reopen only from Resolved; Closed and Canceled are final. Commands that record without moving (work
/// notes, caller updates, escalation, withdrawing a major incident declaration, reclassification, priority overrides, reassignment, parent,
/// problem and change links) re-enter their
/// state: the lifecycle has no entry or exit actions, so re-entry and an internal transition are the same, and
/// re-entry keeps the diagram free of Stateless's placeholder guard names.
/// </remarks>
public static class IncidentLifecycle
{
    /// <summary>Holds when the incident is on hold awaiting the caller.</summary>
    public static readonly LifecycleGuard<Incident> AwaitingCaller =
        new("the incident is awaiting the caller", i => i.HoldReason == HoldReason.AwaitingCaller);

    /// <summary>Holds when the incident is on hold for any reason other than the caller.</summary>
    public static readonly LifecycleGuard<Incident> NotAwaitingCaller =
        new("the incident is not awaiting the caller", i => i.HoldReason != HoldReason.AwaitingCaller);

    /// <summary>Gets the compiled lifecycle shared by every incident.</summary>
    public static Lifecycle<S, T, Incident> Definition { get; } = new("incident", S.New, Define);

    private static void Define(StateMachine<S, T> machine, System.Func<LifecycleGuard<Incident>, System.Func<bool>> guard)
    {
        // What can be recorded on any open incident without moving it.
        static StateMachine<S, T>.StateConfiguration Records(StateMachine<S, T>.StateConfiguration state)
            => state
                .PermitReentry(T.AddWorkNote)
                .PermitReentry(T.Escalate)
                .PermitReentry(T.DemoteMajorIncident)
                .PermitReentry(T.Reclassify)
                .PermitReentry(T.OverridePriority)
                .PermitReentry(T.LinkToParent)
                .PermitReentry(T.LinkToProblem)
                .PermitReentry(T.LinkToChange);

        Records(machine.Configure(S.New)
            .Permit(T.Assign, S.InProgress)
            .Permit(T.Cancel, S.Canceled)
            .PermitReentry(T.CallerUpdate));

        Records(machine.Configure(S.InProgress)
            .Permit(T.PutOnHold, S.OnHold)
            .Permit(T.Resolve, S.Resolved)
            .Permit(T.Cancel, S.Canceled)
            .PermitReentry(T.Assign)
            .PermitReentry(T.Reassign)
            .PermitReentry(T.CallerUpdate));

        Records(machine.Configure(S.OnHold)
            .Permit(T.Resume, S.InProgress)
            .PermitIf(T.CallerUpdate, S.InProgress, guard(AwaitingCaller), AwaitingCaller.Description)
            .PermitReentryIf(T.CallerUpdate, guard(NotAwaitingCaller), NotAwaitingCaller.Description)
            .Permit(T.Resolve, S.Resolved)
            .Permit(T.Cancel, S.Canceled)
            .PermitReentry(T.Assign)
            .PermitReentry(T.Reassign));

        machine.Configure(S.Resolved)
            .Permit(T.Reopen, S.InProgress)
            .Permit(T.Close, S.Closed)
            .PermitReentry(T.CallerUpdate)
            .PermitReentry(T.AddWorkNote)
            .PermitReentry(T.LinkToProblem)
            .PermitReentry(T.LinkToChange);

        machine.Configure(S.Closed);
        machine.Configure(S.Canceled);
    }
}
