namespace ItilCore.Changes;

/// <summary>The kinds of change authority ITIL 4 describes, from the lightest to the heaviest.</summary>
public enum ChangeAuthorityKind
{
    /// <summary>A peer of the implementer reviews the change.</summary>
    PeerReview = 1,

    /// <summary>The change manager (or one of several) authorizes the change.</summary>
    ChangeManager = 2,

    /// <summary>The change advisory board (CAB) authorizes the change by quorum.</summary>
    ChangeAdvisoryBoard = 3,

    /// <summary>The emergency change advisory board (ECAB) authorizes emergency changes by quorum.</summary>
    EmergencyChangeAdvisoryBoard = 4,
}
