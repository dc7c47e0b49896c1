namespace ItilCore.Requests;

/// <summary>
/// How a fulfilled request turned out, derived from its tasks when it becomes Fulfilled, as ServiceNow closes a requested
/// item: <see cref="Incomplete"/> when any task was closed incomplete, else <see cref="Skipped"/> when every task was
/// skipped, else <see cref="Complete"/>. A request withdrawn before it was fulfilled is Canceled (a state), not an outcome.
/// </summary>
public enum RequestOutcome
{
    /// <summary>The tasks were done (some may have been skipped, none closed incomplete).</summary>
    Complete = 1,

    /// <summary>At least one task was closed incomplete.</summary>
    Incomplete = 2,

    /// <summary>Every task was skipped.</summary>
    Skipped = 3,
}
