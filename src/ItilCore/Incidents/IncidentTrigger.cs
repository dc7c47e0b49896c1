namespace ItilCore.Incidents;

/// <summary>The commands of the incident lifecycle, one per <see cref="Incident"/> method that can change it.</summary>
public enum IncidentTrigger
{
    /// <summary>Assign to a group and optionally a person (<see cref="Incident.Assign"/>).</summary>
    Assign = 1,

    /// <summary>Functional escalation to another group (<see cref="Incident.Reassign"/>).</summary>
    Reassign = 2,

    /// <summary>Put on hold with a reason (<see cref="Incident.PutOnHold"/>).</summary>
    PutOnHold = 3,

    /// <summary>Resume work after a hold (<see cref="Incident.Resume"/>).</summary>
    Resume = 4,

    /// <summary>Record an update from the caller (<see cref="Incident.RecordCallerUpdate"/>).</summary>
    CallerUpdate = 5,

    /// <summary>Record a work note (<see cref="Incident.AddWorkNote"/>).</summary>
    AddWorkNote = 6,

    /// <summary>Hierarchical escalation to a manager (<see cref="Incident.Escalate"/>).</summary>
    Escalate = 7,

    /// <summary>Change impact, urgency or category (<see cref="Incident.Reclassify"/>).</summary>
    Reclassify = 8,

    /// <summary>Override the matrix priority, or remove the override (<see cref="Incident.OverridePriority"/>).</summary>
    OverridePriority = 9,

    /// <summary>Resolve (<see cref="Incident.Resolve"/>).</summary>
    Resolve = 10,

    /// <summary>Reopen a resolved incident (<see cref="Incident.Reopen"/>).</summary>
    Reopen = 11,

    /// <summary>Close a resolved incident, by hand or automatically (<see cref="Incident.Close"/>, <see cref="Incident.CloseIfDue"/>).</summary>
    Close = 12,

    /// <summary>Cancel (<see cref="Incident.Cancel"/>).</summary>
    Cancel = 13,

    /// <summary>Make the incident a child of another (<see cref="Incident.LinkToParent"/>).</summary>
    LinkToParent = 14,

    /// <summary>Withdraw a major incident declaration (<see cref="Incident.DemoteMajorIncident"/>).</summary>
    DemoteMajorIncident = 15,

    /// <summary>Link the incident to the problem that causes it (<see cref="Incident.LinkToProblem"/>).</summary>
    LinkToProblem = 16,

    /// <summary>Link the incident to the change request that fixes it (<see cref="Incident.LinkToChange"/>).</summary>
    LinkToChange = 17,
}
