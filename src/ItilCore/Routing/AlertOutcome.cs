using System.Collections.Generic;
using ItilCore.Incidents;

namespace ItilCore.Routing;

/// <summary>What intake did with one alert, and with its incident.</summary>
/// <remarks>Immutable and thread-safe (the <see cref="Incident"/> it points to is not: see <see cref="Incidents.Incident"/>).</remarks>
public readonly struct AlertOutcome
{
    internal AlertOutcome(AlertOutcomeKind kind, long alertNumber, int count, bool flapping, AlertIncidentAction incidentAction = AlertIncidentAction.None, Incident? incident = null, IReadOnlyList<DomainEvent>? events = null, Rejection? rejection = null)
    {
        Kind = kind;
        AlertNumber = alertNumber;
        Count = count;
        IsFlapping = flapping;
        IncidentAction = incidentAction;
        Incident = incident;
        Events = events ?? [];
        Rejection = rejection;
    }

    /// <summary>Gets what happened to the alert.</summary>
    public AlertOutcomeKind Kind { get; }

    /// <summary>Gets the alert's number (1, 2, …, in order of opening); 0 for a clear of a key intake does not know.</summary>
    public long AlertNumber { get; }

    /// <summary>Gets how many times the alert has been received, this one included.</summary>
    public int Count { get; }

    /// <summary>Gets whether the alert is flapping: it changed state (opened, cleared, reopened) too often within the flapping window.</summary>
    public bool IsFlapping { get; }

    /// <summary>Gets what was done about an incident.</summary>
    public AlertIncidentAction IncidentAction { get; }

    /// <summary>Gets the incident the alert is linked to, if any.</summary>
    public Incident? Incident { get; }

    /// <summary>Gets the domain events of the incident command this alert caused (persist them); empty when none.</summary>
    public IReadOnlyList<DomainEvent> Events { get; }

    /// <summary>
    /// Gets why the incident command was rejected, when <see cref="IncidentAction"/> is <see cref="AlertIncidentAction.Rejected"/>;
    /// with <see cref="AlertIncidentAction.Opened"/>, why the opened incident could not be assigned to its item's owner
    /// (<see cref="AlertIntakeOptions.AssignToItemOwner"/>).
    /// </summary>
    public Rejection? Rejection { get; }
}
