using System;
using System.Collections.Generic;
using System.Linq;
using ItilCore.Lifecycles;
using NodaTime;

namespace ItilCore.Requests;

/// <summary>
/// A service request: a user's request for something the service provider has agreed to deliver as normal service
/// (information, access, a good, a service action), picked from the <see cref="RequestCatalog"/>. Commands are methods
/// that return a <see cref="CommandResult"/>: the events they recorded, or a <see cref="Rejection"/> that changed nothing.
/// </summary>
/// <remarks>
/// Not thread-safe: use one request from one thread at a time (different requests may be used from different threads
/// at once; they share only the immutable <see cref="RequestFulfilment"/> and lifecycle). The request keeps no event list;
/// persist the events each command returns, and rebuild with <see cref="RequestFulfilment.Rebuild"/>.
/// </remarks>
public sealed class ServiceRequest : Aggregate<ServiceRequest, ServiceRequestState, ServiceRequestTrigger, ServiceRequestEvent>
{
    private readonly RequestFulfilment _practice;
    private readonly List<ApprovalDecision> _decisions = [];
    private readonly List<string> _completedTasks = [];
    private readonly List<FulfilmentTaskResult> _taskResults = [];
    private IReadOnlyList<StepApprovers> _approvers = [];

    internal ServiceRequest(RequestFulfilment practice, RequestSubmitted submitted)
        : base(RequestLifecycle.Definition.InitialState, submitted.Envelope)
    {
        _practice = practice;
        Id = submitted.RequestId;
        Item = submitted.Item;
        Requester = submitted.Requester;
        EntitledThrough = submitted.EntitledThrough;
        SubmittedBy = submitted.Envelope.Actor;
        Channel = submitted.Channel;
        ShortDescription = submitted.ShortDescription;
        Data = submitted.Data;
        Priority = submitted.Priority;
        OpenedAt = submitted.Envelope.OccurredAt;
    }

    /// <summary>Gets the request's id.</summary>
    public ServiceRequestId Id { get; }

    /// <summary>Gets the request item, as catalogued when the request was submitted.</summary>
    public RequestItem Item { get; }

    /// <summary>Gets who the request is for.</summary>
    public ActorId Requester { get; }

    /// <summary>
    /// Gets the service relationship that entitled the requester to an item available only to its offering's consumers;
    /// <see langword="null"/> for an item anyone may request (<see cref="RequestItem.AvailableTo"/>).
    /// </summary>
    public Catalog.ServiceRelationshipId? EntitledThrough { get; }

    /// <summary>Gets who submitted the request (the requester, or an agent on their behalf).</summary>
    public ActorId SubmittedBy { get; }

    /// <summary>Gets how the request reached the service desk.</summary>
    public ContactChannel Channel { get; }

    /// <summary>Gets the one-line summary.</summary>
    public string ShortDescription { get; }

    /// <summary>Gets the checked values of the item's fields, in the item's field order.</summary>
    public IReadOnlyList<RequestFieldValue> Data { get; }

    /// <summary>Gets the priority the service desk gave, if any.</summary>
    public Priority? Priority { get; }

    /// <summary>Gets the index of the approval step being decided (counted from 0); the number of steps once all are approved.</summary>
    public int ApprovalStepIndex { get; private set; }

    /// <summary>Gets the approval step being decided, while the request is Awaiting Approval.</summary>
    public ApprovalStep? CurrentApprovalStep => State == ServiceRequestState.AwaitingApproval ? CurrentStep : null;

    /// <summary>Gets every approval decision, oldest first.</summary>
    public IReadOnlyList<ApprovalDecision> Decisions => _decisions.AsReadOnly();

    /// <summary>
    /// Gets each approval step's group, in step order, as found when approval started (recorded in
    /// <see cref="RequestApprovalStarted"/>): the step's fixed approvers and those resolved from its
    /// <see cref="ApprovalStep.ApproversFrom"/>. The requester and the submitter may be among them but may not decide
    /// (segregation of duties); <see cref="CurrentApprovers"/> leaves them out. Empty before approval starts and for an
    /// item without approval.
    /// </summary>
    public IReadOnlyList<StepApprovers> Approvers => _approvers;

    /// <summary>
    /// Gets who may still decide the current approval step, while the request is Awaiting Approval (its group without the
    /// requester, the submitter and those who have already approved or refused it); empty otherwise.
    /// </summary>
    public IReadOnlyList<ActorId> CurrentApprovers => CurrentApprovalStep is null
        ? []
        : ApproversOfStep.Where(a => a != Requester && a != SubmittedBy && !_decisions.Any(d => d.Step == ApprovalStepIndex && d.Approver == a)).ToArray();

