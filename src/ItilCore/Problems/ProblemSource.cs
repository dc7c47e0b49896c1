namespace ItilCore.Problems;

/// <summary>Where a problem was identified (ITIL 4 problem identification).</summary>
public enum ProblemSource
{
    /// <summary>Trend analysis of incident records found recurring or duplicate incidents; the incidents are the evidence.</summary>
    TrendAnalysis = 1,

    /// <summary>Reactively, from one or more incidents (a major incident, for example); the incidents are the evidence.</summary>
    Incident = 2,

    /// <summary>Information from a supplier (a vendor bulletin, a known defect); the source reference says which.</summary>
    Supplier = 3,

    /// <summary>Information from a partner; the source reference says which.</summary>
    Partner = 4,

    /// <summary>Information from developers (a defect found in testing or in code); the source reference says which.</summary>
    Developer = 5,
}
