namespace ItilCore.Incidents;

/// <summary>The states of an incident's lifecycle, as a ServiceNow user knows them.</summary>
public enum IncidentState
{
    /// <summary>Logged but not yet investigated.</summary>
    New = 1,

    /// <summary>Assigned to a group (and optionally a person) and being investigated.</summary>
    InProgress = 2,

    /// <summary>Waiting for something outside the support group; see <see cref="HoldReason"/>.</summary>
    OnHold = 3,

    /// <summary>A resolution has been applied; the incident can still be reopened.</summary>
    Resolved = 4,

    /// <summary>Terminal: the incident record is complete and can no longer change.</summary>
    Closed = 5,

    /// <summary>Terminal: the incident was a duplicate, unnecessary or not an incident.</summary>
    Canceled = 6,
}
