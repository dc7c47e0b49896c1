namespace ItilCore.Catalog;

/// <summary>The part an organization takes in service relationships.</summary>
public enum OrganizationRole
{
    /// <summary>The organization provides services (ITIL 4: service provider).</summary>
    Provider = 1,

    /// <summary>The organization consumes services (ITIL 4: service consumer).</summary>
    Consumer = 2,

    /// <summary>The organization both provides and consumes services, for example an internal IT department.</summary>
    ProviderAndConsumer = 3,
}
