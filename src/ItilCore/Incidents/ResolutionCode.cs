namespace ItilCore.Incidents;

/// <summary>How an incident was resolved (ServiceNow's resolution codes).</summary>
public enum ResolutionCode
{
    /// <summary>The cause was removed.</summary>
    SolvedPermanently = 1,

    /// <summary>Service was restored with a workaround; the cause remains (a candidate for problem management).</summary>
    SolvedWorkaround = 2,

    /// <summary>Solved remotely, without a visit.</summary>
    SolvedRemotely = 3,

    /// <summary>Not solved: the fault could not be reproduced.</summary>
    NotSolvedNotReproducible = 4,

    /// <summary>Not solved: a fix would cost too much.</summary>
    NotSolvedTooCostly = 5,

    /// <summary>The caller resolved it themselves.</summary>
    ResolvedByCaller = 6,

    /// <summary>Resolved because its parent incident was resolved.</summary>
    ResolvedByParent = 7,
}
