using System.Collections.Generic;
using System.Linq;
using ItilCore.Serialization;
using ItilCore.ServiceLevels;

namespace ItilCore.Incidents;

/// <summary>Holds when the ticket is an incident in one of the given states.</summary>
/// <param name="States">The states.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("state-in")]
public sealed record StateIn(IReadOnlyList<IncidentState> States) : SlaCondition
{
    /// <inheritdoc />
    public override bool Matches(SlaTicket ticket) => ticket.Source is IncidentSnapshot incident && States.Contains(incident.State);

    /// <inheritdoc />
    internal override bool Reads(TicketKind kind) => kind == TicketKind.Incident;

    /// <inheritdoc />
    internal override bool ListsNothing => States is null or [];

    /// <inheritdoc />
    public override string Describe() => "state is " + string.Join(" or ", States.Select(s => Words.Of(s)));

    /// <inheritdoc />
    public bool Equals(StateIn? other) => other is not null && States.SequenceEqual(other.States);

    /// <inheritdoc />
    public override int GetHashCode() => States.Aggregate(17, (h, x) => (h * 31) + x.GetHashCode());
}