    /// <summary>Gets the names of the closed fulfilment tasks (completed, skipped or closed incomplete), in closing order.</summary>
    public IReadOnlyList<string> CompletedTasks => _completedTasks.AsReadOnly();

    /// <summary>Gets how each closed fulfilment task was closed, in closing order.</summary>
    public IReadOnlyList<FulfilmentTaskResult> TaskResults => _taskResults.AsReadOnly();

    /// <summary>
    /// Gets how the request turned out, derived from its tasks when it became Fulfilled (<see cref="RequestOutcome"/>);
    /// <see langword="null"/> until then, and for a request rejected or canceled before it was fulfilled.
    /// </summary>
    public RequestOutcome? Outcome { get; private set; }

    /// <summary>Gets why the request is on hold; <see langword="null"/> unless it is on hold.</summary>
    public RequestHoldReason? HoldReason { get; private set; }

    /// <summary>Gets whether the request is on hold (a flag, not a state: it stays Approved or Fulfilling).</summary>
    public bool IsOnHold => HoldReason is not null;

    /// <summary>Gets the fulfilment tasks still open, in the item's order; none once the request is rejected, canceled or closed (no work is left).</summary>
    public IReadOnlyList<FulfilmentTask> OpenTasks => IsFinal ? [] : Item.Tasks.Where(t => !_completedTasks.Contains(t.Name)).ToArray();

    /// <summary>Gets whether the item's standard change has been requested.</summary>
    public bool StandardChangeRequested { get; private set; }

    /// <summary>Gets how many comments were added.</summary>
    public int CommentCount { get; private set; }

    /// <summary>Gets why the request was canceled.</summary>
    public string? CancelReason { get; private set; }

    /// <summary>Gets when the request was submitted.</summary>
    public Instant OpenedAt { get; }

    /// <summary>Gets when the request was approved (at submission for items without approval).</summary>
    public Instant? ApprovedAt { get; private set; }

    /// <summary>Gets when fulfilment started.</summary>
    public Instant? FulfilmentStartedAt { get; private set; }

    /// <summary>Gets when the last fulfilment task was completed.</summary>
    public Instant? FulfilledAt { get; private set; }

    /// <summary>Gets when the request reached a final state (Rejected, Closed or Canceled).</summary>
    public Instant? ClosedAt { get; private set; }

    /// <summary>Gets whether the request is Rejected, Closed or Canceled.</summary>
    public bool IsFinal => State is ServiceRequestState.Rejected or ServiceRequestState.Closed or ServiceRequestState.Canceled;

    internal ApprovalStep? CurrentStep => ApprovalStepIndex < Item.Approvals.Count ? Item.Approvals[ApprovalStepIndex] : null;

    internal bool IsLastStep => ApprovalStepIndex == Item.Approvals.Count - 1;

    internal int StepApprovals => CountDecisions(approved: true);

    internal int StepRefusals => CountDecisions(approved: false);

    // Who may vote in the current step: its approvers, less the requester and the submitter (segregation of duties).
    internal int StepEligibleApprovers => CurrentStep is not null ? EligibleApprovers(ApproversOfStep, Requester, SubmittedBy) : 0;

    // The current step's approvers as recorded when approval started.
    private IReadOnlyList<ActorId> ApproversOfStep => ApprovalStepIndex < _approvers.Count ? _approvers[ApprovalStepIndex].Approvers : [];

    internal static int EligibleApprovers(IReadOnlyList<ActorId> approvers, ActorId requester, ActorId submittedBy)
        => approvers.Count(a => a != requester && a != submittedBy);

    internal int OpenTaskCount => Item.Tasks.Count - _completedTasks.Count;

    internal RequestFulfilment Practice => _practice;

    /// <summary>Lists the commands possible now (lifecycle only; a command may still be rejected for its data).</summary>
    /// <returns>The triggers.</returns>
    public IReadOnlyList<ServiceRequestTrigger> PermittedTriggers() => RequestLifecycle.Definition.PermittedTriggers(this, State);

