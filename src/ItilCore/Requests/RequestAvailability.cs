namespace ItilCore.Requests;

/// <summary>
/// Who may request a <see cref="RequestItem"/> (<c>availableTo</c> in the request catalogue document; ServiceNow's
/// "Available for"). An item without it may be requested by anyone.
/// </summary>
/// <remarks>Checked by <see cref="RequestFulfilment.Submit"/>; the relationship that entitled the requester is recorded in
/// <see cref="RequestSubmitted.EntitledThrough"/>.</remarks>
public enum RequestAvailability
{
    /// <summary>
    /// The consumers of the item's offering (<c>service-consumers</c>): a requester named as a customer, user or sponsor
    /// of a service relationship that takes the offering, or belonging (as the <see cref="IApproverDirectory"/> knows it) to
    /// the consumer organization of such a relationship (<see cref="Catalog.ServiceCatalog.RelationshipEntitling"/>). The
    /// item must name an offering.
    /// </summary>
    ServiceConsumers = 1,
}
