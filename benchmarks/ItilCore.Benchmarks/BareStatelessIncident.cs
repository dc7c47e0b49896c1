using System;
using ItilCore.Incidents;
using Stateless;
using S = ItilCore.Incidents.IncidentState;
using T = ItilCore.Incidents.IncidentTrigger;

namespace ItilCore.Benchmarks;

/// <summary>
/// The incident lifecycle configured directly on a Stateless machine, as a user without ItilCore would write it: the
/// same states, triggers, destinations and guards as <see cref="IncidentLifecycle"/>, with plain Permit/PermitIf/PermitReentry(If).
/// The only guards are the pair on CallerUpdate from On Hold (awaiting the caller → In Progress; otherwise re-enter On Hold).
/// </summary>
public static class BareStatelessIncident
{
    public static void Configure(StateMachine<S, T> machine, Func<bool> awaitingCaller, Func<bool> notAwaitingCaller)
    {
        machine.Configure(S.New)
            .Permit(T.Assign, S.InProgress)
            .Permit(T.Cancel, S.Canceled)
            .PermitReentry(T.CallerUpdate)
            .PermitReentry(T.AddWorkNote)
            .PermitReentry(T.Escalate)
            .PermitReentry(T.DemoteMajorIncident)
            .PermitReentry(T.Reclassify)
            .PermitReentry(T.OverridePriority)
            .PermitReentry(T.LinkToParent)
            .PermitReentry(T.LinkToProblem)
            .PermitReentry(T.LinkToChange);

        machine.Configure(S.InProgress)
            .Permit(T.PutOnHold, S.OnHold)
            .Permit(T.Resolve, S.Resolved)
            .Permit(T.Cancel, S.Canceled)
            .PermitReentry(T.Assign)
            .PermitReentry(T.Reassign)
            .PermitReentry(T.CallerUpdate)
            .PermitReentry(T.AddWorkNote)
            .PermitReentry(T.Escalate)
            .PermitReentry(T.DemoteMajorIncident)
            .PermitReentry(T.Reclassify)
            .PermitReentry(T.OverridePriority)
            .PermitReentry(T.LinkToParent)
            .PermitReentry(T.LinkToProblem)
            .PermitReentry(T.LinkToChange);

        machine.Configure(S.OnHold)
            .Permit(T.Resume, S.InProgress)
            .PermitIf(T.CallerUpdate, S.InProgress, awaitingCaller, IncidentLifecycle.AwaitingCaller.Description)
            .PermitReentryIf(T.CallerUpdate, notAwaitingCaller, IncidentLifecycle.NotAwaitingCaller.Description)
            .Permit(T.Resolve, S.Resolved)
            .Permit(T.Cancel, S.Canceled)
            .PermitReentry(T.Assign)
            .PermitReentry(T.Reassign)
            .PermitReentry(T.AddWorkNote)
            .PermitReentry(T.Escalate)
            .PermitReentry(T.DemoteMajorIncident)
            .PermitReentry(T.Reclassify)
            .PermitReentry(T.OverridePriority)
            .PermitReentry(T.LinkToParent)
            .PermitReentry(T.LinkToProblem)
            .PermitReentry(T.LinkToChange);

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

    /// <summary>A new machine bound to one ticket (external state), with guards reading that ticket.</summary>
    public static StateMachine<S, T> For(Ticket ticket)
    {
        var machine = new StateMachine<S, T>(() => ticket.State, s => ticket.State = s);
        Configure(
            machine,
            () => ticket.HoldReason == HoldReason.AwaitingCaller,
            () => ticket.HoldReason != HoldReason.AwaitingCaller);
        return machine;
    }
}