    /// <summary>
    /// An approver of the current step approves. The step is approved when its quorum is reached, and the request when
    /// its last step is. Segregation of duties: the requester and whoever submitted the request may not approve it.
    /// </summary>
    /// <param name="approver">Who approves; a member of the current step who has not decided on it yet.</param>
    /// <param name="comment">A comment, if any.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult Approve(ActorId approver, string? comment = null)
        => Execute(
            Preconditions.NotDefault(approver, nameof(approver)),
            ServiceRequestTrigger.Approve,
            (Approver: approver, Comment: comment),
            static (r, a) => r.CheckDecider(a.Approver),
            static (e, r, a) => new RequestApprovalGranted(e, r.ApprovalStepIndex, string.IsNullOrWhiteSpace(a.Comment) ? null : a.Comment.Trim()));

    /// <summary>
    /// An approver of the current step refuses, with a reason. The request is Rejected as soon as the step's quorum can
    /// no longer be reached (at once for a single approver). The same segregation applies as for <see cref="Approve"/>.
    /// </summary>
    /// <param name="approver">Who refuses; a member of the current step who has not decided on it yet.</param>
    /// <param name="reason">Why; required.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult Reject(ActorId approver, string reason)
        => Execute(
            Preconditions.NotDefault(approver, nameof(approver)),
            ServiceRequestTrigger.Reject,
            (Approver: approver, Reason: reason),
            static (r, a) => r.CheckDecider(a.Approver) ?? Required(a.Reason, "A reason is required to refuse a request."),
            static (e, r, a) => new RequestApprovalRefused(e, r.ApprovalStepIndex, a.Reason.Trim()));

    /// <summary>
    /// Starts fulfilment of an approved request. When the item names a standard change model, a
    /// <see cref="Requests.StandardChangeRequested"/> event follows in the same result.
    /// </summary>
    /// <param name="by">Who starts (a fulfiller).</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult StartFulfilment(ActorId by)
    {
        var started = Execute(by, ServiceRequestTrigger.StartFulfilment, 0, static (r, _) => null, static (e, r, _) => new RequestFulfilmentStarted(e));
        if (started.IsRejected || Item.StandardChangeModel is null)
        {
            return started;
        }

        // Cannot be rejected: the guard holds right after fulfilment starts, and it is stamped with the same instant.
        var change = Execute(
            by,
            ServiceRequestTrigger.RaiseStandardChange,
            Item.StandardChangeModel,
            static (r, _) => null,
            static (e, r, model) => new StandardChangeRequested(e, model, r.Item.Id),
            started.Events[0].Envelope.OccurredAt).ThrowIfRejected();
        return CommandResult.Accepted([.. started.Events, .. change]);
    }

    /// <summary>
    /// Completes one fulfilment task by name. The request is Fulfilled when the last open task is closed. Not possible
    /// while the request is on hold.
    /// </summary>
    /// <param name="by">Who completed it.</param>
    /// <param name="task">The task's name; for sequential items, the first open task.</param>
    /// <param name="notes">What was done, if noted.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult CompleteTask(ActorId by, string task, string? notes = null)
        => CloseTask(by, task, notes, FulfilmentTaskOutcome.Complete);

    /// <summary>
    /// Skips one fulfilment task that is not needed (Closed Skipped), with a reason. It counts as closed: the request is
    /// Fulfilled when the last open task is closed, and in a sequential item the next task can start.
    /// </summary>
    /// <param name="by">Who skips it.</param>
    /// <param name="task">The task's name; for sequential items, the first open task.</param>
    /// <param name="reason">Why it is not needed; required.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult SkipTask(ActorId by, string task, string reason)
        => CloseTask(by, task, reason, FulfilmentTaskOutcome.Skipped);

    /// <summary>
    /// Closes one fulfilment task that could not be done (Closed Incomplete), with a reason. It counts as closed, and the
    /// request, once fulfilled, has the outcome <see cref="RequestOutcome.Incomplete"/>.
    /// </summary>
    /// <param name="by">Who closes it.</param>
    /// <param name="task">The task's name; for sequential items, the first open task.</param>
    /// <param name="reason">Why it could not be done; required.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult CloseTaskIncomplete(ActorId by, string task, string reason)
        => CloseTask(by, task, reason, FulfilmentTaskOutcome.Incomplete);

