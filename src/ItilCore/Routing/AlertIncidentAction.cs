namespace ItilCore.Routing;

/// <summary>What intake did about an incident for an alert.</summary>
public enum AlertIncidentAction
{
    /// <summary>Nothing: the alert is below the incident severity, has no catalogued service, or already has its incident.</summary>
    None = 0,

    /// <summary>A new incident was logged, linked to the alert's configuration item and service.</summary>
    Opened = 1,

    /// <summary>The alert correlated with the open incident of its configuration item: a work note was added to it.</summary>
    Correlated = 2,

    /// <summary>Logging, updating or resolving the incident was rejected (the incident is unchanged); see <see cref="AlertOutcome.Rejection"/>.</summary>
    Rejected = 3,

    /// <summary>The alert came back (repeated, raised or reopened) while its incident was Resolved: the incident was reopened.</summary>
    Reopened = 4,

    /// <summary>
    /// The alert cleared and no other alert that feeds its incident is open, so the incident was resolved
    /// (<see cref="AlertIntakeOptions.ResolveIncidentOnClear"/>).
    /// </summary>
    Resolved = 5,
}
