namespace ItilCore.Requests;

/// <summary>An event in a service request's history.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public abstract record ServiceRequestEvent(EventEnvelope Envelope) : DomainEvent(Envelope)
{
    /// <summary>Gets the request this event belongs to (from the envelope; not serialized twice).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public ServiceRequestId RequestId => new(Envelope.AggregateId);
}
