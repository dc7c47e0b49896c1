using ItilCore.Requests;

namespace ItilCore.Intake;

/// <summary>How the service desk classified a contact, and why.</summary>
/// <param name="Kind">Incident or service request.</param>
/// <param name="Item">The request item, for a service request.</param>
/// <param name="Reason">Why, in words: the item was named; the contact is an incident because the caller reports a failure, it came from monitoring, or it rates an impact or urgency (checked before any keyword); a keyword matched; or nothing in the request catalogue matched.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ContactClassification(TicketKind Kind, RequestItemId? Item, string Reason);
