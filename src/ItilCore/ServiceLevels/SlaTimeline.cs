using System;
using System.Collections.Generic;

namespace ItilCore.ServiceLevels;

/// <summary>Turns a practice's timeline (its snapshot after each event) into the tickets an SLA clock reads.</summary>
internal static class SlaTimeline
{
    public static SlaTicket[] Of<T>(IReadOnlyList<T> timeline, Func<T, SlaTicket> read)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var tickets = new SlaTicket[timeline.Count];
        for (var i = 0; i < tickets.Length; i++)
        {
            tickets[i] = read(timeline[i]);
        }

        return tickets;
    }
}
