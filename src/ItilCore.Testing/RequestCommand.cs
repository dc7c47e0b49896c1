using ItilCore.Requests;
using NodaTime;
using NodaTime.Testing;

namespace ItilCore.Testing;

/// <summary>
/// One step in a generated service request scenario: a command on the request (valid or not) or the passing of time.
/// Scenarios built from these steps drive the workflow laws in <see cref="RequestLaws"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public abstract record RequestCommand
{
    private RequestCommand()
    {
    }

    /// <summary>Runs the step on a request.</summary>
    /// <param name="request">The request.</param>
    /// <param name="clock">The scenario's clock, advanced by <see cref="AdvanceTime"/>.</param>
    /// <param name="by">The acting agent (approvals and refusals act as their own approver instead).</param>
    /// <returns>The command's result; <see langword="null"/> for a step that is not a command.</returns>
    public abstract CommandResult? Run(ServiceRequest request, FakeClock clock, ActorId by);

    /// <summary>Time passes.</summary>
    /// <param name="Duration">How much.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record AdvanceTime(Duration Duration) : RequestCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(ServiceRequest request, FakeClock clock, ActorId by)
        {
            System.ArgumentNullException.ThrowIfNull(clock);
            clock.Advance(Duration);
            return null;
        }
    }

    /// <summary><see cref="ServiceRequest.Approve"/>.</summary>
    /// <param name="Approver">Who approves.</param>
    /// <param name="Note">The approver's comment.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record Approve(ActorId Approver, string? Note) : RequestCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(ServiceRequest request, FakeClock clock, ActorId by) => Checked(request).Approve(Approver, Note);
    }

    /// <summary><see cref="ServiceRequest.Reject"/>.</summary>
    /// <param name="Approver">Who refuses.</param>
    /// <param name="Reason">The reason.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record Reject(ActorId Approver, string Reason) : RequestCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(ServiceRequest request, FakeClock clock, ActorId by) => Checked(request).Reject(Approver, Reason);
    }

    /// <summary>
    /// <see cref="ServiceRequest.Approve"/> by one of the current step's recorded approvers, chosen when the step runs
    /// (<paramref name="Pick"/> modulo their number): the way to draw approvers a directory found for this request. With
    /// none (not awaiting approval), the requester tries, and is refused.
    /// </summary>
    /// <param name="Pick">Which of the current approvers.</param>
    /// <param name="Note">The note.</param>
    public sealed record ApproveByCurrentApprover(int Pick, string? Note) : RequestCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(ServiceRequest request, FakeClock clock, ActorId by)
            => Checked(request).Approve(CurrentApprover(request, Pick), Note);
    }

    /// <summary><see cref="ServiceRequest.Reject"/> by one of the current step's recorded approvers, chosen as <see cref="ApproveByCurrentApprover"/> does.</summary>
    /// <param name="Pick">Which of the current approvers.</param>
    /// <param name="Reason">The reason.</param>
    public sealed record RejectByCurrentApprover(int Pick, string Reason) : RequestCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(ServiceRequest request, FakeClock clock, ActorId by)
            => Checked(request).Reject(CurrentApprover(request, Pick), Reason);
    }

    /// <summary><see cref="ServiceRequest.StartFulfilment"/>.</summary>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record StartFulfilment() : RequestCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(ServiceRequest request, FakeClock clock, ActorId by) => Checked(request).StartFulfilment(by);
    }

    /// <summary><see cref="ServiceRequest.CompleteTask"/>.</summary>
    /// <param name="Task">The task's name.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record CompleteTask(string Task) : RequestCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(ServiceRequest request, FakeClock clock, ActorId by) => Checked(request).CompleteTask(by, Task);
    }

    /// <summary><see cref="ServiceRequest.SkipTask"/>.</summary>
    /// <param name="Task">The task's name.</param>
    /// <param name="Reason">The reason.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record SkipTask(string Task, string Reason) : RequestCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(ServiceRequest request, FakeClock clock, ActorId by) => Checked(request).SkipTask(by, Task, Reason);
    }

    /// <summary><see cref="ServiceRequest.CloseTaskIncomplete"/>.</summary>
    /// <param name="Task">The task's name.</param>
    /// <param name="Reason">The reason.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record CloseTaskIncomplete(string Task, string Reason) : RequestCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(ServiceRequest request, FakeClock clock, ActorId by) => Checked(request).CloseTaskIncomplete(by, Task, Reason);
    }

    /// <summary><see cref="ServiceRequest.PutOnHold"/>.</summary>
    /// <param name="Reason">Why the request waits.</param>
    /// <param name="Note">The comment (required when awaiting the requester).</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record PutOnHold(RequestHoldReason Reason, string? Note) : RequestCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(ServiceRequest request, FakeClock clock, ActorId by) => Checked(request).PutOnHold(by, Reason, Note);
    }

    /// <summary><see cref="ServiceRequest.Resume"/>.</summary>
    /// <param name="Note">A comment.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record Resume(string? Note) : RequestCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(ServiceRequest request, FakeClock clock, ActorId by) => Checked(request).Resume(by, Note);
    }

    /// <summary><see cref="ServiceRequest.AddComment"/> by the request's requester (which resumes a request awaiting the requester).</summary>
    /// <param name="Text">The comment.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record RequesterComment(string Text) : RequestCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(ServiceRequest request, FakeClock clock, ActorId by) => Checked(request).AddComment(request.Requester, Text);
    }

    /// <summary><see cref="ServiceRequest.AddComment"/>.</summary>
    /// <param name="Text">The comment.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record Comment(string Text) : RequestCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(ServiceRequest request, FakeClock clock, ActorId by) => Checked(request).AddComment(by, Text);
    }

    /// <summary><see cref="ServiceRequest.Close"/>.</summary>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record Close() : RequestCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(ServiceRequest request, FakeClock clock, ActorId by) => Checked(request).Close(by);
    }

    /// <summary><see cref="ServiceRequest.Cancel"/>.</summary>
    /// <param name="Reason">The reason.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record Cancel(string Reason) : RequestCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(ServiceRequest request, FakeClock clock, ActorId by) => Checked(request).Cancel(by, Reason);
    }

    private static ServiceRequest Checked(ServiceRequest request)
    {
        System.ArgumentNullException.ThrowIfNull(request);
        return request;
    }

    // One of the current step's approvers, or the requester (who may not decide) when there is none.
    private static ActorId CurrentApprover(ServiceRequest request, int pick)
        => request.CurrentApprovers is { Count: > 0 } approvers ? approvers[(int)((uint)pick % (uint)approvers.Count)] : request.Requester;
}
