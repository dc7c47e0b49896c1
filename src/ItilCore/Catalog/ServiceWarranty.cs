using NodaTime;

namespace ItilCore.Catalog;

/// <summary>
/// How a service performs: ITIL 4 warranty, the assurance that a service meets agreed requirements and is fit for use.
/// It covers availability, capacity, continuity and security; every part is optional.
/// </summary>
/// <param name="Availability">The availability target in percent, greater than 0 and at most 100 (for example 99.9).</param>
/// <param name="Capacity">The capacity the service is sized for, in words (for example "5,000 mailboxes of 50 GB").</param>
/// <param name="RecoveryTimeObjective">Continuity: the longest the service may be down after a disaster (RTO); not negative.</param>
/// <param name="RecoveryPointObjective">Continuity: the most data, measured in time, the service may lose in a disaster (RPO); not negative.</param>
/// <param name="Security">Security: how sensitive the information the service handles is.</param>
/// <remarks>Immutable and thread-safe. Values are checked when a <see cref="ServiceCatalog"/> is built.</remarks>
public sealed record ServiceWarranty(
    decimal? Availability = null,
    string? Capacity = null,
    Duration? RecoveryTimeObjective = null,
    Duration? RecoveryPointObjective = null,
    SecurityClassification? Security = null);
