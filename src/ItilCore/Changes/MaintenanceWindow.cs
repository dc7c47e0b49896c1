using ItilCore.Configuration;
using NodaTime;

namespace ItilCore.Changes;

/// <summary>
/// A period in which a configuration item may be changed (a ServiceNow maintenance schedule). Once an item has any
/// maintenance window, a change touching it must lie entirely within one of them (touching windows count as one).
/// Items without maintenance windows may be changed at any time outside blackouts.
/// </summary>
/// <param name="Item">The configuration item.</param>
/// <param name="Window">The period (start inclusive, end exclusive).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record MaintenanceWindow(ConfigurationItemId Item, Interval Window);
