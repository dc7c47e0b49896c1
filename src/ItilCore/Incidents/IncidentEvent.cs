namespace ItilCore.Incidents;

/// <summary>An event in an incident's history.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public abstract record IncidentEvent(EventEnvelope Envelope) : DomainEvent(Envelope)
{
    /// <summary>Gets the incident this event belongs to (from the envelope; not serialized twice).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IncidentId IncidentId => new(Envelope.AggregateId);
}
