using System.Collections.Generic;
using System.Linq;
using ItilCore.Serialization;

namespace ItilCore.ServiceLevels;

/// <summary>Holds when at least one condition holds (an empty list never holds).</summary>
/// <param name="Conditions">The conditions.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("any-of")]
public sealed record AnyOf(IReadOnlyList<SlaCondition> Conditions) : SlaCondition
{
    /// <inheritdoc />
    public override bool Matches(SlaTicket ticket) => Conditions.Any(c => c.Matches(ticket));

    /// <inheritdoc />
    public override string Describe() => "(" + string.Join(" or ", Conditions.Select(c => c.Describe())) + ")";

    /// <inheritdoc />
    internal override bool Reads(TicketKind kind) => Conditions is not null && Conditions.Any(c => c is not null && c.Reads(kind));

    /// <inheritdoc />
    public bool Equals(AnyOf? other) => other is not null && Conditions.SequenceEqual(other.Conditions);

    /// <inheritdoc />
    public override int GetHashCode() => Conditions.Aggregate(17, (h, x) => (h * 31) + x.GetHashCode());
}
