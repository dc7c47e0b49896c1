using System;
using System.Collections.Generic;
using ItilCore.ServiceLevels;
using NodaTime;

namespace ItilCore.Incidents;

/// <summary>
/// Service levels for incidents: an incident as the ticket an SLA clock reads, and the service level practice's
/// questions asked of an incident. They live with the incident practice because the service level layer does not know
/// the practices (it sees a <see cref="SlaTicket"/>).
/// </summary>
public static class IncidentServiceLevels
{
    /// <summary>
    /// Reads an incident at one moment as an SLA ticket of kind <see cref="TicketKind.Incident"/> (so the objectives that
    /// apply to incidents measure it); the incident's conditions read it back from <see cref="SlaTicket.Source"/>.
    /// </summary>
    /// <param name="incident">The incident snapshot.</param>
    /// <returns>The ticket.</returns>
    public static SlaTicket ToSlaTicket(this IncidentSnapshot incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return new SlaTicket
        {
            Id = incident.Id.Value,
            Kind = TicketKind.Incident,
            Source = incident,
            Priority = Incident.EffectivePriority(incident.CalculatedPriority, incident.PriorityOverride),
            Service = incident.Service,
            Offering = incident.Offering,
            ConfigurationItem = incident.ConfigurationItem,
            Caller = incident.Caller,
            AssignmentGroup = incident.AssignmentGroup,
            Assignee = incident.Assignee,
            OpenedAt = incident.OpenedAt,
            UpdatedAt = incident.UpdatedAt,
        };
    }

    /// <summary>Lists the agreements that attach to an incident; see <see cref="ServiceLevelManagement.AgreementsFor(SlaTicket)"/>.</summary>
    /// <param name="serviceLevels">The service level practice.</param>
    /// <param name="incident">The incident.</param>
    /// <returns>The agreements, in definition order.</returns>
    public static IReadOnlyList<ServiceLevelAgreementDefinition> AgreementsFor(this ServiceLevelManagement serviceLevels, IncidentSnapshot incident)
    {
        ArgumentNullException.ThrowIfNull(serviceLevels);
        return serviceLevels.AgreementsFor(incident.ToSlaTicket());
    }

    /// <summary>Derives every SLA cycle of an incident from its event history; see <see cref="ServiceLevelManagement.Evaluate(IReadOnlyList{SlaTicket}, Instant)"/>.</summary>
    /// <param name="serviceLevels">The service level practice.</param>
    /// <param name="practice">The incident practice that replays the history.</param>
    /// <param name="history">The incident's events.</param>
    /// <param name="at">The instant to evaluate at.</param>
    /// <returns>One status per cycle of every attached objective.</returns>
    public static IReadOnlyList<SlaStatus> Evaluate(this ServiceLevelManagement serviceLevels, IncidentManagement practice, IEnumerable<DomainEvent> history, Instant at)
    {
        ArgumentNullException.ThrowIfNull(serviceLevels);
        ArgumentNullException.ThrowIfNull(practice);
        return serviceLevels.Evaluate(practice.Replay(history), at);
    }

    /// <summary>Derives every SLA cycle of an incident from its timeline; see <see cref="ServiceLevelManagement.Evaluate(IReadOnlyList{SlaTicket}, Instant)"/>.</summary>
    /// <param name="serviceLevels">The service level practice.</param>
    /// <param name="timeline">The incident after each of its events (<see cref="IncidentManagement.Replay"/>).</param>
    /// <param name="at">The instant to evaluate at.</param>
    /// <returns>One status per cycle of every attached objective.</returns>
    public static IReadOnlyList<SlaStatus> Evaluate(this ServiceLevelManagement serviceLevels, IReadOnlyList<IncidentSnapshot> timeline, Instant at)
    {
        ArgumentNullException.ThrowIfNull(serviceLevels);
        return serviceLevels.Evaluate(SlaTimeline.Of(timeline, ToSlaTicket), at);
    }

    /// <summary>Explains one cycle of an incident's SLA; see <see cref="ServiceLevelManagement.Explain(IReadOnlyList{SlaTicket}, SlaId, SlaMetric, Instant, int?)"/>.</summary>
    /// <param name="serviceLevels">The service level practice.</param>
    /// <param name="timeline">The incident after each of its events.</param>
    /// <param name="agreement">The agreement.</param>
    /// <param name="metric">The objective's metric.</param>
    /// <param name="at">The instant to evaluate at.</param>
    /// <param name="cycle">The cycle number, from 1; the last cycle when omitted.</param>
    /// <returns>The explanation.</returns>
    public static SlaExplanation Explain(this ServiceLevelManagement serviceLevels, IReadOnlyList<IncidentSnapshot> timeline, SlaId agreement, SlaMetric metric, Instant at, int? cycle = null)
    {
        ArgumentNullException.ThrowIfNull(serviceLevels);
        return serviceLevels.Explain(SlaTimeline.Of(timeline, ToSlaTicket), agreement, metric, at, cycle);
    }
}
