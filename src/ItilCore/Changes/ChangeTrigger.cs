namespace ItilCore.Changes;

/// <summary>The commands of the change lifecycles, one per <see cref="Change"/> method that can change it.</summary>
public enum ChangeTrigger
{
    /// <summary>Change the type while New (<see cref="Change.ChangeType"/>).</summary>
    ChangeType = 1,

    /// <summary>Record the risk assessment (<see cref="Change.AssessRisk"/>).</summary>
    AssessRisk = 2,

    /// <summary>Set or move the planned window (<see cref="Change.Plan"/>).</summary>
    Plan = 3,

    /// <summary>Assign who implements the change (<see cref="Change.AssignImplementer"/>).</summary>
    AssignImplementer = 4,

    /// <summary>Submit a normal change for assessment, or schedule a standard change (<see cref="Change.Submit"/>).</summary>
    Submit = 5,

    /// <summary>Ask the change authority for authorization (<see cref="Change.RequestAuthorization"/>).</summary>
    RequestAuthorization = 6,

    /// <summary>A member of the change authority approves (<see cref="Change.Approve"/>).</summary>
    Approve = 7,

    /// <summary>A member of the change authority rejects (<see cref="Change.Reject"/>).</summary>
    Reject = 8,

    /// <summary>Send the change back to New, canceling pending approvals (<see cref="Change.RevertToNew"/>).</summary>
    RevertToNew = 9,

    /// <summary>Put the change on hold (<see cref="Change.PutOnHold"/>).</summary>
    PutOnHold = 10,

    /// <summary>Release the hold (<see cref="Change.ReleaseHold"/>).</summary>
    ReleaseHold = 11,

    /// <summary>Start the implementation (<see cref="Change.StartImplementation"/>).</summary>
    StartImplementation = 12,

    /// <summary>Finish the implementation with its outcome (<see cref="Change.CompleteImplementation"/>).</summary>
    CompleteImplementation = 13,

    /// <summary>Close after the review (<see cref="Change.Close"/>).</summary>
    Close = 14,

    /// <summary>Cancel (<see cref="Change.Cancel"/>).</summary>
    Cancel = 15,

    /// <summary>Write or rewrite the implementation and backout plans before authorization (<see cref="Change.UpdatePlans"/>).</summary>
    UpdatePlans = 16,
}
