namespace ItilCore.Routing;

/// <summary>How a rule set combines the rules that match a ticket.</summary>
public enum RoutingPolicy
{
    /// <summary>The first matching rule in order decides alone (ServiceNow assignment rules).</summary>
    FirstMatch = 1,

    /// <summary>
    /// Every matching rule applies in order, later actions overwriting earlier ones and tags accumulating, until a
    /// matching rule says <see cref="RoutingRule.Stop"/> (GLPI business rules).
    /// </summary>
    ApplyAllUntilStop = 2,
}