    /// <summary>
    /// Puts an Approved or Fulfilling request on hold (a flag: the state does not change). While on hold, fulfilment
    /// cannot start and no task can be closed. Awaiting the requester needs a comment telling the requester what is needed.
    /// </summary>
    /// <param name="by">Who puts it on hold.</param>
    /// <param name="reason">Why it waits.</param>
    /// <param name="comment">The comment; required for <see cref="RequestHoldReason.AwaitingRequester"/>.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult PutOnHold(ActorId by, RequestHoldReason reason, string? comment = null)
        => Execute(
            by,
            ServiceRequestTrigger.PutOnHold,
            (Reason: Preconditions.Defined(reason, nameof(reason)), Comment: comment),
            static (r, a) => a.Reason == RequestHoldReason.AwaitingRequester
                ? Required(a.Comment, "A comment to the requester is required to put a request on hold awaiting the requester.")
                : null,
            static (e, r, a) => new RequestPutOnHold(e, a.Reason, string.IsNullOrWhiteSpace(a.Comment) ? null : a.Comment.Trim()));

    /// <summary>Resumes work on a request that is on hold.</summary>
    /// <param name="by">Who resumes.</param>
    /// <param name="comment">A comment, if any.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult Resume(ActorId by, string? comment = null)
        => Execute(by, ServiceRequestTrigger.Resume, comment, static (r, c) => null, static (e, r, c) => new RequestResumed(e, string.IsNullOrWhiteSpace(c) ? null : c.Trim()));

    /// <summary>
    /// Adds a comment (from the requester or an agent); possible in every state that is not final. A comment from the
    /// requester on a request on hold awaiting the requester resumes it: a <see cref="RequestResumed"/> event follows in
    /// the same result, as a caller update resumes an incident awaiting the caller.
    /// </summary>
    /// <param name="by">Who comments.</param>
    /// <param name="text">The comment.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult AddComment(ActorId by, string text)
    {
        var resumes = by == Requester && HoldReason == RequestHoldReason.AwaitingRequester;
        var added = Execute(by, ServiceRequestTrigger.AddComment, text, static (r, t) => Required(t, "A comment needs text."), static (e, r, t) => new RequestCommentAdded(e, t.Trim()));
        if (added.IsRejected || !resumes)
        {
            return added;
        }

        // Cannot be rejected: the request is still on hold in the same state, and the event is stamped with the same instant.
        var resumed = Execute(
            by,
            ServiceRequestTrigger.Resume,
            0,
            static (r, _) => null,
            static (e, r, _) => new RequestResumed(e, null),
            added.Events[0].Envelope.OccurredAt).ThrowIfRejected();
        return CommandResult.Accepted([.. added.Events, .. resumed]);
    }

    /// <summary>Closes a fulfilled request.</summary>
    /// <param name="by">Who closes.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult Close(ActorId by)
        => Execute(by, ServiceRequestTrigger.Close, 0, static (r, _) => null, static (e, r, _) => new RequestClosed(e));

    /// <summary>Cancels the request; possible until it is Fulfilled.</summary>
    /// <param name="by">Who cancels (the requester or an agent).</param>
    /// <param name="reason">Why; required.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult Cancel(ActorId by, string reason)
        => Execute(by, ServiceRequestTrigger.Cancel, reason, static (r, t) => Required(t, "A reason is required to cancel a request."), static (e, r, t) => new RequestCanceled(e, t.Trim()));

    /// <summary>Captures everything the request knows now as an immutable value.</summary>
    /// <returns>The snapshot.</returns>
    public RequestSnapshot ToSnapshot() => new()
    {
        Id = Id,
        State = State,
        Version = Version,
        Item = Item,
        Requester = Requester,
        EntitledThrough = EntitledThrough,
        SubmittedBy = SubmittedBy,
        Channel = Channel,
        ShortDescription = ShortDescription,
        Data = Data,
        Priority = Priority,
        ApprovalStepIndex = ApprovalStepIndex,
        Approvers = _approvers,
        Decisions = _decisions.ToArray(),
        CompletedTasks = _completedTasks.ToArray(),
        TaskResults = _taskResults.ToArray(),
        Outcome = Outcome,
        HoldReason = HoldReason,
        StandardChangeRequested = StandardChangeRequested,
        CommentCount = CommentCount,
        CancelReason = CancelReason,
        OpenedAt = OpenedAt,
        UpdatedAt = UpdatedAt,
        ApprovedAt = ApprovedAt,
        FulfilmentStartedAt = FulfilmentStartedAt,
        FulfilledAt = FulfilledAt,
        ClosedAt = ClosedAt,
    };

    /// <summary>Returns a short description of the request.</summary>
    /// <returns>Id, item and state.</returns>
    public override string ToString() => $"{Id} ({Item.Id}, {State})";

