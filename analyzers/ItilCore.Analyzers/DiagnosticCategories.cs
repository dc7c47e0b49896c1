namespace ItilCore.Analyzers;

/// <summary>The rule categories, one per id range.</summary>
public static class DiagnosticCategories
{
    /// <summary>ITIL1xxx: the service catalogue and service levels (SLAs, priorities, business calendars).</summary>
    public const string ServiceLevels = "ServiceLevels";

    /// <summary>ITIL2xxx: workflow and lifecycles (commands, changes, requests).</summary>
    public const string Workflow = "Workflow";

    /// <summary>ITIL3xxx: time and clocks.</summary>
    public const string Time = "Time";
}
