namespace ItilCore.Incidents;

/// <summary>The incident was put on hold.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Reason">Why it waits.</param>
/// <param name="Comment">The comment to the caller (required when awaiting the caller).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record IncidentPutOnHold(EventEnvelope Envelope, HoldReason Reason, string? Comment) : IncidentEvent(Envelope);
