namespace ItilCore.Problems;

/// <summary>An event in a problem's history.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public abstract record ProblemEvent(EventEnvelope Envelope) : DomainEvent(Envelope)
{
    /// <summary>Gets the problem this event belongs to (from the envelope; not serialized twice).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public ProblemId ProblemId => new(Envelope.AggregateId);
}
