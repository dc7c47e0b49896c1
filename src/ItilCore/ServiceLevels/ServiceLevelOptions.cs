using System;
using ItilCore.Configuration;
using NodaTime;

namespace ItilCore.ServiceLevels;

/// <summary>Where service level management finds the time zones of callers and locations.</summary>
/// <remarks>Immutable and thread-safe if the functions are.</remarks>
public sealed record ServiceLevelOptions
{
    /// <summary>Gets the default options: no caller or location zones known (calendars' own zones are used).</summary>
    public static ServiceLevelOptions Default { get; } = new();

    /// <summary>Gets the caller's time zone, or <see langword="null"/> when unknown.</summary>
    public Func<ActorId, DateTimeZone?> CallerZone { get; init; } = static _ => null;

    /// <summary>Gets the time zone of a configuration item's location, or <see langword="null"/> when unknown.</summary>
    public Func<ConfigurationItem, DateTimeZone?> LocationZone { get; init; } = static _ => null;
}
