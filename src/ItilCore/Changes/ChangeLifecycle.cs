using System;
using ItilCore.Lifecycles;
using Stateless;
using S = ItilCore.Changes.ChangeState;
using T = ItilCore.Changes.ChangeTrigger;

namespace ItilCore.Changes;

/// <summary>
/// The three change lifecycles, after ServiceNow, each defined once with Stateless and compiled into its own
/// <see cref="Lifecycle{TState, TTrigger, TSubject}"/>. They share the states, the triggers, the guards and the common
/// parts (the open states' hold and cancel rules, and the delivery path Scheduled → Implement → Review → Closed), which
/// are written once below and used by all three. Everything else (the commands on <see cref="Change"/>, the rebuild
/// from events, the diagrams <c>docs/diagrams/change-lifecycle-{normal,standard,emergency}.mmd</c>) is derived from them.
/// </summary>
/// <remarks>
/// <para>Thread-safe. The three lifecycles:</para>
/// <list type="bullet">
/// <item><b>Normal</b>: New → Assess (Submit) → Authorize (RequestAuthorization, once the risk is assessed) → Scheduled
/// (the approval that completes the authority's quorum) → Implement → Review → Closed. A decisive rejection returns to
/// New; Revert to New from Assess and Authorize.</item>
/// <item><b>Standard</b>: New → Scheduled (Submit; pre-authorized by its change model) → Implement → Review → Closed.</item>
/// <item><b>Emergency</b>: New → Authorize (RequestAuthorization, straight to the emergency authority) → Scheduled →
/// Implement → Review → Closed. A decisive rejection returns to New; Revert to New from Authorize. The risk may be
/// assessed in New and Authorize, for the emergency authority to see; it is not required and does not choose the
/// authority.</item>
/// </list>
/// <para>
/// In all three: Submit and RequestAuthorization from New need a planned window; Cancel is possible from every state up
/// to and including Implement, never from Review or Closed; the type changes only while New; On Hold is a flag, not a
/// state: it can be set in any state up to Implement, and while it is set every trigger but Cancel and ReleaseHold is
/// refused (approvals are suspended, not lost). Commands that record without moving re-enter their state (there are no
/// entry or exit actions, so re-entry and an internal transition are the same).
/// </para>
/// <para>
/// The lifecycles judge nothing by the clock, because they also check histories on rebuild. The rules against the
/// clock are the commands' own: <see cref="Change.Plan"/> refuses a window that has already ended, and so do
/// <see cref="Change.RequestAuthorization"/> and the approval that would complete the quorum (<see cref="Change.Approve"/>);
/// <see cref="Change.StartImplementation"/> starts only inside the planned window. A change whose window ends while it
/// waits in Authorize is reverted to New and re-planned.
/// </para>
/// </remarks>
public static class ChangeLifecycle
{
    /// <summary>Holds when the change is not on hold.</summary>
    public static readonly LifecycleGuard<Change> NotOnHold = new("the change is not on hold", c => !c.IsOnHold);

    /// <summary>Holds when the change is on hold.</summary>
    public static readonly LifecycleGuard<Change> OnHold = new("the change is on hold", c => c.IsOnHold);

    /// <summary>Holds when the change has a planned window.</summary>
    public static readonly LifecycleGuard<Change> Planned = new("a planned window is set", c => c.PlannedWindow is not null);

    /// <summary>Holds when the risk of the change is assessed.</summary>
    public static readonly LifecycleGuard<Change> RiskAssessed = new("the risk is assessed", c => c.Risk is not null);

    /// <summary>Holds when the change has an implementer.</summary>
    public static readonly LifecycleGuard<Change> ImplementerAssigned = new("an implementer is assigned", c => c.Implementer is not null);

    /// <summary>Holds when one more approval completes the authority's quorum.</summary>
    public static readonly LifecycleGuard<Change> ApprovalCompletesQuorum =
        new("the approval completes the quorum", c => c.Authority is { } a && c.Approvals.Count + 1 >= a.Quorum);

    /// <summary>Holds when more approvals are needed after one more.</summary>
    public static readonly LifecycleGuard<Change> ApprovalLeavesQuorumOpen =
        new("more approvals are needed after this one", c => c.Authority is not { } a || c.Approvals.Count + 1 < a.Quorum);

    /// <summary>Holds when one more rejection makes the quorum unreachable (fewer eligible members left than approvals needed).</summary>
    public static readonly LifecycleGuard<Change> RejectionIsDecisive =
        new("the rejection makes the quorum unreachable", c => c.Authority is { } a && c.EligibleApprovers - 1 < a.Quorum);

    /// <summary>Holds when the quorum stays reachable after one more rejection.</summary>
    public static readonly LifecycleGuard<Change> RejectionLeavesQuorumReachable =
        new("the quorum stays reachable after this rejection", c => c.Authority is not { } a || c.EligibleApprovers - 1 >= a.Quorum);

    /// <summary>Gets the normal change lifecycle.</summary>
    public static Lifecycle<S, T, Change> Normal { get; } = new("change", S.New, DefineNormal) { Kind = "a normal change" };

    /// <summary>Gets the standard change lifecycle.</summary>
    public static Lifecycle<S, T, Change> Standard { get; } = new("change", S.New, DefineStandard) { Kind = "a standard change" };

    /// <summary>Gets the emergency change lifecycle.</summary>
    public static Lifecycle<S, T, Change> Emergency { get; } = new("change", S.New, DefineEmergency) { Kind = "an emergency change" };

