namespace ItilCore.Changes;

/// <summary>An event in a change's history.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public abstract record ChangeEvent(EventEnvelope Envelope) : DomainEvent(Envelope)
{
    /// <summary>Gets the change this event belongs to (from the envelope; not serialized twice).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public ChangeId ChangeId => new(Envelope.AggregateId);
}
