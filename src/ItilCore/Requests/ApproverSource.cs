namespace ItilCore.Requests;

/// <summary>
/// Where an <see cref="ApprovalStep"/> takes approvers from besides its fixed list: people found for each request when
/// its approval starts, relative to the requester (<c>approversFrom</c> in the request catalogue document).
/// </summary>
/// <remarks>
/// Resolution asks the <see cref="IApproverDirectory"/> given to <see cref="RequestFulfilment"/> and, for the consumer
/// roles, the service catalogue. The approvers found are recorded in <see cref="RequestApprovalStarted"/>, so a request's
/// approvers never change afterwards and a rebuild never asks the directory again.
/// </remarks>
public enum ApproverSource
{
    /// <summary>The requester's manager, as the directory knows it (<c>requester-manager</c>).</summary>
    RequesterManager = 1,

    /// <summary>
    /// The sponsors of the requester's organization for the item's offering (<c>offering-sponsors</c>): the people in the
    /// sponsor role of every service relationship through which that organization takes the offering. The item must name
    /// an offering; the requester's organization comes from the directory.
    /// </summary>
    OfferingSponsors = 2,

    /// <summary>
    /// The customers of the requester's organization for the item's offering (<c>offering-customers</c>), found as for
    /// <see cref="OfferingSponsors"/>.
    /// </summary>
    OfferingCustomers = 3,
}