    internal CommandResult StartApproval(ActorId by, Instant at, IReadOnlyList<StepApprovers> approvers)
        => Execute(by, ServiceRequestTrigger.StartApproval, approvers, static (r, _) => null, static (e, r, a) => new RequestApprovalStarted(e, r.Item.Approvals.Count, a), at);

    /// <inheritdoc />
    private protected override Lifecycle<ServiceRequestState, ServiceRequestTrigger, ServiceRequest> Governing => RequestLifecycle.Definition;

    /// <inheritdoc />
    private protected override string IdText => Id.Value;

    /// <inheritdoc />
    private protected override IClock Clock => _practice.Clock;

    /// <inheritdoc />
    private protected override string ClockBehindCode => RequestRejectionCodes.ClockBehind;

    /// <inheritdoc />
    private protected override EventEnvelope NextEnvelope(ActorId by, Instant now) => _practice.Envelope(this, by, now);

    /// <inheritdoc />
    private protected override bool Creates(ServiceRequestEvent e) => e is RequestSubmitted;

    private protected override ServiceRequestTrigger TriggerOf(ServiceRequestEvent e) => e switch
    {
        RequestApprovalStarted => ServiceRequestTrigger.StartApproval,
        RequestApprovalGranted => ServiceRequestTrigger.Approve,
        RequestApprovalRefused => ServiceRequestTrigger.Reject,
        RequestFulfilmentStarted => ServiceRequestTrigger.StartFulfilment,
        Requests.StandardChangeRequested => ServiceRequestTrigger.RaiseStandardChange,
        FulfilmentTaskCompleted x => TaskTrigger(x.Outcome),
        RequestPutOnHold => ServiceRequestTrigger.PutOnHold,
        RequestResumed => ServiceRequestTrigger.Resume,
        RequestCommentAdded => ServiceRequestTrigger.AddComment,
        RequestClosed => ServiceRequestTrigger.Close,
        RequestCanceled => ServiceRequestTrigger.Cancel,
        _ => throw new ArgumentException($"{e.GetType().Name} is not a lifecycle event of a service request.", nameof(e)),
    };

    // The command that closes a task with an outcome, for the command itself and for the rebuild. An outcome no command
    // records (not readable from JSON, so only an event made in code) folds as a completion, as it did before each
    // outcome had its own trigger.
    private static ServiceRequestTrigger TaskTrigger(FulfilmentTaskOutcome outcome) => outcome switch
    {
        FulfilmentTaskOutcome.Skipped => ServiceRequestTrigger.SkipTask,
        FulfilmentTaskOutcome.Incomplete => ServiceRequestTrigger.CloseTaskIncomplete,
        _ => ServiceRequestTrigger.CompleteTask,
    };

    private CommandResult CloseTask(ActorId by, string task, string? notes, FulfilmentTaskOutcome outcome)
        => Execute(
            by,
            TaskTrigger(outcome),
            (Task: Preconditions.NotNull(task, nameof(task)), Notes: notes, Outcome: outcome),
            static (r, a) => r.CheckTask(a.Task)
                ?? (a.Outcome == FulfilmentTaskOutcome.Complete
                    ? null
                    : Required(a.Notes, $"A reason is required to {(a.Outcome == FulfilmentTaskOutcome.Skipped ? "skip a task" : "close a task incomplete")}.")),
            static (e, r, a) => new FulfilmentTaskCompleted(e, a.Task, string.IsNullOrWhiteSpace(a.Notes) ? null : a.Notes.Trim(), a.Outcome));

    // ServiceNow's closure of a requested item: Incomplete if any task is, Skipped if all are, else Complete.
    private RequestOutcome DeriveOutcome()
    {
        if (_taskResults.Exists(t => t.Outcome == FulfilmentTaskOutcome.Incomplete))
        {
            return RequestOutcome.Incomplete;
        }

        return _taskResults.TrueForAll(t => t.Outcome == FulfilmentTaskOutcome.Skipped) ? RequestOutcome.Skipped : RequestOutcome.Complete;
    }

    private static Rejection? Required(string? text, string message)
        => string.IsNullOrWhiteSpace(text) ? new Rejection(RequestRejectionCodes.TextRequired, message) : null;

    // A loop rather than LINQ: guards run on every approval and refusal, and should not allocate.
    private int CountDecisions(bool approved)
    {
        var count = 0;
        foreach (var decision in _decisions)
        {
            if (decision.Step == ApprovalStepIndex && decision.Approved == approved)
            {
                count++;
            }
        }

        return count;
    }

