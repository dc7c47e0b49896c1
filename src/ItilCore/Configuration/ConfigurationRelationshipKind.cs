namespace ItilCore.Configuration;

/// <summary>How one configuration item relates to another, read as "source kind target".</summary>
/// <remarks>
/// <see cref="DependsOn"/> and <see cref="RunsOn"/> are directed and propagate failures from the target to the
/// source; they may not form cycles. <see cref="ConnectsTo"/> is symmetric and propagates nothing.
/// </remarks>
public enum ConfigurationRelationshipKind
{
    /// <summary>The source needs the target to work ("the payroll application depends on the payroll database").</summary>
    DependsOn = 1,

    /// <summary>The source is hosted by the target ("the payroll application runs on server srv-01").</summary>
    RunsOn = 2,

    /// <summary>The two items are linked, in either direction, without one needing the other ("firewall connects to router").</summary>
    ConnectsTo = 3,
}
