using NodaTime;

namespace ItilCore.Replay;

/// <summary>One row of a ticket's history, reduced to what the replay needs (names are interned numbers).</summary>
internal struct ReplayEvent
{
    public long Line;
    public Instant At;
    public Instant? OpenedAt;
    public int State;
    public int Impact;
    public int Urgency;
    public int Priority;
    public int Group;
    public sbyte MadeSla;
    public int Order;
    public string? TieBreak;
}
