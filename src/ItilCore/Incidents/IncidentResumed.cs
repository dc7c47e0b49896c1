using ItilCore.Serialization;

namespace ItilCore.Incidents;

/// <summary>Work on the incident resumed after a hold.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Comment">A comment, if any.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("incident.resumed")]
public sealed record IncidentResumed(EventEnvelope Envelope, string? Comment) : IncidentEvent(Envelope);
