using Microsoft.CodeAnalysis;

namespace ItilCore.Analyzers;

/// <summary>Every diagnostic the ItilCore analyzers report, in one place; each help link is the rule's page.</summary>
public static class Descriptors
{
    /// <summary>Where the rule pages live; a page is <c>{HelpLinkBase}{id}.md</c>.</summary>
    public const string HelpLinkBase = "https://github.com/itilcore/itilcore/blob/main/docs/rules/";

    /// <summary>ITIL1001: an SLA must reference a catalogued service.</summary>
    public static readonly DiagnosticDescriptor ITIL1001_SlaMustReferenceCataloguedService = new(
        DiagnosticIds.ITIL1001,
        "An SLA must reference a catalogued service",
        "Service '{0}' {1}",
        DiagnosticCategories.ServiceLevels,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A service level agreement is agreed for a service of the service catalogue; an SLA for a service the catalogue does not list can never attach to a ticket.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.ITIL1001 + ".md");

    /// <summary>ITIL1002: an SLA must cover every priority with positive targets and sound warning thresholds.</summary>
    public static readonly DiagnosticDescriptor ITIL1002_SlaMustCoverEveryPriority = new(
        DiagnosticIds.ITIL1002,
        "An SLA must cover every priority with positive targets",
        "{0}",
        DiagnosticCategories.ServiceLevels,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An SLA objective needs a positive target for every priority of the priority matrix, and warning thresholds above 0 and at most 100 percent.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.ITIL1002 + ".md");

    /// <summary>ITIL1003: a business calendar must be valid.</summary>
    public static readonly DiagnosticDescriptor ITIL1003_BusinessCalendarMustBeValid = new(
        DiagnosticIds.ITIL1003,
        "A business calendar must be valid",
        "{0}",
        DiagnosticCategories.ServiceLevels,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A business calendar needs working time, non-empty and non-overlapping working intervals in HH:mm, and a known IANA time zone.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.ITIL1003 + ".md");

    /// <summary>ITIL2001: the result of a lifecycle command is ignored.</summary>
    public static readonly DiagnosticDescriptor ITIL2001_CommandResultMustBeObserved = new(
        DiagnosticIds.ITIL2001,
        "Do not ignore the result of a lifecycle command",
        "The result of '{0}' is ignored, so a rejection would pass silently",
        DiagnosticCategories.Workflow,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Lifecycle commands report a rejection in their result instead of throwing; ignoring the result hides a rejected transition.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.ITIL2001 + ".md");

    /// <summary>ITIL2002: a standard change needs a change model, an emergency change an emergency change authority.</summary>
    public static readonly DiagnosticDescriptor ITIL2002_ChangeMustBeAuthorized = new(
        DiagnosticIds.ITIL2002,
        "A change must be authorized by its model or authority",
        "{0}",
        DiagnosticCategories.Workflow,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A standard change is pre-authorized by a change model of the standard change catalogue; emergency changes are authorized by an emergency change authority.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.ITIL2002 + ".md");

    /// <summary>ITIL2003: a service request must reference an item of the request catalogue.</summary>
    public static readonly DiagnosticDescriptor ITIL2003_ServiceRequestMustReferenceCatalogueItem = new(
        DiagnosticIds.ITIL2003,
        "A service request must reference a request catalogue item",
        "Request item '{0}' is not in the request catalogue",
        DiagnosticCategories.Workflow,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Service requests are pre-defined: each one is raised for an item of the request catalogue, which says how it is approved and fulfilled.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.ITIL2003 + ".md");

    /// <summary>ITIL3001: code that works with ItilCore reads the wall clock.</summary>
    public static readonly DiagnosticDescriptor ITIL3001_UseInjectedClock = new(
        DiagnosticIds.ITIL3001,
        "Read the time from an injected IClock",
        "'{0}' reads the wall clock; use an injected NodaTime IClock",
        DiagnosticCategories.Time,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "SLA timers, change windows and event times must come from an injected IClock so that they can be tested and replayed.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.ITIL3001 + ".md");
}
