namespace ItilCore.Problems;

/// <summary>Why trend analysis proposes a problem.</summary>
public enum ProblemCandidateKind
{
    /// <summary>Incidents that share one dimension (service, configuration item, category, symptom) recur within the window.</summary>
    Recurring = 1,

    /// <summary>Incidents with the same symptom on the same service, item, category and subcategory, close together: likely duplicates of one failure.</summary>
    Duplicate = 2,
}
