using ItilCore.Incidents;
using ItilCore.Requests;

namespace ItilCore.Intake;

/// <summary>What the service desk did with a contact: the classification, the ticket id, and the logged ticket or the rejection.</summary>
/// <param name="Classification">How the contact was classified.</param>
/// <param name="TicketId">The id given to the ticket (incident id or service request id text).</param>
/// <param name="Result">The events of logging or submitting, or the rejection.</param>
/// <param name="Incident">The incident, when one was logged.</param>
/// <param name="Request">The service request, when one was submitted.</param>
/// <remarks>Immutable; the aggregates it carries are not thread-safe.</remarks>
public sealed record ContactOutcome(ContactClassification Classification, string TicketId, CommandResult Result, Incident? Incident, ServiceRequest? Request)
{
    /// <summary>Gets whether the ticket was logged.</summary>
    public bool IsAccepted => Result.IsAccepted;
}
