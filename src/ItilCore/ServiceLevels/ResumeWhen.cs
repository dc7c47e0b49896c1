namespace ItilCore.ServiceLevels;

/// <summary>When a paused SLA resumes (ServiceNow's "when to resume").</summary>
public enum ResumeWhen
{
    /// <summary>When the pause condition no longer holds.</summary>
    PauseConditionNotMet = 1,

    /// <summary>When the resume condition holds.</summary>
    ResumeConditionMet = 2,
}
