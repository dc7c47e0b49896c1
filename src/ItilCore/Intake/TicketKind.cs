namespace ItilCore.Intake;

/// <summary>What a contact with the service desk becomes.</summary>
public enum TicketKind
{
    /// <summary>An incident: something is broken or degraded (<see cref="Incidents.IncidentManagement"/>).</summary>
    Incident = 1,

    /// <summary>A service request: a request for something the catalogue offers (<see cref="Requests.RequestFulfilment"/>).</summary>
    ServiceRequest = 2,
}
