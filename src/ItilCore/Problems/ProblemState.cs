namespace ItilCore.Problems;

/// <summary>The states of a problem's lifecycle: ServiceNow's best-practice problem states.</summary>
public enum ProblemState
{
    /// <summary>Logged, not yet assessed.</summary>
    New = 1,

    /// <summary>Assigned to a problem owner and group, who check that it is a real problem and weigh its risk.</summary>
    Assess = 2,

    /// <summary>Problem control: the root cause is being analysed; workarounds and known errors are recorded here.</summary>
    RootCauseAnalysis = 3,

    /// <summary>Error control: a permanent solution is being implemented, usually through a change.</summary>
    FixInProgress = 4,

    /// <summary>The fix has been applied and waits for verification; it can still be re-analysed.</summary>
    Resolved = 5,

    /// <summary>The fix was verified, or the risk was accepted. Closed for work, but it can be re-analysed (as in ServiceNow), so it is not terminal.</summary>
    Closed = 6,

    /// <summary>Terminal: the problem was invalid (not a problem, or logged in error).</summary>
    Canceled = 7,

    /// <summary>Terminal: the problem duplicates a master problem, to which its incidents moved.</summary>
    Duplicate = 8,
}
