using ItilCore.Serialization;

namespace ItilCore.Incidents;

/// <summary>The incident was put on hold.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Reason">Why it waits.</param>
/// <param name="Comment">The comment to the caller (required when awaiting the caller).</param>
/// <param name="Problem">
/// The problem it waits on, when the reason is <see cref="HoldReason.AwaitingProblem"/> and one was named; it also links
/// the incident to that problem. Absent in events recorded before it existed, which read as <see langword="null"/>.
/// </param>
/// <param name="Change">
/// The change it waits on, when the reason is <see cref="HoldReason.AwaitingChange"/> and one was named; it also links
/// the incident to that change. Absent in events recorded before it existed, which read as <see langword="null"/>.
/// </param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("incident.put-on-hold")]
public sealed record IncidentPutOnHold(EventEnvelope Envelope, HoldReason Reason, string? Comment, ProblemId? Problem = null, ChangeId? Change = null) : IncidentEvent(Envelope);
