using ItilCore.Serialization;

namespace ItilCore.Incidents;

/// <summary>A support agent recorded a work note.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Text">The note.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("incident.work-note")]
public sealed record WorkNoteAdded(EventEnvelope Envelope, string Text) : IncidentEvent(Envelope);
