using ItilCore.Serialization;

namespace ItilCore.Incidents;

/// <summary>
/// The incident was linked to the problem that causes it (ServiceNow's <c>problem_id</c>). It replaces an earlier link.
/// </summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Problem">The problem.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("incident.problem-linked")]
public sealed record IncidentProblemLinked(EventEnvelope Envelope, ProblemId Problem) : IncidentEvent(Envelope);
