namespace ItilCore.Changes;

/// <summary>The three ITIL 4 types of change, each with its own lifecycle (see <see cref="ChangeLifecycle"/>).</summary>
public enum ChangeType
{
    /// <summary>A change that is assessed and authorized by the change authority its risk calls for.</summary>
    Normal = 1,

    /// <summary>A low-risk, pre-authorized change from a change model in the <see cref="StandardChangeCatalog"/>: no assessment or authorization.</summary>
    Standard = 2,

    /// <summary>A change that must be implemented as soon as possible: expedited authorization by the emergency change authority.</summary>
    Emergency = 3,
}
