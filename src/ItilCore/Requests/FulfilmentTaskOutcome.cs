namespace ItilCore.Requests;

/// <summary>How a fulfilment task was closed (ServiceNow's catalog task states Closed Complete, Closed Skipped, Closed Incomplete).</summary>
public enum FulfilmentTaskOutcome
{
    /// <summary>The task was done (<see cref="ServiceRequest.CompleteTask"/>).</summary>
    Complete = 1,

    /// <summary>The task was not needed (an image for a pre-imaged laptop) and was skipped, with a reason (<see cref="ServiceRequest.SkipTask"/>).</summary>
    Skipped = 2,

    /// <summary>The task could not be done (the item was discontinued) and was closed incomplete, with a reason (<see cref="ServiceRequest.CloseTaskIncomplete"/>).</summary>
    Incomplete = 3,
}
