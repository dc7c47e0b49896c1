using System.Collections.Generic;
using System.Linq;
using ItilCore.Serialization;

namespace ItilCore.ServiceLevels;

/// <summary>Holds when the ticket is assigned to a person.</summary>

/// <remarks>Immutable and thread-safe.</remarks>
[WireName("has-assignee")]
public sealed record HasAssignee : SlaCondition
{
    /// <inheritdoc />
    public override bool Matches(SlaTicket ticket) => ticket.Assignee is not null;

    /// <inheritdoc />
    public override string Describe() => "assigned to a person";
}
