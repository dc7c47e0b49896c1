using System.Collections.Generic;
using System.Linq;
using ItilCore.Serialization;
using ItilCore.ServiceLevels;

namespace ItilCore.Incidents;

/// <summary>Holds when the ticket is on hold for one of the given reasons (which hold reasons pause an SLA is configuration, not code).</summary>
/// <param name="Reasons">The hold reasons.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("hold-reason-in")]
public sealed record HoldReasonIn(IReadOnlyList<HoldReason> Reasons) : SlaCondition
{
    /// <inheritdoc />
    public override bool Matches(SlaTicket ticket) => ticket.Source is IncidentSnapshot { HoldReason: { } reason } && Reasons.Contains(reason);

    /// <inheritdoc />
    internal override bool Reads(TicketKind kind) => kind == TicketKind.Incident;

    /// <inheritdoc />
    internal override bool ListsNothing => Reasons is null or [];

    /// <inheritdoc />
    public override string Describe() => "on hold " + string.Join(" or ", Reasons.Select(r => Words.Of(r).ToLowerInvariant()));

    /// <inheritdoc />
    public bool Equals(HoldReasonIn? other) => other is not null && Reasons.SequenceEqual(other.Reasons);

    /// <inheritdoc />
    public override int GetHashCode() => Reasons.Aggregate(17, (h, x) => (h * 31) + x.GetHashCode());
}
