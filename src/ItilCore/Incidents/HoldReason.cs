namespace ItilCore.Incidents;

/// <summary>Why an incident is on hold. Which reasons pause which SLA is configuration of the service-level practice.</summary>
public enum HoldReason
{
    /// <summary>Waiting for the caller; an update from the caller returns the incident to In Progress.</summary>
    AwaitingCaller = 1,

    /// <summary>Waiting for a change to be implemented.</summary>
    AwaitingChange = 2,

    /// <summary>Waiting for a problem to be solved.</summary>
    AwaitingProblem = 3,

    /// <summary>Waiting for a supplier or vendor.</summary>
    AwaitingVendor = 4,
}