    /// <summary>Gets the lifecycle of a change type.</summary>
    /// <param name="type">The change type.</param>
    /// <returns>Its lifecycle.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The type is not defined.</exception>
    public static Lifecycle<S, T, Change> For(ChangeType type) => type switch
    {
        ChangeType.Normal => Normal,
        ChangeType.Standard => Standard,
        ChangeType.Emergency => Emergency,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "The change type is not defined."),
    };

    private static void DefineNormal(StateMachine<S, T> machine, Func<LifecycleGuard<Change>, Func<bool>> guard)
    {
        var g = Binder(guard);
        New(machine, g)
            .PermitReentryIf(T.AssessRisk, g(NotOnHold))
            .PermitReentryIf(T.UpdatePlans, g(NotOnHold))
            .PermitIf(T.Submit, S.Assess, g(NotOnHold), g(Planned));
        Open(machine, S.Assess, g)
            .PermitReentryIf(T.AssessRisk, g(NotOnHold))
            .PermitReentryIf(T.Plan, g(NotOnHold))
            .PermitReentryIf(T.UpdatePlans, g(NotOnHold))
            .PermitReentryIf(T.AssignImplementer, g(NotOnHold))
            .PermitIf(T.RequestAuthorization, S.Authorize, g(NotOnHold), g(RiskAssessed))
            .PermitIf(T.RevertToNew, S.New, g(NotOnHold));
        Authorize(machine, g)
            .PermitIf(T.RevertToNew, S.New, g(NotOnHold));
        Delivery(machine, g, preAuthorized: false);
    }

    private static void DefineStandard(StateMachine<S, T> machine, Func<LifecycleGuard<Change>, Func<bool>> guard)
    {
        var g = Binder(guard);
        New(machine, g)
            .PermitIf(T.Submit, S.Scheduled, g(NotOnHold), g(Planned));
        Delivery(machine, g, preAuthorized: true);
    }

    private static void DefineEmergency(StateMachine<S, T> machine, Func<LifecycleGuard<Change>, Func<bool>> guard)
    {
        var g = Binder(guard);
        // The risk may be assessed (as in ServiceNow) so that the ECAB sees it, but it is not required and does not
        // choose the authority: emergency changes have one.
        New(machine, g)
            .PermitReentryIf(T.AssessRisk, g(NotOnHold))
            .PermitReentryIf(T.UpdatePlans, g(NotOnHold))
            .PermitIf(T.RequestAuthorization, S.Authorize, g(NotOnHold), g(Planned));
        Authorize(machine, g)
            .PermitReentryIf(T.AssessRisk, g(NotOnHold))
            .PermitIf(T.RevertToNew, S.New, g(NotOnHold));
        Delivery(machine, g, preAuthorized: false);
    }

    // New in every type: planning, the implementer, the type itself.
    private static StateMachine<S, T>.StateConfiguration New(StateMachine<S, T> machine, Func<LifecycleGuard<Change>, Tuple<Func<bool>, string>> g)
        => Open(machine, S.New, g)
            .PermitReentryIf(T.ChangeType, g(NotOnHold))
            .PermitReentryIf(T.Plan, g(NotOnHold))
            .PermitReentryIf(T.AssignImplementer, g(NotOnHold));

    // Authorize in normal and emergency changes: votes of the authority's members.
    private static StateMachine<S, T>.StateConfiguration Authorize(StateMachine<S, T> machine, Func<LifecycleGuard<Change>, Tuple<Func<bool>, string>> g)
        => Open(machine, S.Authorize, g)
            .PermitIf(T.Approve, S.Scheduled, g(NotOnHold), g(ApprovalCompletesQuorum))
            .PermitReentryIf(T.Approve, g(NotOnHold), g(ApprovalLeavesQuorumOpen))
            .PermitIf(T.Reject, S.New, g(NotOnHold), g(RejectionIsDecisive))
            .PermitReentryIf(T.Reject, g(NotOnHold), g(RejectionLeavesQuorumReachable))
            .PermitReentryIf(T.AssignImplementer, g(NotOnHold));

    // Scheduled → Implement → Review → Closed in every type. Only a pre-authorized (standard) change may move its window
    // once scheduled: a normal or emergency change was authorized for the window it had, so a new window needs a new
    // authorization (cancel, or reject and plan again).
    private static void Delivery(StateMachine<S, T> machine, Func<LifecycleGuard<Change>, Tuple<Func<bool>, string>> g, bool preAuthorized)
    {
        var scheduled = Open(machine, S.Scheduled, g);
        if (preAuthorized)
        {
            scheduled.PermitReentryIf(T.Plan, g(NotOnHold));
        }

        scheduled
            .PermitReentryIf(T.AssignImplementer, g(NotOnHold))
            .PermitIf(T.StartImplementation, S.Implement, g(NotOnHold), g(ImplementerAssigned));
        Open(machine, S.Implement, g)
            .PermitIf(T.CompleteImplementation, S.Review, g(NotOnHold));
        machine.Configure(S.Review)
            .Permit(T.Close, S.Closed);
        machine.Configure(S.Closed);
        machine.Configure(S.Canceled);
    }

    // Every state up to Implement: hold and cancel (cancel is allowed on hold; it is the one command that is).
    private static StateMachine<S, T>.StateConfiguration Open(StateMachine<S, T> machine, S state, Func<LifecycleGuard<Change>, Tuple<Func<bool>, string>> g)
        => machine.Configure(state)
            .PermitReentryIf(T.PutOnHold, g(NotOnHold))
            .PermitReentryIf(T.ReleaseHold, g(OnHold))
            .Permit(T.Cancel, S.Canceled);

    private static Func<LifecycleGuard<Change>, Tuple<Func<bool>, string>> Binder(Func<LifecycleGuard<Change>, Func<bool>> guard)
        => g => Tuple.Create(guard(g), g.Description);
}
