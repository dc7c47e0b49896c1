namespace ItilCore.Changes;

/// <summary>How an implemented change turned out, recorded when the implementation completes (ServiceNow's close codes).</summary>
public enum ChangeOutcome
{
    /// <summary>Implemented as planned.</summary>
    Successful = 1,

    /// <summary>Implemented, with issues to review.</summary>
    SuccessfulWithIssues = 2,

    /// <summary>
    /// Not implemented successfully, and not backed out: the service is left as the implementation left it (whatever
    /// other remediation was done goes in the notes).
    /// </summary>
    Unsuccessful = 3,

    /// <summary>
    /// Not implemented successfully; the backout (remediation) plan was carried out and the service returned to where it
    /// was before the change.
    /// </summary>
    BackedOut = 4,
}
