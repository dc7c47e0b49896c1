using System.Collections.Generic;
using ItilCore.Catalog;
using ItilCore.Incidents;
using ItilCore.Requests;

namespace ItilCore.Intake;

/// <summary>A contact with the service desk: who called, through which channel, about what.</summary>
/// <param name="Caller">Who made contact; the incident's caller or the request's requester.</param>
/// <param name="Channel">How they made contact.</param>
/// <param name="ShortDescription">What they said, in one line; request item keywords are looked for here.</param>
/// <remarks>Immutable and thread-safe when built with a read-only dictionary.</remarks>
public sealed record Contact(ActorId Caller, ContactChannel Channel, string ShortDescription)
{
    /// <summary>Gets the full description, if any (kept on incidents).</summary>
    public string? Description { get; init; }

    /// <summary>Gets the affected service, if known (kept on incidents; a request takes its item's service).</summary>
    public ServiceId? Service { get; init; }

    /// <summary>Gets the affected offering, if known (kept on incidents; a request takes its item's offering).</summary>
    public ServiceOfferingId? Offering { get; init; }

    /// <summary>Gets the request item the caller picked, if any; naming one makes the contact a service request.</summary>
    public RequestItemId? RequestItem { get; init; }

    /// <summary>Gets the values of the request item's fields, by field name (see <see cref="SubmitServiceRequest.Data"/>).</summary>
    public IReadOnlyDictionary<string, string> Data { get; init; } = System.Collections.Frozen.FrozenDictionary<string, string>.Empty;

    /// <summary>
    /// Gets whether the caller reports a failure (an unplanned interruption or loss of quality): the contact is then an
    /// incident whatever words it uses, as when an agent chooses the ticket type in ServiceNow or Jira Service Management.
    /// </summary>
    public bool ReportsFailure { get; init; }

    /// <summary>Gets the impact of an incident; the lowest on the matrix when omitted.</summary>
    public Impact? Impact { get; init; }

    /// <summary>Gets the urgency of an incident; the lowest on the matrix when omitted.</summary>
    public Urgency? Urgency { get; init; }
}
