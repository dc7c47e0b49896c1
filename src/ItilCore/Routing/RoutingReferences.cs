using System.Collections.Generic;
using ItilCore.Catalog;
using ItilCore.Configuration;

namespace ItilCore.Routing;

/// <summary>
/// What a rule set is checked against when it is compiled: the service catalogue, the configuration model, the known
/// assignment groups, categories, subcategories and SLAs, and the business hours its time conditions name. A list left
/// out (<see langword="null"/>) is not checked; business hours are always required for the calendars rules name.
/// </summary>
/// <remarks>Immutable once built; the collections are read during compilation only and not kept, except the business hours, which the compiled rule set keeps (they must be thread-safe, as <see cref="IBusinessHours"/> requires).</remarks>
public sealed record RoutingReferences
{
    /// <summary>Gets references that check nothing and know no business hours.</summary>
    public static RoutingReferences None { get; } = new();

    /// <summary>Gets the service catalogue that services, offerings and customers are checked against; the configuration model's catalogue when absent and a model is given.</summary>
    public ServiceCatalog? Catalog { get; init; }

    /// <summary>Gets the configuration model that configuration items are checked against.</summary>
    public ConfigurationModel? Configuration { get; init; }

    /// <summary>Gets the known assignment groups.</summary>
    public IReadOnlyCollection<AssignmentGroupId>? AssignmentGroups { get; init; }

    /// <summary>Gets the known categories.</summary>
    public IReadOnlyCollection<string>? Categories { get; init; }

    /// <summary>Gets the known subcategories.</summary>
    public IReadOnlyCollection<string>? Subcategories { get; init; }

    /// <summary>Gets the known service level agreements.</summary>
    public IReadOnlyCollection<SlaId>? ServiceLevelAgreements { get; init; }

    /// <summary>
    /// Gets the priority matrix of the practice the rule set routes for: priority overrides, and the levels conditions on
    /// impact, urgency and priority name, must be on its scale. Levels are not checked when absent.
    /// </summary>
    public PriorityMatrix? PriorityMatrix { get; init; }

    /// <summary>Gets the business hours that time conditions refer to, by id.</summary>
    public IReadOnlyDictionary<CalendarId, IBusinessHours> BusinessHours { get; init; } = new Dictionary<CalendarId, IBusinessHours>();
}
