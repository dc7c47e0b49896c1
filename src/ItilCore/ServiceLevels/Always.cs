using System.Collections.Generic;
using System.Linq;
using ItilCore.Serialization;

namespace ItilCore.ServiceLevels;

/// <summary>Always holds.</summary>

/// <remarks>Immutable and thread-safe.</remarks>
[WireName("always")]
public sealed record Always : SlaCondition
{
    /// <inheritdoc />
    public override bool Matches(SlaTicket ticket) => true;

    /// <inheritdoc />
    public override string Describe() => "always";
}
