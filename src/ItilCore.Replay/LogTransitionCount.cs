namespace ItilCore.Replay;

/// <summary>How often one state name of the log followed another in a ticket's consecutive rows (self-loops included), before any mapping.</summary>
/// <param name="From">The log's state name before.</param>
/// <param name="To">The log's state name after.</param>
/// <param name="Count">How many times.</param>
public sealed record LogTransitionCount(string From, string To, long Count)
{
    /// <summary>Gets a value indicating whether the state name did not change.</summary>
    public bool IsSelfLoop => From == To;
}
