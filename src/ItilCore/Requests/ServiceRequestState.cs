namespace ItilCore.Requests;

/// <summary>The states of a service request's lifecycle.</summary>
public enum ServiceRequestState
{
    /// <summary>Submitted from the request catalogue; approval starts at once (<see cref="ServiceRequestTrigger.StartApproval"/>).</summary>
    Submitted = 1,

    /// <summary>Waiting for the approval steps of the request item, in order.</summary>
    AwaitingApproval = 2,

    /// <summary>Every approval step approved (or the item needs none); fulfilment can start.</summary>
    Approved = 3,

    /// <summary>Terminal: an approval step refused the request.</summary>
    Rejected = 4,

    /// <summary>The fulfilment tasks are being done.</summary>
    Fulfilling = 5,

    /// <summary>Every fulfilment task is done; the request waits to be closed.</summary>
    Fulfilled = 6,

    /// <summary>Terminal: the request record is complete.</summary>
    Closed = 7,

    /// <summary>Terminal: the request was withdrawn before it was fulfilled.</summary>
    Canceled = 8,
}
