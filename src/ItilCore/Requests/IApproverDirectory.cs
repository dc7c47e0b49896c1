namespace ItilCore.Requests;

/// <summary>
/// The host's organization directory (an HR system, Entra ID, LDAP), asked when a request is submitted to find the
/// approvers of steps that name an <see cref="ApproverSource"/>, and the requester's organization for items available only
/// to their offering's consumers (<see cref="RequestItem.AvailableTo"/>). Give it to
/// <see cref="RequestFulfilment(NodaTime.IClock, RequestCatalog, IApproverDirectory?, System.Func{System.Guid}?)"/>.
/// </summary>
/// <remarks>
/// It is asked only by <see cref="RequestFulfilment.Submit"/>, never by a rebuild or replay (the answers are recorded in
/// <see cref="RequestApprovalStarted"/>). Implementations should be thread-safe when the practice is shared across
/// threads, and should not throw for an unknown person: return <see langword="null"/>.
/// </remarks>
public interface IApproverDirectory
{
    /// <summary>Finds a person's manager.</summary>
    /// <param name="person">The person, usually a request's requester.</param>
    /// <returns>The manager, or <see langword="null"/> when the directory knows none.</returns>
    ActorId? ManagerOf(ActorId person);

    /// <summary>Finds the organization a person belongs to, as catalogued in the service catalogue (a service consumer).</summary>
    /// <param name="person">The person, usually a request's requester.</param>
    /// <returns>The organization, or <see langword="null"/> when the directory knows none.</returns>
    OrganizationId? OrganizationOf(ActorId person);
}
