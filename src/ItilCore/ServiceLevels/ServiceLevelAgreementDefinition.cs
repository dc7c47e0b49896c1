using System.Collections.Generic;
using ItilCore.Catalog;

namespace ItilCore.ServiceLevels;

/// <summary>
/// The document form of an SLA, OLA or underpinning contract: what is agreed for which catalogued service (and
/// optionally which offering and customer), on which calendar, with which objectives and warning thresholds.
/// </summary>
/// <param name="Id">The agreement's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Service">The catalogued service it covers.</param>
/// <param name="Objectives">What it measures.</param>
/// <remarks>Immutable and thread-safe once built; lists are not copied, so do not change them afterwards.</remarks>
public sealed record ServiceLevelAgreementDefinition(SlaId Id, string Name, ServiceId Service, IReadOnlyList<SlaObjective> Objectives)
{
    /// <summary>The warning thresholds when none are given: 50 %, 75 % and 100 % (ServiceNow's notifications).</summary>
    public static readonly IReadOnlyList<int> DefaultWarningThresholds = [50, 75, 100];

    /// <summary>Gets the kind of agreement.</summary>
    public AgreementKind Kind { get; init; } = AgreementKind.ServiceLevelAgreement;

    /// <summary>Gets the offering it is limited to, if any.</summary>
    public ServiceOfferingId? Offering { get; init; }

    /// <summary>Gets the customer organization it is limited to, if any (callers who are users or customers in a service relationship of that organization).</summary>
    public OrganizationId? Customer { get; init; }

    /// <summary>Gets the business calendar; <see langword="null"/> means around the clock (24×7).</summary>
    public CalendarId? Calendar { get; init; }

    /// <summary>Gets whose time zone the calendar's hours are read in.</summary>
    public TimeZoneSource TimeZoneSource { get; init; } = TimeZoneSource.Calendar;

    /// <summary>Gets the warning thresholds in percent of the target, ascending, each above 0 and at most 100.</summary>
    public IReadOnlyList<int> WarningThresholds { get; init; } = DefaultWarningThresholds;
}
