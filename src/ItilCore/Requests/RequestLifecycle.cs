using System;
using ItilCore.Lifecycles;
using Stateless;
using S = ItilCore.Requests.ServiceRequestState;
using T = ItilCore.Requests.ServiceRequestTrigger;

namespace ItilCore.Requests;

/// <summary>
/// The service request lifecycle, defined once with Stateless. The commands on <see cref="ServiceRequest"/>, the rebuild
/// from events and the diagram in <c>docs/diagrams/request-lifecycle.mmd</c> are derived from it.
/// </summary>
/// <remarks>
/// <para>
/// Thread-safe. Submitted → Awaiting Approval (or straight to Approved when the item has no approval steps) → Approved
/// or Rejected → Fulfilling → Fulfilled → Closed. Approval steps are decided in order; a step is approved when its
/// quorum approved and refused as soon as its quorum can no longer be reached, which rejects the request. Fulfilment
/// ends when the last open task is closed (completed, skipped or closed incomplete: three triggers with the same
/// transitions). Cancel is possible from every state before Fulfilled (Submitted,
/// Awaiting Approval, Approved, Fulfilling); Rejected, Closed and Canceled are final. Comments can be added in every
/// state that is not final.
/// </para>
/// <para>
/// On hold is a flag, not a state (as for changes, unlike incidents): an Approved or Fulfilling request can be put on
/// hold with a <see cref="RequestHoldReason"/> and stays in its state, so resuming returns to nowhere else and
/// <see cref="RequestStateIn"/> conditions keep their meaning. While it is set, fulfilment cannot start and no task can
/// be closed; Resume, Cancel (which clears it) and comments stay possible.
/// </para>
/// <para>
/// Guards read only the request, never the command: an approval or refusal guard assumes the decision is valid (the
/// command's own check, which runs before anything changes, rejects an approver who may not decide).
/// </para>
/// </remarks>
public static class RequestLifecycle
{
    /// <summary>Holds when the request item has approval steps.</summary>
    public static readonly LifecycleGuard<ServiceRequest> NeedsApproval =
        new("the request item needs approval", r => r.Item.NeedsApproval);

    /// <summary>Holds when the request item has no approval steps.</summary>
    public static readonly LifecycleGuard<ServiceRequest> NeedsNoApproval =
        new("the request item needs no approval", r => !r.Item.NeedsApproval);

    /// <summary>Holds when one more approval completes the last approval step.</summary>
    public static readonly LifecycleGuard<ServiceRequest> ApprovalCompletes =
        new("one more approval completes the last step", r => r.IsLastStep && r.StepApprovals + 1 >= r.CurrentStep!.Quorum);

    /// <summary>Holds when one more approval does not complete the last approval step.</summary>
    public static readonly LifecycleGuard<ServiceRequest> ApprovalContinues =
        new("one more approval leaves a step to decide", r => !(r.IsLastStep && r.StepApprovals + 1 >= r.CurrentStep!.Quorum));

    /// <summary>Holds when one more refusal makes the current step's quorum unreachable.</summary>
    public static readonly LifecycleGuard<ServiceRequest> RefusalDecides =
        new("one more refusal makes the quorum unreachable", r => r.StepEligibleApprovers - (r.StepRefusals + 1) < r.CurrentStep!.Quorum);

    /// <summary>Holds when the current step's quorum can still be reached after one more refusal.</summary>
    public static readonly LifecycleGuard<ServiceRequest> RefusalLeavesQuorum =
        new("the quorum stays reachable after one more refusal", r => r.StepEligibleApprovers - (r.StepRefusals + 1) >= r.CurrentStep!.Quorum);

    /// <summary>Holds when the item raises a standard change that has not been requested yet.</summary>
    public static readonly LifecycleGuard<ServiceRequest> StandardChangeDue =
        new("the item raises a standard change not yet requested", r => r.Item.StandardChangeModel is not null && !r.StandardChangeRequested);

