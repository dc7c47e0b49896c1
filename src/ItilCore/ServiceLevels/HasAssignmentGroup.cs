using System.Collections.Generic;
using System.Linq;
using ItilCore.Serialization;

namespace ItilCore.ServiceLevels;

/// <summary>Holds when the ticket is assigned to a group (a common stop condition for time to first response).</summary>

/// <remarks>Immutable and thread-safe.</remarks>
[WireName("has-assignment-group")]
public sealed record HasAssignmentGroup : SlaCondition
{
    /// <inheritdoc />
    public override bool Matches(SlaTicket ticket) => ticket.AssignmentGroup is not null;

    /// <inheritdoc />
    public override string Describe() => "assigned to a group";
}
