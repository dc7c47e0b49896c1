namespace ItilCore.Requests;

/// <summary>The commands of the service request lifecycle.</summary>
public enum ServiceRequestTrigger
{
    /// <summary>Start the item's approval, or approve at once when it needs none (part of <see cref="RequestFulfilment.Submit"/>).</summary>
    StartApproval = 1,

    /// <summary>An approver approves (<see cref="ServiceRequest.Approve"/>).</summary>
    Approve = 2,

    /// <summary>An approver refuses (<see cref="ServiceRequest.Reject"/>).</summary>
    Reject = 3,

    /// <summary>Start the fulfilment tasks (<see cref="ServiceRequest.StartFulfilment"/>).</summary>
    StartFulfilment = 4,

    /// <summary>Ask change enablement for the item's standard change (part of <see cref="ServiceRequest.StartFulfilment"/>).</summary>
    RaiseStandardChange = 5,

    /// <summary>
    /// Complete one fulfilment task (<see cref="ServiceRequest.CompleteTask"/>). Skipping a task and closing it incomplete
    /// are <see cref="SkipTask"/> and <see cref="CloseTaskIncomplete"/>, with the same transitions.
    /// </summary>
    CompleteTask = 6,

    /// <summary>Close a fulfilled request (<see cref="ServiceRequest.Close"/>).</summary>
    Close = 7,

    /// <summary>Cancel (<see cref="ServiceRequest.Cancel"/>).</summary>
    Cancel = 8,

    /// <summary>Add a comment, from the requester or an agent (<see cref="ServiceRequest.AddComment"/>).</summary>
    AddComment = 9,

    /// <summary>Put the request on hold, with a reason (<see cref="ServiceRequest.PutOnHold"/>).</summary>
    PutOnHold = 10,

    /// <summary>Resume work after a hold (<see cref="ServiceRequest.Resume"/>, or a comment from the requester on a request awaiting the requester).</summary>
    Resume = 11,

    /// <summary>Skip one fulfilment task that is not needed (<see cref="ServiceRequest.SkipTask"/>); possible whenever <see cref="CompleteTask"/> is.</summary>
    SkipTask = 12,

    /// <summary>Close one fulfilment task that could not be done (<see cref="ServiceRequest.CloseTaskIncomplete"/>); possible whenever <see cref="CompleteTask"/> is.</summary>
    CloseTaskIncomplete = 13,
}
