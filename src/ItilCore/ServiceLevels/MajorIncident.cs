using System.Collections.Generic;
using System.Linq;
using ItilCore.Incidents;

namespace ItilCore.ServiceLevels;

/// <summary>Holds when the ticket is handled as a major incident.</summary>

/// <remarks>Immutable and thread-safe.</remarks>
public sealed record MajorIncident : SlaCondition
{
    /// <inheritdoc />
    public override bool Matches(SlaTicket ticket) => ticket.IsMajorIncident;

    /// <inheritdoc />
    public override string Describe() => "a major incident";
}
