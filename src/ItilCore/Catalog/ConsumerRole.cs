namespace ItilCore.Catalog;

/// <summary>The specific roles of service consumption that ITIL 4 names inside a service consumer organization.</summary>
public enum ConsumerRole
{
    /// <summary>Defines the requirements for a service and takes responsibility for the outcomes of service consumption.</summary>
    Customer = 1,

    /// <summary>Uses services.</summary>
    User = 2,

    /// <summary>Authorizes budget for service consumption.</summary>
    Sponsor = 3,
}
