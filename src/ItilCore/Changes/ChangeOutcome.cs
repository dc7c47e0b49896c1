namespace ItilCore.Changes;

/// <summary>How an implemented change turned out, recorded when the implementation completes (ServiceNow's close codes).</summary>
public enum ChangeOutcome
{
    /// <summary>Implemented as planned.</summary>
    Successful = 1,

    /// <summary>Implemented, with issues to review.</summary>
    SuccessfulWithIssues = 2,

    /// <summary>Not implemented successfully (backed out or failed).</summary>
    Unsuccessful = 3,
}
