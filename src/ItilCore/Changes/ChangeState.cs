namespace ItilCore.Changes;

/// <summary>The states of a change's lifecycle, as a ServiceNow user knows them; each change type uses a subset (see <see cref="ChangeLifecycle"/>).</summary>
public enum ChangeState
{
    /// <summary>Requested, being planned; the type can still change.</summary>
    New = 1,

    /// <summary>Normal changes only: being assessed (risk, impact, plans) before authorization is requested.</summary>
    Assess = 2,

    /// <summary>Normal and emergency changes: waiting for the change authority's decision.</summary>
    Authorize = 3,

    /// <summary>Authorized (or pre-authorized) and scheduled in its planned window.</summary>
    Scheduled = 4,

    /// <summary>Being implemented.</summary>
    Implement = 5,

    /// <summary>Implemented; the outcome is being reviewed. The change can no longer be canceled.</summary>
    Review = 6,

    /// <summary>Terminal: reviewed and closed.</summary>
    Closed = 7,

    /// <summary>Terminal: canceled before its review.</summary>
    Canceled = 8,
}
