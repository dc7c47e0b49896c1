namespace ItilCore.Routing;

/// <summary>How a routing condition compares a ticket field with its values.</summary>
/// <remarks>A field the ticket does not have (no service, no category) is unequal to every value: <see cref="Is"/> and
/// <see cref="In"/> fail, <see cref="IsNot"/> and <see cref="NotIn"/> hold.</remarks>
public enum RoutingConditionOperator
{
    /// <summary>Equality: the field equals the one value.</summary>
    Is = 1,

    /// <summary>Negated equality: the field does not equal the one value.</summary>
    IsNot = 2,

    /// <summary>Set membership: the field equals one of the values.</summary>
    In = 3,

    /// <summary>Negated set membership: the field equals none of the values.</summary>
    NotIn = 4,
}
