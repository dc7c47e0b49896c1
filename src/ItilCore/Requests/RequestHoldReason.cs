namespace ItilCore.Requests;

/// <summary>
/// Why a service request is on hold (<see cref="ServiceRequest.PutOnHold"/>). Which reasons pause a time-to-fulfil SLA
/// is configuration of the service-level practice (<see cref="RequestHoldReasonIn"/>), not code.
/// </summary>
public enum RequestHoldReason
{
    /// <summary>Waiting for the requester (a delivery address, a licence key, the requester away); a comment from the requester resumes the request.</summary>
    AwaitingRequester = 1,

    /// <summary>Waiting for a supplier or vendor (an order, a delivery).</summary>
    AwaitingVendor = 2,

    /// <summary>Waiting for a change to be implemented.</summary>
    AwaitingChange = 3,
}