    /// <summary>Holds when the request is not on hold.</summary>
    public static readonly LifecycleGuard<ServiceRequest> NotOnHold =
        new("the request is not on hold", r => !r.IsOnHold);

    /// <summary>Holds when the request is on hold.</summary>
    public static readonly LifecycleGuard<ServiceRequest> OnHold =
        new("the request is on hold", r => r.IsOnHold);

    /// <summary>Holds when exactly one fulfilment task is open.</summary>
    public static readonly LifecycleGuard<ServiceRequest> LastTask =
        new("one fulfilment task is open", r => r.OpenTaskCount == 1);

    /// <summary>Holds when more than one fulfilment task is open.</summary>
    public static readonly LifecycleGuard<ServiceRequest> MoreTasks =
        new("more than one fulfilment task is open", r => r.OpenTaskCount > 1);

    /// <summary>Gets the compiled lifecycle shared by every service request.</summary>
    public static Lifecycle<S, T, ServiceRequest> Definition { get; } = new("request", S.Submitted, Define);

    private static void Define(StateMachine<S, T> machine, System.Func<LifecycleGuard<ServiceRequest>, System.Func<bool>> guard)
    {
        machine.Configure(S.Submitted)
            .PermitIf(T.StartApproval, S.AwaitingApproval, guard(NeedsApproval), NeedsApproval.Description)
            .PermitIf(T.StartApproval, S.Approved, guard(NeedsNoApproval), NeedsNoApproval.Description)
            .Permit(T.Cancel, S.Canceled)
            .PermitReentry(T.AddComment);

        machine.Configure(S.AwaitingApproval)
            .PermitIf(T.Approve, S.Approved, guard(ApprovalCompletes), ApprovalCompletes.Description)
            .PermitReentryIf(T.Approve, guard(ApprovalContinues), ApprovalContinues.Description)
            .PermitIf(T.Reject, S.Rejected, guard(RefusalDecides), RefusalDecides.Description)
            .PermitReentryIf(T.Reject, guard(RefusalLeavesQuorum), RefusalLeavesQuorum.Description)
            .Permit(T.Cancel, S.Canceled)
            .PermitReentry(T.AddComment);

        machine.Configure(S.Approved)
            .PermitIf(T.StartFulfilment, S.Fulfilling, guard(NotOnHold), NotOnHold.Description)
            .PermitReentryIf(T.PutOnHold, guard(NotOnHold), NotOnHold.Description)
            .PermitReentryIf(T.Resume, guard(OnHold), OnHold.Description)
            .Permit(T.Cancel, S.Canceled)
            .PermitReentry(T.AddComment);

        var fulfilling = machine.Configure(S.Fulfilling)
            .PermitReentryIf(T.RaiseStandardChange, guard(StandardChangeDue), StandardChangeDue.Description);

        // Completing, skipping and closing a task incomplete move the request alike; each has its own trigger so that a
        // rejection names the command that was called.
        foreach (var closeTask in new[] { T.CompleteTask, T.SkipTask, T.CloseTaskIncomplete })
        {
            fulfilling
                .PermitIf(closeTask, S.Fulfilled, Tuple.Create(guard(NotOnHold), NotOnHold.Description), Tuple.Create(guard(LastTask), LastTask.Description))
                .PermitReentryIf(closeTask, Tuple.Create(guard(NotOnHold), NotOnHold.Description), Tuple.Create(guard(MoreTasks), MoreTasks.Description));
        }

        fulfilling
            .PermitReentryIf(T.PutOnHold, guard(NotOnHold), NotOnHold.Description)
            .PermitReentryIf(T.Resume, guard(OnHold), OnHold.Description)
            .Permit(T.Cancel, S.Canceled)
            .PermitReentry(T.AddComment);

        machine.Configure(S.Fulfilled)
            .Permit(T.Close, S.Closed)
            .PermitReentry(T.AddComment);

        machine.Configure(S.Rejected);
        machine.Configure(S.Closed);
        machine.Configure(S.Canceled);
    }
}
