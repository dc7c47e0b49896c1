using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ItilCore;
using ItilCore.Configuration;
using ItilCore.Incidents;

namespace ItilCore.ServiceDesk;

/// <summary>What the simulation saw, and how it prints.</summary>
internal sealed record SimulationReport(
    int Seed,
    IReadOnlyList<Incident> Incidents,
    int Events,
    IReadOnlyList<Rejection> Rejections,
    int RebuildMismatches,
    PriorityMatrix Matrix,
    ServiceModel Model)
{
    /// <summary>Gets the routing of the incidents at logging time.</summary>
    public RoutingDesk? Routing { get; init; }

    /// <summary>Gets the SLA clocks of every incident at the end of the simulation.</summary>
    public ServiceLevelSummary? ServiceLevels { get; init; }

    /// <summary>Gets the problem → change story.</summary>
    public ProblemDesk? Problems { get; init; }

    public string ToText()
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(inv, $"ItilCore service desk simulation (seed {Seed})");
        text.AppendLine(inv, $"{Incidents.Count} incidents, {Events} events recorded");
        text.AppendLine();
        text.AppendLine("Incidents by state and priority");
        var priorities = Matrix.PrioritiesHighestFirst.ToArray();
        text.Append("  state        ");
        foreach (var p in priorities)
        {
            text.Append(inv, $"{p + " " + Matrix.NameOf(p),14}");
        }

        text.AppendLine("         total");
        foreach (var state in System.Enum.GetValues<IncidentState>())
        {
            text.Append(inv, $"  {Lifecycles.Lifecycle<IncidentState, IncidentTrigger, Incident>.Words(state),-12} ");
            foreach (var p in priorities)
            {
                text.Append(inv, $"{Incidents.Count(i => i.State == state && i.Priority == p),14}");
            }

            text.AppendLine(inv, $"{Incidents.Count(i => i.State == state),14}");
        }

        text.AppendLine();
        text.AppendLine("Incidents by catalogued service (open / all)");
        foreach (var service in Model.Catalog.ToDocument().Services)
        {
            var all = Incidents.Where(i => i.Service == service.Id).ToArray();
            text.AppendLine(inv, $"  {service.Name,-24} {all.Count(i => !i.IsFinal && i.State != IncidentState.Resolved),4} / {all.Length,4}");
        }

        var host = Model.Configuration.ToDocument().Items.OrderByDescending(i => Model.Configuration.AffectedServices(i.Id).Count).First();
        text.AppendLine(inv, $"Impact analysis: if {host.Name} ({host.Id}) fails, these services are affected: {string.Join(", ", Model.Configuration.AffectedServices(host.Id))}");

        var resolvedOnce = Incidents.Count(i => i.ResolvedAt is not null || i.ReopenCount > 0 || i.State == IncidentState.Closed);
        var reopened = Incidents.Count(i => i.ReopenCount > 0);
        text.AppendLine();
        text.AppendLine(inv, $"Reopen rate: {reopened} of {resolvedOnce} resolved incidents ({Percent(reopened, resolvedOnce)}), {Incidents.Sum(i => i.ReopenCount)} reopens in all");
        text.AppendLine(inv, $"Functional escalations (reassignments): {Incidents.Sum(i => i.ReassignmentCount)}; major incidents: {Incidents.Count(i => i.IsMajorIncident)}");
        text.AppendLine(inv, $"Priority overrides in force: {Incidents.Count(i => i.PriorityOverride is not null)}");
        text.AppendLine();
        text.AppendLine(inv, $"Rejected commands: {Rejections.Count}");
        foreach (var group in Rejections.GroupBy(r => r.Code).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, System.StringComparer.Ordinal))
        {
            text.AppendLine(inv, $"  {group.Count(),4}  {group.Key,-28} e.g. {group.First().Message}");
        }

        if (Routing is not null)
        {
            text.AppendLine();
            text.Append(Routing.ToText());
        }

        if (ServiceLevels is not null)
        {
            text.AppendLine();
            text.Append(ServiceLevels.ToText(Model, Matrix));
        }

        if (Problems is not null)
        {
            text.AppendLine();
            text.AppendLine("Problem → change");
            foreach (var line in Problems.Story)
            {
                text.AppendLine(inv, $"  {line}");
            }
        }

        text.AppendLine();
        text.AppendLine(RebuildMismatches == 0
            ? "Every incident" + (Problems is { ProblemEvents: > 0 } ? $", the problem ({Problems.ProblemEvents} events) and the change ({Problems.ChangeEvents} events)" : string.Empty) + " rebuilt from its events equals the live one."
            : $"{RebuildMismatches} incidents, problems or changes did not rebuild from their events.");
        return text.ToString();
    }

    private static string Percent(int part, int whole)
        => whole == 0 ? "n/a" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
