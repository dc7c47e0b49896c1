using ItilCore.Serialization;

namespace ItilCore.Requests;

/// <summary>
/// Fulfilment needs a standard change: change enablement should raise one from the named pre-authorized change model.
/// ItilCore.Requests does not depend on the change types; a change practice listens for this event.
/// </summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="ChangeModel">The id of the standard change model the request item names.</param>
/// <param name="Item">The request item that needs it.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("request.standard-change-requested")]
public sealed record StandardChangeRequested(EventEnvelope Envelope, string ChangeModel, RequestItemId Item) : ServiceRequestEvent(Envelope);
