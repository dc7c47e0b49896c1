using System.Collections.Generic;
using System.Linq;
using ItilCore.Catalog;
using ItilCore.Configuration;
using ItilCore.Incidents;

namespace ItilCore.Routing;

/// <summary>A condition on one ticket field: equality, set membership or their negation.</summary>
/// <param name="Field">The field tested.</param>
/// <param name="Operator">How the field is compared.</param>
/// <param name="Values">The values, as text (see <see cref="RoutingField"/> for each field's form); one for <see cref="RoutingConditionOperator.Is"/> and <see cref="RoutingConditionOperator.IsNot"/>.</param>
/// <remarks>Immutable once built; the list is not copied here (the compiled rule set copies it). Thread-safe.</remarks>
public sealed record RoutingCondition(RoutingField Field, RoutingConditionOperator Operator, IReadOnlyList<string> Values)
{
    /// <summary>Gets whether the operator is a negation (<see cref="RoutingConditionOperator.IsNot"/> or <see cref="RoutingConditionOperator.NotIn"/>).</summary>
    public bool IsNegated => Operator is RoutingConditionOperator.IsNot or RoutingConditionOperator.NotIn;

    /// <summary>Creates an equality condition on any field, with the value in text form.</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The value.</param>
    /// <returns>The condition.</returns>
    public static RoutingCondition Is(RoutingField field, string value) => new(field, RoutingConditionOperator.Is, [value]);

    /// <summary>Creates a negated equality condition on any field, with the value in text form.</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The value.</param>
    /// <returns>The condition.</returns>
    public static RoutingCondition IsNot(RoutingField field, string value) => new(field, RoutingConditionOperator.IsNot, [value]);

    /// <summary>Creates a set membership condition on any field, with the values in text form.</summary>
    /// <param name="field">The field.</param>
    /// <param name="values">The values.</param>
    /// <returns>The condition.</returns>
    public static RoutingCondition In(RoutingField field, params string[] values) => new(field, RoutingConditionOperator.In, values);

    /// <summary>Creates a negated set membership condition on any field, with the values in text form.</summary>
    /// <param name="field">The field.</param>
    /// <param name="values">The values.</param>
    /// <returns>The condition.</returns>
    public static RoutingCondition NotIn(RoutingField field, params string[] values) => new(field, RoutingConditionOperator.NotIn, values);

    /// <summary>Creates a condition that the affected service is one of these.</summary>
    /// <param name="services">The services.</param>
    /// <returns>The condition.</returns>
    public static RoutingCondition ServiceIn(params ServiceId[] services) => In(RoutingField.Service, services.Select(s => s.Value).ToArray());

    /// <summary>Creates a condition that the affected offering is one of these.</summary>
    /// <param name="offerings">The offerings.</param>
    /// <returns>The condition.</returns>
    public static RoutingCondition OfferingIn(params ServiceOfferingId[] offerings) => In(RoutingField.Offering, offerings.Select(s => s.Value).ToArray());

    /// <summary>Creates a condition that the affected configuration item is one of these.</summary>
    /// <param name="items">The items.</param>
    /// <returns>The condition.</returns>
    public static RoutingCondition ConfigurationItemIn(params ConfigurationItemId[] items) => In(RoutingField.ConfigurationItem, items.Select(s => s.Value).ToArray());

    /// <summary>Creates a condition that the affected configuration item's class is one of these.</summary>
    /// <param name="classes">The classes.</param>
    /// <returns>The condition.</returns>
    public static RoutingCondition ConfigurationItemClassIn(params ConfigurationItemClass[] classes) => In(RoutingField.ConfigurationItemClass, classes.Select(s => s.Value).ToArray());

    /// <summary>Creates a condition that the customer is one of these organizations.</summary>
    /// <param name="customers">The customers.</param>
    /// <returns>The condition.</returns>
    public static RoutingCondition CustomerIn(params OrganizationId[] customers) => In(RoutingField.Customer, customers.Select(s => s.Value).ToArray());

    /// <summary>Creates a condition that the ticket came through one of these channels.</summary>
    /// <param name="channels">The channels.</param>
    /// <returns>The condition.</returns>
    public static RoutingCondition ChannelIn(params ContactChannel[] channels) => In(RoutingField.Channel, channels.Select(RoutingValues.Format).ToArray());

    /// <summary>Creates a condition that the ticket did not come through any of these channels.</summary>
    /// <param name="channels">The channels.</param>
    /// <returns>The condition.</returns>
    public static RoutingCondition ChannelNotIn(params ContactChannel[] channels) => NotIn(RoutingField.Channel, channels.Select(RoutingValues.Format).ToArray());

    /// <summary>Creates a condition that the impact is one of these levels.</summary>
    /// <param name="impacts">The impacts.</param>
    /// <returns>The condition.</returns>
    public static RoutingCondition ImpactIn(params Impact[] impacts) => In(RoutingField.Impact, impacts.Select(l => RoutingValues.Format(l.Level)).ToArray());

    /// <summary>Creates a condition that the urgency is one of these levels.</summary>
    /// <param name="urgencies">The urgencies.</param>
    /// <returns>The condition.</returns>
    public static RoutingCondition UrgencyIn(params Urgency[] urgencies) => In(RoutingField.Urgency, urgencies.Select(l => RoutingValues.Format(l.Level)).ToArray());

    /// <summary>Creates a condition that the priority is one of these levels.</summary>
    /// <param name="priorities">The priorities.</param>
    /// <returns>The condition.</returns>
    public static RoutingCondition PriorityIn(params Priority[] priorities) => In(RoutingField.Priority, priorities.Select(l => RoutingValues.Format(l.Level)).ToArray());

    /// <summary>Returns the condition as a person would read it, for example <c>channel in [phone, email]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var field = RoutingValues.FieldName(Field);
        var values = Values is null ? "?" : string.Join(", ", Values);
        return Operator switch
        {
            RoutingConditionOperator.Is => $"{field} = {values}",
            RoutingConditionOperator.IsNot => $"{field} ≠ {values}",
            RoutingConditionOperator.In => $"{field} in [{values}]",
            _ => $"{field} not in [{values}]",
        };
    }
}
