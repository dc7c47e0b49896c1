using System.Collections.Generic;

namespace ItilCore.Routing;

/// <summary>
/// What one rule accepts of one field, all its conditions on the field merged: either a finite set of values
/// (<see cref="Positive"/>) or every value but a finite set (absent values included). Closed fields (channel, levels) are
/// always turned into a finite set over their whole domain, so that implication between rules can be decided exactly.
/// </summary>
internal sealed class FieldConstraint(RoutingField field, bool positive, HashSet<string> values)
{
    public RoutingField Field { get; } = field;

    public bool Positive { get; } = positive;

    public HashSet<string> Values { get; } = values;

    public bool IsEmpty => Positive && Values.Count == 0;

    public bool Accepts(string? value) => Positive ? value is not null && Values.Contains(value) : value is null || !Values.Contains(value);

    /// <summary>Whether every value <paramref name="inner"/> accepts is accepted by <paramref name="outer"/> (an absent constraint accepts everything).</summary>
    public static bool Within(FieldConstraint? inner, FieldConstraint? outer)
    {
        if (outer is null)
        {
            return true;
        }

        if (inner is null)
        {
            return false;
        }

        if (inner.Positive)
        {
            foreach (var v in inner.Values)
            {
                if (outer.Positive != outer.Values.Contains(v))
                {
                    return false;
                }
            }

            return true;
        }

        return !outer.Positive && outer.Values.IsSubsetOf(inner.Values);
    }
}
