namespace ItilCore.ServiceLevels;

/// <summary>Which agreements attach to a ticket when several apply.</summary>
public enum AttachPolicy
{
    /// <summary>ServiceNow: every agreement whose scope (service, offering, customer) matches attaches.</summary>
    AllMatching = 1,

    /// <summary>Zammad and Jira Service Management: per metric, only the first matching agreement in definition order.</summary>
    FirstMatch = 2,
}
