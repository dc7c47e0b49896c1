namespace ItilCore.Problems;

/// <summary>The commands of the problem lifecycle, one per <see cref="Problem"/> command.</summary>
public enum ProblemTrigger
{
    /// <summary>Assign for assessment (<see cref="Problem.Assess"/>).</summary>
    Assess = 1,

    /// <summary>Confirm the problem and start root-cause analysis (<see cref="Problem.StartRootCauseAnalysis"/>).</summary>
    StartRootCauseAnalysis = 2,

    /// <summary>Re-assess impact and probability (<see cref="Problem.Reprioritize"/>).</summary>
    Reprioritize = 3,

    /// <summary>Link an incident as evidence (<see cref="Problem.LinkIncident"/>).</summary>
    LinkIncident = 4,

    /// <summary>Record the root cause (<see cref="Problem.RecordRootCause"/>).</summary>
    RecordRootCause = 5,

    /// <summary>Document a workaround (<see cref="Problem.DocumentWorkaround"/>).</summary>
    DocumentWorkaround = 6,

    /// <summary>Communicate the workaround to the linked incidents (<see cref="Problem.CommunicateWorkaround"/>).</summary>
    CommunicateWorkaround = 7,

    /// <summary>Record a known error (<see cref="Problem.RecordKnownError"/>).</summary>
    RecordKnownError = 8,

    /// <summary>Start error control without a change of our own (<see cref="Problem.StartFix"/>).</summary>
    StartFix = 9,

    /// <summary>Raise a change request from the known error (<see cref="Problem.RequestChange"/>).</summary>
    RequestChange = 10,

    /// <summary>Record the permanent solution (<see cref="Problem.RecordPermanentSolution"/>).</summary>
    RecordPermanentSolution = 11,

    /// <summary>Resolve: the fix is applied (<see cref="Problem.Resolve"/>).</summary>
    Resolve = 12,

    /// <summary>Close: the fix is verified (<see cref="Problem.Close"/>).</summary>
    Close = 13,

    /// <summary>Accept the risk and close (<see cref="Problem.AcceptRisk"/>).</summary>
    AcceptRisk = 14,

    /// <summary>Cancel an invalid problem (<see cref="Problem.Cancel"/>).</summary>
    Cancel = 15,

    /// <summary>Mark as a duplicate of a master problem (<see cref="ProblemManagement.MergeDuplicate"/>).</summary>
    MarkDuplicate = 16,

    /// <summary>Take over a duplicate's incidents, as its master (<see cref="ProblemManagement.MergeDuplicate"/>).</summary>
    AbsorbDuplicate = 17,

    /// <summary>Re-analyse: back to root-cause analysis (<see cref="Problem.Reanalyze"/>).</summary>
    Reanalyze = 18,

    /// <summary>Move the problem to another problem group or owner while it is worked (<see cref="Problem.Reassign"/>).</summary>
    Reassign = 19,
}
