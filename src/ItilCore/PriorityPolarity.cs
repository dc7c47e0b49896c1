namespace ItilCore;

/// <summary>Which end of a priority (and impact and urgency) scale is the most important.</summary>
public enum PriorityPolarity
{
    /// <summary>Level 1 is the highest (ServiceNow, iTop, BPIC 2014's Rabobank data).</summary>
    OneIsHighest = 1,

    /// <summary>The largest level is the highest (GLPI: 5 = very high).</summary>
    MaxIsHighest = 2,
}
