using System.Collections.Generic;
using System.Linq;
using ItilCore.Serialization;
using ItilCore.ServiceLevels;

namespace ItilCore.Requests;

/// <summary>
/// Holds when the ticket is a service request on hold for one of the given reasons (to pause a time-to-fulfil objective;
/// which reasons pause it is configuration, not code).
/// </summary>
/// <param name="Reasons">The hold reasons.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("request-hold-reason-in")]
public sealed record RequestHoldReasonIn(IReadOnlyList<RequestHoldReason> Reasons) : SlaCondition
{
    /// <inheritdoc />
    public override bool Matches(SlaTicket ticket) => ticket.Source is RequestSnapshot { HoldReason: { } reason } && Reasons.Contains(reason);

    /// <inheritdoc />
    internal override bool Reads(TicketKind kind) => kind == TicketKind.ServiceRequest;

    /// <inheritdoc />
    internal override bool ListsNothing => Reasons is null or [];

    /// <inheritdoc />
    public override string Describe() => "request on hold " + string.Join(" or ", Reasons.Select(r => Words.Of(r).ToLowerInvariant()));

    /// <inheritdoc />
    public bool Equals(RequestHoldReasonIn? other) => other is not null && Reasons.SequenceEqual(other.Reasons);

    /// <inheritdoc />
    public override int GetHashCode() => Reasons.Aggregate(17, (h, x) => (h * 31) + x.GetHashCode());
}
