namespace ItilCore.Incidents;

/// <summary>An event in an incident's history.</summary>
/// <param name="Envelope">The shared event envelope.</param>
public abstract record IncidentEvent(EventEnvelope Envelope) : DomainEvent(Envelope)
{
    /// <summary>Gets the incident this event belongs to.</summary>
    public IncidentId IncidentId => new(Envelope.AggregateId);
}
