namespace ItilCore.Routing;

/// <summary>How a rule set combines the rules that match a ticket.</summary>
public enum RoutingPolicy
{
    /// <summary>The first matching rule in order decides alone (ServiceNow assignment rules).</summary>
    FirstMatch = 1,

    /// <summary>
    /// Every matching rule applies in order, later actions overwriting earlier ones and tags accumulating, until a
    /// matching rule says <see cref="RoutingRule.Stop"/> (GLPI business rules). The default route is the base layer they
    /// write over: a rule that only tags a ticket keeps the default route's group, priority and SLA.
    /// </summary>
    ApplyAllUntilStop = 2,
}
