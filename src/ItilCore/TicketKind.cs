namespace ItilCore;

/// <summary>
/// What kind of ticket a contact with the service desk becomes, and which kind an SLA objective measures (ServiceNow's
/// table of an SLA definition, iTop's request type of a service level target).
/// </summary>
/// <remarks>Thread-safe (an enum).</remarks>
public enum TicketKind
{
    /// <summary>An incident: something is broken or degraded (incident management).</summary>
    Incident = 1,

    /// <summary>A service request: a request for something the catalogue offers (service request management).</summary>
    ServiceRequest = 2,
}
