using ItilCore.Lifecycles;
using Stateless;
using S = ItilCore.Problems.ProblemState;
using T = ItilCore.Problems.ProblemTrigger;

namespace ItilCore.Problems;

/// <summary>
/// The problem lifecycle, defined once with Stateless. Everything else (the commands on <see cref="Problem"/>, the
/// rebuild from events, the diagram in <c>docs/diagrams/problem-lifecycle.mmd</c>) is derived from it.
/// </summary>
/// <remarks>
/// <para>Thread-safe. The states are ServiceNow's best-practice problem states:</para>
/// <list type="bullet">
/// <item>New → Assess by assignment; Assess → Root Cause Analysis when the problem is confirmed.</item>
/// <item>Problem control happens in Root Cause Analysis (and goes on in Fix in Progress): root cause, workaround,
/// communication of the workaround to the linked incidents (needs a workaround), known error (needs a root cause).</item>
/// <item>Error control: Root Cause Analysis → Fix in Progress by Start Fix (needs a root cause) or by Request Change (needs
/// a known error; more changes may be requested while the fix is in progress); the permanent solution is recorded there;
/// Resolve (needs a permanent solution) → Resolved; Close when the fix is verified → Closed.</item>
/// <item>Accept Risk closes from Assess, Root Cause Analysis or Fix in Progress, with code Risk Accepted.</item>
/// <item>Re-analyze returns to Root Cause Analysis from Fix in Progress, Resolved or Closed.</item>
/// <item>Reassign (another problem group or owner, with a reason) is possible where the problem is worked after its
/// assessment: Assess, Root Cause Analysis and Fix in Progress, as ServiceNow and Jira Service Management let the
/// assignment change while a problem is open. Not from New, where Assess gives the first assignment; nor from Resolved
/// (the fix is applied and only its verification is left), Closed, Canceled or Duplicate. A resolved or closed problem
/// goes to another group by Re-analyze, then Reassign.</item>
/// <item>Cancel (→ Canceled) and Mark Duplicate (→ Duplicate, its incidents move to the master) are possible from every
/// open state before Resolved. Canceled and Duplicate are terminal. Closed is final for work but not terminal, because
/// ServiceNow lets a closed problem be re-analysed.</item>
/// </list>
/// <para>Commands that record without moving re-enter their state, as for incidents.</para>
/// </remarks>
public static class ProblemLifecycle
{
    /// <summary>Holds when a root cause is recorded.</summary>
    public static readonly LifecycleGuard<Problem> RootCauseRecorded =
        new("the root cause is recorded", p => p.RootCause is not null);

    /// <summary>Holds when a workaround is documented.</summary>
    public static readonly LifecycleGuard<Problem> WorkaroundDocumented =
        new("a workaround is documented", p => p.Workaround is not null);

    /// <summary>Holds when a known error is recorded.</summary>
    public static readonly LifecycleGuard<Problem> KnownErrorRecorded =
        new("a known error is recorded", p => p.KnownError is not null);

    /// <summary>Holds when a permanent solution is recorded.</summary>
    public static readonly LifecycleGuard<Problem> PermanentSolutionRecorded =
        new("a permanent solution is recorded", p => p.PermanentSolution is not null);

    /// <summary>Gets the compiled lifecycle shared by every problem.</summary>
    public static Lifecycle<S, T, Problem> Definition { get; } = new("problem", S.New, Define);

    private static void Define(StateMachine<S, T> machine, System.Func<LifecycleGuard<Problem>, System.Func<bool>> guard)
    {
        // What every open problem before resolution can do.
        static StateMachine<S, T>.StateConfiguration Open(StateMachine<S, T>.StateConfiguration state)
            => state
                .PermitReentry(T.Reprioritize)
                .PermitReentry(T.LinkIncident)
                .PermitReentry(T.AbsorbDuplicate)
                .Permit(T.Cancel, S.Canceled)
                .Permit(T.MarkDuplicate, S.Duplicate);

        // What every open problem after assessment can do, while its group works on it.
        static StateMachine<S, T>.StateConfiguration Worked(StateMachine<S, T>.StateConfiguration state)
            => Open(state)
                .PermitReentry(T.Reassign);

        // Problem control, from Root Cause Analysis on.
        StateMachine<S, T>.StateConfiguration Control(StateMachine<S, T>.StateConfiguration state)
            => Worked(state)
                .PermitReentry(T.RecordRootCause)
                .PermitReentry(T.DocumentWorkaround)
                .PermitReentryIf(T.CommunicateWorkaround, guard(WorkaroundDocumented), WorkaroundDocumented.Description)
                .PermitReentryIf(T.RecordKnownError, guard(RootCauseRecorded), RootCauseRecorded.Description)
                .Permit(T.AcceptRisk, S.Closed);

        Open(machine.Configure(S.New))
            .Permit(T.Assess, S.Assess);

        Worked(machine.Configure(S.Assess))
            .Permit(T.StartRootCauseAnalysis, S.RootCauseAnalysis)
            .PermitReentry(T.DocumentWorkaround)
            .PermitReentryIf(T.CommunicateWorkaround, guard(WorkaroundDocumented), WorkaroundDocumented.Description)
            .Permit(T.AcceptRisk, S.Closed);

        Control(machine.Configure(S.RootCauseAnalysis))
            .PermitIf(T.StartFix, S.FixInProgress, guard(RootCauseRecorded), RootCauseRecorded.Description)
            .PermitIf(T.RequestChange, S.FixInProgress, guard(KnownErrorRecorded), KnownErrorRecorded.Description);

        Control(machine.Configure(S.FixInProgress))
            .PermitReentryIf(T.RequestChange, guard(KnownErrorRecorded), KnownErrorRecorded.Description)
            .PermitReentry(T.RecordPermanentSolution)
            .PermitIf(T.Resolve, S.Resolved, guard(PermanentSolutionRecorded), PermanentSolutionRecorded.Description)
            .Permit(T.Reanalyze, S.RootCauseAnalysis);

        machine.Configure(S.Resolved)
            .Permit(T.Close, S.Closed)
            .Permit(T.Reanalyze, S.RootCauseAnalysis);

        machine.Configure(S.Closed)
            .Permit(T.Reanalyze, S.RootCauseAnalysis);

        machine.Configure(S.Canceled);
        machine.Configure(S.Duplicate);
    }
}
