using ItilCore.Incidents;
using S = ItilCore.Incidents.IncidentState;
using T = ItilCore.Incidents.IncidentTrigger;

namespace ItilCore.Benchmarks;

/// <summary>The incident lifecycle as a hand-written switch over (state, trigger), the CallerUpdate guard from On Hold included.</summary>
public static class SwitchIncident
{
    /// <summary>Validates the trigger and, when permitted, moves the ticket.</summary>
    /// <returns><see langword="false"/> when the trigger is not permitted (the ticket is unchanged).</returns>
    public static bool TryFire(Ticket ticket, T trigger)
    {
        S? destination = ticket.State switch
        {
            S.New => trigger switch
            {
                T.Assign => S.InProgress,
                T.Cancel => S.Canceled,
                T.CallerUpdate or T.AddWorkNote or T.Escalate or T.DemoteMajorIncident or T.Reclassify or T.OverridePriority or T.LinkToParent or T.LinkToProblem or T.LinkToChange => S.New,
                _ => null,
            },
            S.InProgress => trigger switch
            {
                T.PutOnHold => S.OnHold,
                T.Resolve => S.Resolved,
                T.Cancel => S.Canceled,
                T.Assign or T.Reassign or T.CallerUpdate or T.AddWorkNote or T.Escalate or T.DemoteMajorIncident or T.Reclassify or T.OverridePriority or T.LinkToParent or T.LinkToProblem or T.LinkToChange => S.InProgress,
                _ => null,
            },
            S.OnHold => trigger switch
            {
                T.Resume => S.InProgress,
                T.CallerUpdate => ticket.HoldReason == HoldReason.AwaitingCaller ? S.InProgress : S.OnHold,
                T.Resolve => S.Resolved,
                T.Cancel => S.Canceled,
                T.Assign or T.Reassign or T.AddWorkNote or T.Escalate or T.DemoteMajorIncident or T.Reclassify or T.OverridePriority or T.LinkToParent or T.LinkToProblem or T.LinkToChange => S.OnHold,
                _ => null,
            },
            S.Resolved => trigger switch
            {
                T.Reopen => S.InProgress,
                T.Close => S.Closed,
                T.CallerUpdate or T.AddWorkNote or T.LinkToProblem or T.LinkToChange => S.Resolved,
                _ => null,
            },
            _ => null,
        };

        if (destination is not { } d)
        {
            return false;
        }

        ticket.State = d;
        return true;
    }
}
