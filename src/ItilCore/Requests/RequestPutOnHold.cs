using ItilCore.Serialization;

namespace ItilCore.Requests;

/// <summary>The request was put on hold (a flag: the request stays Approved or Fulfilling).</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Reason">Why it waits.</param>
/// <param name="Comment">The comment (to the requester; required when awaiting the requester).</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("request.put-on-hold")]
public sealed record RequestPutOnHold(EventEnvelope Envelope, RequestHoldReason Reason, string? Comment) : ServiceRequestEvent(Envelope);
