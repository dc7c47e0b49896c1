using System.Collections.Generic;
using System.Linq;
using ItilCore.Serialization;

namespace ItilCore.ServiceLevels;

/// <summary>Never holds (the default for optional conditions such as pause, cancel and reset).</summary>

/// <remarks>Immutable and thread-safe.</remarks>
[WireName("never")]
public sealed record Never : SlaCondition
{
    /// <inheritdoc />
    public override bool Matches(SlaTicket ticket) => false;

    /// <inheritdoc />
    public override string Describe() => "never";
}
