using ItilCore.Serialization;

namespace ItilCore.Incidents;

/// <summary>The incident was closed (terminal).</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Automatic">Whether it was closed automatically after the auto-close delay.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("incident.closed")]
public sealed record IncidentClosed(EventEnvelope Envelope, bool Automatic) : IncidentEvent(Envelope);
