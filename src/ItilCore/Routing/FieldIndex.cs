using System.Collections.Frozen;

namespace ItilCore.Routing;

/// <summary>
/// One field's index into the rules: for each value some rule names (a row), the bitset of rules that accept a ticket
/// with that value; row 0 is every other value, absent included. Closed fields use the value's number as the row.
/// </summary>
internal sealed class FieldIndex(RoutingField field, FrozenDictionary<string, int>? rows, ulong[] pass)
{
    public RoutingField Field { get; } = field;

    public ulong[] Pass { get; } = pass;

    public int RowOf(RoutingTicket ticket)
    {
        if (rows is null)
        {
            return RoutingValues.ClosedValue(Field, ticket);
        }

        var value = RoutingValues.OpenValue(Field, ticket);
        return value is not null && rows.TryGetValue(value, out var row) ? row : 0;
    }
}
