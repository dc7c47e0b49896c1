namespace ItilCore.Replay;

/// <summary>How the rows of one ticket are laid out in an event log; it decides how much the reader must hold in memory.</summary>
public enum ReplayOrder
{
    /// <summary>The rows of a ticket are adjacent (ServiceNow audit exports, most process-mining logs): a ticket is replayed as soon as the next ticket starts, so memory holds one ticket.</summary>
    Contiguous = 0,

    /// <summary>The rows of a ticket may be spread over the file: every ticket is held until the end of the file, so memory grows with the number of tickets.</summary>
    Unsorted = 1,
}
