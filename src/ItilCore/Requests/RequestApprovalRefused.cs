using ItilCore.Serialization;

namespace ItilCore.Requests;

/// <summary>An approver of the current step refused (the approver is the envelope's actor); it rejects the request when the step's quorum becomes unreachable.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Step">The approval step, counted from 0.</param>
/// <param name="Reason">Why.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("request.approval-refused")]
public sealed record RequestApprovalRefused(EventEnvelope Envelope, int Step, string Reason) : ServiceRequestEvent(Envelope);
