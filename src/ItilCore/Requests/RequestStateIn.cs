using System.Collections.Generic;
using System.Linq;
using ItilCore.Serialization;
using ItilCore.ServiceLevels;

namespace ItilCore.Requests;

/// <summary>Holds when the ticket is a service request in one of the given states (for time-to-fulfil objectives).</summary>
/// <param name="States">The states.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("request-state-in")]
public sealed record RequestStateIn(IReadOnlyList<ServiceRequestState> States) : SlaCondition
{
    /// <inheritdoc />
    public override bool Matches(SlaTicket ticket) => ticket.Source is RequestSnapshot request && States.Contains(request.State);

    /// <inheritdoc />
    internal override bool Reads(TicketKind kind) => kind == TicketKind.ServiceRequest;

    /// <inheritdoc />
    internal override bool ListsNothing => States is null or [];

    /// <inheritdoc />
    public override string Describe() => "request state is " + string.Join(" or ", States.Select(s => Words.Of(s)));

    /// <inheritdoc />
    public bool Equals(RequestStateIn? other) => other is not null && States.SequenceEqual(other.States);

    /// <inheritdoc />
    public override int GetHashCode() => States.Aggregate(17, (h, x) => (h * 31) + x.GetHashCode());
}
