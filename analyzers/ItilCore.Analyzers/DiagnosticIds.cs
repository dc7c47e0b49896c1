namespace ItilCore.Analyzers;

/// <summary>The rule ids. ITIL1xxx: catalogue and service levels; ITIL2xxx: workflow and lifecycles; ITIL3xxx: time and clocks. An id is never reused.</summary>
public static class DiagnosticIds
{
    /// <summary>An SLA must reference a catalogued service.</summary>
    public const string ITIL1001 = "ITIL1001";

    /// <summary>An SLA must cover every priority of its matrix with positive targets and sound warning thresholds.</summary>
    public const string ITIL1002 = "ITIL1002";

    /// <summary>A business calendar must be valid.</summary>
    public const string ITIL1003 = "ITIL1003";

    /// <summary>The result of a lifecycle command must not be ignored.</summary>
    public const string ITIL2001 = "ITIL2001";

    /// <summary>A standard change needs a change model; emergency changes need an emergency change authority.</summary>
    public const string ITIL2002 = "ITIL2002";

    /// <summary>A service request must reference an item of the request catalogue.</summary>
    public const string ITIL2003 = "ITIL2003";

    /// <summary>Code that works with ItilCore must read the time from an injected clock.</summary>
    public const string ITIL3001 = "ITIL3001";
}
