using ItilCore.Serialization;

namespace ItilCore.Incidents;

/// <summary>The caller added information. When the incident was awaiting the caller, work resumes.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Text">What the caller said.</param>
/// <param name="ResumesWork">Whether this update returned the incident from On Hold to In Progress.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("incident.caller-update")]
public sealed record CallerUpdateRecorded(EventEnvelope Envelope, string Text, bool ResumesWork) : IncidentEvent(Envelope);
