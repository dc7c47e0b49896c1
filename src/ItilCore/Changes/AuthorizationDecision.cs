namespace ItilCore.Changes;

/// <summary>How a change's authorization round ended (ServiceNow's change approval values "Approved" and "Rejected", and a round that ended without a decision).</summary>
public enum AuthorizationDecision
{
    /// <summary>The approval that completed the authority's quorum authorized the change (Authorize → Scheduled).</summary>
    Authorized = 1,

    /// <summary>A rejection left the quorum out of reach, and the change returned to New.</summary>
    Rejected = 2,

    /// <summary>The round ended before the authority decided: the change was reverted to New or canceled while in Authorize.</summary>
    Withdrawn = 3,
}
