namespace ItilCore.Requests;

/// <summary>The stable codes of service request rejections. A code never changes meaning; messages may be reworded.</summary>
/// <remarks>Thread-safe.</remarks>
public static class RequestRejectionCodes
{
    /// <summary>The command is not possible from the request's state (for example Approve on a Fulfilling request).</summary>
    public const string NotPermitted = "request.not-permitted";

    /// <summary>The command is possible from the state but a lifecycle condition does not hold.</summary>
    public const string ConditionNotMet = "request.condition-not-met";

    /// <summary>A required text (reason, comment) is empty.</summary>
    public const string TextRequired = "request.text-required";

    /// <summary>The request item is not in the request catalogue.</summary>
    public const string UnknownItem = "request.unknown-item";

    /// <summary>A required field of the item was not given; the message names it.</summary>
    public const string MissingField = "request.missing-field";

    /// <summary>A field's value is not of the field's kind, or a choice is not one of its options; the message names the field.</summary>
    public const string InvalidField = "request.invalid-field";

    /// <summary>The data names a field the item does not have; the message names it.</summary>
    public const string UnknownField = "request.unknown-field";

    /// <summary>The approver is not a member of the current approval step.</summary>
    public const string NotAnApprover = "request.not-an-approver";

    /// <summary>The approver already decided on the current approval step.</summary>
    public const string AlreadyDecided = "request.already-decided";

    /// <summary>Segregation of duties: the requester, or whoever submitted the request, may not decide on its approval.</summary>
    public const string SelfApproval = "request.self-approval";

    /// <summary>The task named is not one of the item's fulfilment tasks.</summary>
    public const string UnknownTask = "request.unknown-task";

    /// <summary>The task named is already closed (completed, skipped or closed incomplete).</summary>
    public const string TaskAlreadyCompleted = "request.task-already-completed";

    /// <summary>The item's tasks are sequential and an earlier task is still open.</summary>
    public const string TaskOutOfOrder = "request.task-out-of-order";

    /// <summary>The clock reads a time before the request's last change; events never go back in time.</summary>
    public const string ClockBehind = "request.clock-behind";

    /// <summary>An approval step's quorum cannot be reached once the requester and the submitter, who may not approve, are left out.</summary>
    public const string QuorumUnreachable = "request.quorum-unreachable";

    /// <summary>
    /// An approval step finds its approvers through an <see cref="ApproverSource"/>, but the practice was built without an
    /// <see cref="IApproverDirectory"/> to ask; the message names the step.
    /// </summary>
    public const string NoApproverDirectory = "request.no-approver-directory";

    /// <summary>
    /// The item's service or offering is not live: in the pipeline (not orderable yet) or retired
    /// (<see cref="Catalog.ServiceStatus"/>). Requests submitted while it was live rebuild unchanged.
    /// </summary>
    public const string ServiceNotLive = "request.service-not-live";

    /// <summary>
    /// The item is available only to the consumers of its offering (<see cref="RequestAvailability.ServiceConsumers"/>),
    /// and no service relationship that takes the offering names the requester or has the requester's organization as its
    /// consumer; the message says what was looked at.
    /// </summary>
    public const string NotEntitled = "request.not-entitled";

    /// <summary>
    /// The request's priority is not on the scale of the practice's <see cref="RequestFulfilment.PriorityMatrix"/>: no
    /// service level target could be found for it.
    /// </summary>
    public const string OutOfMatrix = "request.out-of-matrix";
}
