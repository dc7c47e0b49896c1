using System.Collections.Generic;
using System.Linq;
using ItilCore.Serialization;
using ItilCore.ServiceLevels;

namespace ItilCore.Incidents;

/// <summary>Holds when the ticket is handled as a major incident.</summary>

/// <remarks>Immutable and thread-safe.</remarks>
[WireName("major-incident")]
public sealed record MajorIncident : SlaCondition
{
    /// <inheritdoc />
    public override bool Matches(SlaTicket ticket) => ticket.Source is IncidentSnapshot { IsMajorIncident: true };

    /// <inheritdoc />
    public override string Describe() => "a major incident";

    /// <inheritdoc />
    internal override bool Reads(TicketKind kind) => kind == TicketKind.Incident;
}