    private Rejection? CheckDecider(ActorId approver)
    {
        var step = CurrentStep!;
        if (approver == Requester || approver == SubmittedBy)
        {
            var role = approver == Requester ? "requested" : "submitted";
            return new(RequestRejectionCodes.SelfApproval, $"Segregation of duties: {approver} {role} request {Id} and may not decide on its approval.");
        }

        var approvers = ApproversOfStep;
        if (!approvers.Contains(approver))
        {
            return new(
                RequestRejectionCodes.NotAnApprover,
                $"{approver} is not an approver of step {ApprovalStepIndex + 1} ({step.Name}); its approvers are {string.Join(", ", approvers)}.");
        }

        foreach (var decision in _decisions)
        {
            if (decision.Step == ApprovalStepIndex && decision.Approver == approver)
            {
                return new(RequestRejectionCodes.AlreadyDecided, $"{approver} already {(decision.Approved ? "approved" : "refused")} step {ApprovalStepIndex + 1} ({step.Name}).");
            }
        }

        return null;
    }

    private Rejection? CheckTask(string task)
    {
        var index = -1;
        for (var i = 0; i < Item.Tasks.Count; i++)
        {
            if (Item.Tasks[i].Name == task)
            {
                index = i;
                break;
            }
        }

        if (index < 0)
        {
            return new(RequestRejectionCodes.UnknownTask, $"'{task}' is not a fulfilment task of {Item.Id}; its tasks are {string.Join(", ", Item.Tasks.Select(t => "'" + t.Name + "'"))}.");
        }

        if (_completedTasks.Contains(task))
        {
            var done = _taskResults.Find(t => t.Task == task)!.Outcome;
            return new(RequestRejectionCodes.TaskAlreadyCompleted, $"The task '{task}' is already {(done == FulfilmentTaskOutcome.Complete ? "completed" : done == FulfilmentTaskOutcome.Skipped ? "skipped" : "closed incomplete")}.");
        }

        if (Item.TaskOrder == FulfilmentOrder.Sequential)
        {
            for (var i = 0; i < index; i++)
            {
                if (!_completedTasks.Contains(Item.Tasks[i].Name))
                {
                    return new(RequestRejectionCodes.TaskOutOfOrder, $"The tasks of {Item.Id} are done in order: '{Item.Tasks[i].Name}' comes before '{task}' (close it first: complete, skip or close it incomplete).");
                }
            }
        }

        return null;
    }

    // The fold: one case per event. Destination states come from the lifecycle, never from here.
    private protected override void Apply(ServiceRequestEvent e, ServiceRequestState destination)
    {
        var at = e.Envelope.OccurredAt;
        switch (e)
        {
            case RequestApprovalStarted x:
                // Events recorded before approvers were resolved carry none: the steps' fixed lists were the approvers then.
                _approvers = x.Approvers ?? Item.Approvals.Select(step => new StepApprovers(step.Name, step.Approvers)).ToArray();
                break;
            case RequestApprovalGranted x:
                _decisions.Add(new ApprovalDecision(x.Step, x.Envelope.Actor, true, x.Comment));
                if (StepApprovals >= CurrentStep!.Quorum)
                {
                    ApprovalStepIndex++;
                }

                break;
            case RequestApprovalRefused x:
                _decisions.Add(new ApprovalDecision(x.Step, x.Envelope.Actor, false, x.Reason));
                break;
            case Requests.StandardChangeRequested:
                StandardChangeRequested = true;
                break;
            case FulfilmentTaskCompleted x:
                _completedTasks.Add(x.Task);
                _taskResults.Add(new FulfilmentTaskResult(x.Task, x.Outcome, x.Notes));
                break;
            case RequestPutOnHold x:
                HoldReason = x.Reason;
                break;
            case RequestResumed:
                HoldReason = null;
                break;
            case RequestCommentAdded:
                CommentCount++;
                break;
            case RequestCanceled x:
                CancelReason = x.Reason;
                break;
        }

        if (destination != State)
        {
            switch (destination)
            {
                case ServiceRequestState.Approved:
                    ApprovedAt = at;
                    break;
                case ServiceRequestState.Fulfilling:
                    FulfilmentStartedAt = at;
                    break;
                case ServiceRequestState.Fulfilled:
                    FulfilledAt = at;
                    Outcome = DeriveOutcome();
                    break;
                case ServiceRequestState.Rejected or ServiceRequestState.Closed or ServiceRequestState.Canceled:
                    ClosedAt = at;
                    HoldReason = null;
                    break;
            }
        }
    }
}
