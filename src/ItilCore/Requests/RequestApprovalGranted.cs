using ItilCore.Serialization;

namespace ItilCore.Requests;

/// <summary>An approver of the current step approved (the approver is the envelope's actor).</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Step">The approval step, counted from 0.</param>
/// <param name="Comment">The approver's comment, if any.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("request.approval-granted")]
public sealed record RequestApprovalGranted(EventEnvelope Envelope, int Step, string? Comment) : ServiceRequestEvent(Envelope);
