namespace ItilCore.Problems;

/// <summary>How a problem ended, with ServiceNow's resolution codes.</summary>
public enum ProblemResolutionCode
{
    /// <summary>A permanent solution was applied.</summary>
    FixApplied = 1,

    /// <summary>The risk was accepted; no fix will be made (the workaround, if any, stays in use).</summary>
    RiskAccepted = 2,

    /// <summary>The problem was invalid.</summary>
    Canceled = 3,

    /// <summary>The problem duplicated a master problem.</summary>
    Duplicate = 4,
}
