namespace ItilCore.Catalog;

/// <summary>
/// Where a service or service offering is in its lifecycle (the ITIL 4 service portfolio: pipeline, catalogue, retired).
/// The default is <see cref="Live"/>, so catalogues written before statuses existed read as they always did.
/// </summary>
/// <remarks>
/// What each status allows:
/// <list type="table">
/// <listheader><term>Status</term><description>Meaning</description></listheader>
/// <item><term><see cref="Pipeline"/></term><description>Being designed, built or transitioned. Changes (normal,
/// emergency, and standard change models) may name it, to build it; SLAs and request catalogue items may be defined
/// ahead of go-live; incidents may be logged against it (early life support). Service requests cannot be submitted
/// for it yet: it is not orderable.</description></item>
/// <item><term><see cref="Live"/></term><description>In the service catalogue: everything may name it.</description></item>
/// <item><term><see cref="Retired"/></term><description>Withdrawn. New incidents, SLA definitions, standard change
/// models and request catalogue items cannot name it, and service requests cannot be submitted for it. Change requests
/// still can (a decommissioning change), and histories recorded while it was live rebuild unchanged.</description></item>
/// </list>
/// </remarks>
public enum ServiceStatus
{
    /// <summary>In the service pipeline: being designed, built or transitioned, not yet orderable.</summary>
    Pipeline = 1,

    /// <summary>Live: in the service catalogue and available to consumers (the default).</summary>
    Live = 2,

    /// <summary>Retired: withdrawn from consumers; only changes (to decommission it) may still name it.</summary>
    Retired = 3,
}
