namespace ItilCore.ServiceLevels;

/// <summary>Which agreements attach to a ticket when several apply.</summary>
public enum AttachPolicy
{
    /// <summary>
    /// ServiceNow: every agreement whose scope (service, offering, customer) matches attaches, with its objectives that
    /// measure the ticket's kind (<see cref="SlaObjective.Measures"/>).
    /// </summary>
    AllMatching = 1,

    /// <summary>
    /// Zammad and Jira Service Management: per kind of agreement (SLA, OLA, underpinning contract) and metric, only the
    /// first agreement whose scope matches and that has an objective of that metric for the ticket's kind
    /// (<see cref="SlaObjective.Measures"/>), in definition order: an incident agreement listed first does not hide a
    /// service request's. The choice is made by scope and kind, not by the objectives' start conditions: targets per
    /// priority through <see cref="PriorityIn"/> start conditions need <see cref="AllMatching"/>.
    /// </summary>
    FirstMatch = 2,
}
