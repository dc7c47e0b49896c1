using ItilCore.Incidents;
using NodaTime;

namespace ItilCore.Benchmarks;

/// <summary>The floor for rebuilding: an unchecked fold of incident events into a plain object.</summary>
public sealed class FoldedTicket
{
    public IncidentState State { get; private set; }

    public long Version { get; private set; }

    public AssignmentGroupId? Group { get; private set; }

    public HoldReason? HoldReason { get; private set; }

    public ResolutionCode? Resolution { get; private set; }

    public int ReopenCount { get; private set; }

    public Instant? ClosedAt { get; private set; }

    public void Apply(DomainEvent e)
    {
        switch (e)
        {
            case IncidentLogged:
                State = IncidentState.New;
                break;
            case IncidentAssigned x:
                Group = x.Group;
                State = IncidentState.InProgress;
                break;
            case IncidentPutOnHold x:
                HoldReason = x.Reason;
                State = IncidentState.OnHold;
                break;
            case IncidentResumed:
                HoldReason = null;
                State = IncidentState.InProgress;
                break;
            case IncidentResolved x:
                Resolution = x.Code;
                State = IncidentState.Resolved;
                break;
            case IncidentReopened:
                ReopenCount++;
                Resolution = null;
                State = IncidentState.InProgress;
                break;
            case IncidentClosed x:
                ClosedAt = x.Envelope.OccurredAt;
                State = IncidentState.Closed;
                break;
        }

        Version = e.Envelope.Version;
    }
}
