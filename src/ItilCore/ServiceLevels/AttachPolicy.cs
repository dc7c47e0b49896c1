namespace ItilCore.ServiceLevels;

/// <summary>Which agreements attach to a ticket when several apply.</summary>
public enum AttachPolicy
{
    /// <summary>ServiceNow: every agreement whose scope (service, offering, customer) matches attaches.</summary>
    AllMatching = 1,

    /// <summary>
    /// Zammad and Jira Service Management: per kind of agreement (SLA, OLA, underpinning contract) and metric, only the
    /// first agreement whose scope matches, in definition order. The choice is made by scope, not by the objectives'
    /// start conditions: targets per priority through <see cref="PriorityIn"/> start conditions need
    /// <see cref="AllMatching"/>.
    /// </summary>
    FirstMatch = 2,
}
