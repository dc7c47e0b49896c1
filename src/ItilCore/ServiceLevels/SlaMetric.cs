namespace ItilCore.ServiceLevels;

/// <summary>What an SLA objective measures.</summary>
public enum SlaMetric
{
    /// <summary>Time to first response (usually stopped by assignment).</summary>
    FirstResponse = 1,

    /// <summary>Time to resolve.</summary>
    Resolution = 2,

    /// <summary>Time to update the caller (optional).</summary>
    Update = 3,

    /// <summary>Time to fulfil a service request.</summary>
    Fulfilment = 4,
}
