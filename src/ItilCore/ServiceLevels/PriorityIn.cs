using System.Collections.Generic;
using System.Linq;
using ItilCore.Serialization;

namespace ItilCore.ServiceLevels;

/// <summary>Holds when the ticket's effective priority is one of the given priorities.</summary>
/// <param name="Priorities">The priorities.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("priority-in")]
public sealed record PriorityIn(IReadOnlyList<Priority> Priorities) : SlaCondition
{
    /// <inheritdoc />
    public override bool Matches(SlaTicket ticket) => ticket.Priority is { } priority && Priorities.Contains(priority);

    /// <inheritdoc />
    internal override bool ListsNothing => Priorities is null or [];

    /// <inheritdoc />
    public override string Describe() => "priority is " + string.Join(" or ", Priorities);

    /// <inheritdoc />
    public bool Equals(PriorityIn? other) => other is not null && Priorities.SequenceEqual(other.Priorities);

    /// <inheritdoc />
    public override int GetHashCode() => Priorities.Aggregate(17, (h, x) => (h * 31) + x.GetHashCode());
}
