using ItilCore.Changes;
using NodaTime;
using NodaTime.Testing;

namespace ItilCore.Testing;

/// <summary>
/// One step in a generated change scenario: a command on the change by a given actor (valid or not), or the passing of
/// time. The actor matters: segregation of duties and authority membership depend on who votes.
/// Scenarios built from these steps drive the workflow laws in <see cref="ChangeLaws"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public abstract record ChangeCommand
{
    private ChangeCommand()
    {
    }

    /// <summary>Runs the step on a change.</summary>
    /// <param name="change">The change.</param>
    /// <param name="clock">The scenario's clock, advanced by <see cref="AdvanceTime"/>.</param>
    /// <returns>The command's result; <see langword="null"/> for a step that is not a command.</returns>
    public abstract CommandResult? Run(Change change, FakeClock clock);

    /// <summary>Time passes.</summary>
    /// <param name="Duration">How much.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record AdvanceTime(Duration Duration) : ChangeCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Change change, FakeClock clock)
        {
            System.ArgumentNullException.ThrowIfNull(clock);
            clock.Advance(Duration);
            return null;
        }
    }

    /// <summary>
    /// Time passes up to the change's planned window: the clock moves to the window's start plus
    /// <paramref name="Offset"/> (negative: before it opens; beyond the window's length: after it ended), when that is
    /// later than now. Nothing happens when the change has no window or the instant has passed: time never goes back.
    /// </summary>
    /// <param name="Offset">Where to land, from the window's start.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record AdvanceToWindow(Duration Offset) : ChangeCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Change change, FakeClock clock)
        {
            System.ArgumentNullException.ThrowIfNull(clock);
            if (Checked(change).PlannedWindow is { } window)
            {
                var target = window.Start + Offset;
                var now = clock.GetCurrentInstant();
                if (target > now)
                {
                    clock.Advance(target - now);
                }
            }

            return null;
        }
    }

    /// <summary><see cref="Change.ChangeType"/>.</summary>
    /// <param name="By">Who acts.</param>
    /// <param name="Type">The new type.</param>
    /// <param name="Model">The model.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record ChangeType(ActorId By, Changes.ChangeType Type, ChangeModelId? Model) : ChangeCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Change change, FakeClock clock) => Checked(change).ChangeType(By, Type, Model);
    }

    /// <summary><see cref="Change.AssessRisk"/>.</summary>
    /// <param name="By">Who acts.</param>
    /// <param name="Impact">The impact.</param>
    /// <param name="Likelihood">The likelihood.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record AssessRisk(ActorId By, Impact Impact, Likelihood Likelihood) : ChangeCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Change change, FakeClock clock) => Checked(change).AssessRisk(By, Impact, Likelihood);
    }

    /// <summary><see cref="Change.Plan"/>.</summary>
    /// <param name="By">Who acts.</param>
    /// <param name="Window">The window.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record Plan(ActorId By, Interval Window) : ChangeCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Change change, FakeClock clock) => Checked(change).Plan(By, Window);
    }

    /// <summary><see cref="Change.UpdatePlans"/>.</summary>
    /// <param name="By">Who acts.</param>
    /// <param name="ImplementationPlan">The implementation plan.</param>
    /// <param name="BackoutPlan">The backout plan.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record UpdatePlans(ActorId By, string? ImplementationPlan, string? BackoutPlan) : ChangeCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Change change, FakeClock clock) => Checked(change).UpdatePlans(By, ImplementationPlan, BackoutPlan);
    }

    /// <summary><see cref="Change.AssignImplementer"/>.</summary>
    /// <param name="By">Who acts.</param>
    /// <param name="Implementer">The implementer.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record AssignImplementer(ActorId By, ActorId Implementer) : ChangeCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Change change, FakeClock clock) => Checked(change).AssignImplementer(By, Implementer);
    }

    /// <summary><see cref="Change.Submit"/>.</summary>
    /// <param name="By">Who acts.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record Submit(ActorId By) : ChangeCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Change change, FakeClock clock) => Checked(change).Submit(By);
    }

    /// <summary><see cref="Change.RequestAuthorization"/>.</summary>
    /// <param name="By">Who acts.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record RequestAuthorization(ActorId By) : ChangeCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Change change, FakeClock clock) => Checked(change).RequestAuthorization(By);
    }

    /// <summary><see cref="Change.Approve"/>.</summary>
    /// <param name="By">Who acts.</param>
    /// <param name="Comment">The comment.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record Approve(ActorId By, string? Comment) : ChangeCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Change change, FakeClock clock) => Checked(change).Approve(By, Comment);
    }

    /// <summary><see cref="Change.Reject"/>.</summary>
    /// <param name="By">Who acts.</param>
    /// <param name="Reason">The reason.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record Reject(ActorId By, string Reason) : ChangeCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Change change, FakeClock clock) => Checked(change).Reject(By, Reason);
    }

    /// <summary><see cref="Change.RevertToNew"/>.</summary>
    /// <param name="By">Who acts.</param>
    /// <param name="Reason">The reason.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record RevertToNew(ActorId By, string Reason) : ChangeCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Change change, FakeClock clock) => Checked(change).RevertToNew(By, Reason);
    }

    /// <summary><see cref="Change.PutOnHold"/>.</summary>
    /// <param name="By">Who acts.</param>
    /// <param name="Reason">The reason.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record PutOnHold(ActorId By, string Reason) : ChangeCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Change change, FakeClock clock) => Checked(change).PutOnHold(By, Reason);
    }

    /// <summary><see cref="Change.ReleaseHold"/>.</summary>
    /// <param name="By">Who acts.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record ReleaseHold(ActorId By) : ChangeCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Change change, FakeClock clock) => Checked(change).ReleaseHold(By);
    }

    /// <summary><see cref="Change.StartImplementation"/>.</summary>
    /// <param name="By">Who acts.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record StartImplementation(ActorId By) : ChangeCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Change change, FakeClock clock) => Checked(change).StartImplementation(By);
    }

    /// <summary><see cref="Change.CompleteImplementation"/>.</summary>
    /// <param name="By">Who acts.</param>
    /// <param name="Outcome">The outcome.</param>
    /// <param name="Notes">The notes.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record CompleteImplementation(ActorId By, ChangeOutcome Outcome, string Notes) : ChangeCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Change change, FakeClock clock) => Checked(change).CompleteImplementation(By, Outcome, Notes);
    }

    /// <summary><see cref="Change.Close"/>.</summary>
    /// <param name="By">Who acts.</param>
    /// <param name="Notes">The closure notes (the post-implementation review), if any.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record Close(ActorId By, string? Notes = null) : ChangeCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Change change, FakeClock clock) => Checked(change).Close(By, Notes);
    }

    /// <summary><see cref="Change.Cancel"/>.</summary>
    /// <param name="By">Who acts.</param>
    /// <param name="Reason">The reason.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record Cancel(ActorId By, string Reason) : ChangeCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Change change, FakeClock clock) => Checked(change).Cancel(By, Reason);
    }

    private static Change Checked(Change change)
    {
        System.ArgumentNullException.ThrowIfNull(change);
        return change;
    }
}
