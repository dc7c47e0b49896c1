using System.Collections.Generic;
using System.Linq;
using ItilCore.Serialization;

namespace ItilCore.ServiceLevels;

/// <summary>Holds when the inner condition does not.</summary>
/// <param name="Condition">The condition.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("not")]
public sealed record Not(SlaCondition Condition) : SlaCondition
{
    /// <inheritdoc />
    public override bool Matches(SlaTicket ticket) => !Condition.Matches(ticket);

    /// <inheritdoc />
    public override string Describe() => "not " + Condition.Describe();

    /// <inheritdoc />
    internal override bool Reads(TicketKind kind) => Condition is not null && Condition.Reads(kind);
}
