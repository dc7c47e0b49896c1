using ItilCore.Incidents;

namespace ItilCore.Benchmarks;

/// <summary>The peers' ticket: a plain object holding the state outside the state machine, and what the guards read.</summary>
public sealed class Ticket
{
    public IncidentState State { get; set; } = IncidentState.New;

    public AssignmentGroupId? Group { get; set; }

    public HoldReason? HoldReason { get; set; }
}
