namespace ItilCore.Requests;

/// <summary>Approval started: the request awaits its first approval step, or is approved at once when the item has none.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Steps">How many approval steps the request must pass; 0 approves it at once.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RequestApprovalStarted(EventEnvelope Envelope, int Steps) : ServiceRequestEvent(Envelope);
