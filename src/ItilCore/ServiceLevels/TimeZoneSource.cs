namespace ItilCore.ServiceLevels;

/// <summary>Whose time zone an SLA's calendar hours are read in (ServiceNow's "timezone source").</summary>
public enum TimeZoneSource
{
    /// <summary>The calendar's own zone.</summary>
    Calendar = 1,

    /// <summary>The caller's zone (from <see cref="ServiceLevelOptions.CallerZone"/>; the calendar's zone when unknown).</summary>
    Caller = 2,

    /// <summary>The zone of the configuration item's location (from <see cref="ServiceLevelOptions.LocationZone"/>; the calendar's zone when unknown).</summary>
    ConfigurationItemLocation = 3,
}
