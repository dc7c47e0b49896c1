using System.Runtime.CompilerServices;

namespace ItilCore.Routing;

/// <summary>
/// One field's index into the rules: for each value some rule names (a row), the bitset of rules that accept a ticket
/// with that value; row 0 is every other value, absent included. Closed fields use the value's number as the row.
/// The rows live in the rule set's one flat table, from <see cref="FirstRow"/> on.
/// </summary>
internal sealed class FieldIndex(RoutingField field, StringRowTable? rows, int firstRow)
{
    public RoutingField Field { get; } = field;

    /// <summary>Gets the index, in the rule set's flat row table, of this field's row 0.</summary>
    public int FirstRow { get; } = firstRow;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int RowOf(RoutingTicket ticket)
        => rows is null ? RoutingValues.ClosedValue(Field, ticket) : rows.RowOf(RoutingValues.OpenValue(Field, ticket));
}
