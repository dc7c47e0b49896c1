using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ItilCore.Catalog;
using ItilCore.Configuration;
using ItilCore.Incidents;
using ItilCore.ServiceLevels;
using NodaTime;

namespace ItilCore.ServiceDesk;

/// <summary>
/// Service level management for the simulated desk: a London office-hours calendar, one agreement per catalogued
/// service with a first response and a resolution objective for incidents (targets per priority; resolution paused while
/// awaiting the caller or a vendor), and the evaluation of every incident's history at the end of the simulation.
/// </summary>
/// <remarks>
/// A clock keeps the target of the priority it attached at (<see cref="SlaStatus.Priority"/>) unless its objective says
/// otherwise. The resolution objective does (<see cref="SlaObjective.ResetOnPriorityChange"/> with
/// <see cref="SlaObjective.RetroactiveStart"/>): a major incident raised to P1 gets P1's target counted from when it was
/// logged, the P3 cycle it replaces is cancelled (or, if it had already breached, kept as breached), and a reopened
/// incident's new cycle counts from the reopening.
/// </remarks>
internal sealed class ServiceLevelDesk
{
    private static readonly CalendarId OfficeHours = new("london-office-hours");

    public ServiceLevelDesk(ServiceModel model, PriorityMatrix matrix)
    {
        HolidayDefinition[] holidays =
            [
                HolidayDefinition.Yearly("New Year's Day", 1, 1),
                HolidayDefinition.OnDate("Good Friday", new LocalDate(2026, 4, 3)),
                HolidayDefinition.OnDate("Easter Monday", new LocalDate(2026, 4, 6)),
                HolidayDefinition.NthWeekday("Early May bank holiday", 5, IsoDayOfWeek.Monday, 1),
                HolidayDefinition.NthWeekday("Spring bank holiday", 5, IsoDayOfWeek.Monday, HolidayDefinition.Last),
                HolidayDefinition.NthWeekday("Summer bank holiday", 8, IsoDayOfWeek.Monday, HolidayDefinition.Last),
                HolidayDefinition.Yearly("Christmas Day", 12, 25),
                HolidayDefinition.Yearly("Boxing Day", 12, 26),
            ];
        HolidayCount = holidays.Length;
        Calendar = BusinessCalendar.Create(new BusinessCalendarDefinition(OfficeHours, "London office hours", "Europe/London", WeeklyHours.MondayToFriday("09:00", "17:00"), Holidays: holidays));
        var agreements = model.Catalog.ToDocument().Services
            .SelectMany(s => new[]
            {
                new ServiceLevelAgreementDefinition(new SlaId("sla-" + s.Id.Value), s.Name + " SLA", s.Id, [FirstResponse(), Resolution()]) { Calendar = OfficeHours },
            })
            .ToArray();
        Levels = ServiceLevelManagement.Create(new ServiceLevelDocument(agreements), model, matrix, [Calendar]);
    }

    public BusinessCalendar Calendar { get; }

    public int HolidayCount { get; }

    public ServiceLevelManagement Levels { get; }

    // Business-time targets per priority P1..P5, in minutes of office hours. Its conditions read no incident, so it says
    // whom it is for (incidents are also what it would measure by default): a service request on the same service gets no
    // first response clock, which nothing on a request would stop.
    private static SlaObjective FirstResponse() => new(
        SlaMetric.FirstResponse,
        Targets(15, 30, 60, 120, 240),
        new Always(),
        new HasAssignmentGroup())
    {
        AppliesTo = [TicketKind.Incident],
    };

    // Runs while the incident is open, against the target of its current priority: a change of priority starts a new
    // cycle with the new target, counted from the opening (so a P3 raised to P1 gets P1's two hours from when it was
    // logged, and the P3 cycle it replaces is cancelled unless it had breached; a breach stays).
    private static SlaObjective Resolution() => new(
        SlaMetric.Resolution,
        Targets(2 * 60, 4 * 60, 8 * 60, 16 * 60, 24 * 60),
        new StateIn([IncidentState.New, IncidentState.InProgress, IncidentState.OnHold]),
        new StateIn([IncidentState.Resolved, IncidentState.Closed]))
    {
        Pause = new HoldReasonIn([HoldReason.AwaitingCaller, HoldReason.AwaitingVendor]),
        Cancel = new StateIn([IncidentState.Canceled]),
        ResetOnPriorityChange = true,
        RetroactiveStart = true,
    };

    private static SlaTarget[] Targets(params int[] minutes)
        => minutes.Select((m, i) => new SlaTarget(new Priority(i + 1), Duration.FromMinutes(m))).ToArray();

    /// <summary>Evaluates every incident's SLA cycles from its history, at one instant.</summary>
    public ServiceLevelSummary Evaluate(IncidentManagement practice, IReadOnlyDictionary<Incident, List<DomainEvent>> histories, Instant at)
    {
        var statuses = new List<(IncidentId Incident, SlaStatus Status)>();
        foreach (var (incident, history) in histories.OrderBy(h => h.Key.Id.Value, StringComparer.Ordinal))
        {
            statuses.AddRange(Levels.Evaluate(practice, history, at).Select(s => (incident.Id, s)));
        }

        return new ServiceLevelSummary(this, at, statuses);
    }
}

/// <summary>What the SLA clocks said at the end of the simulation, and how it prints.</summary>
internal sealed record ServiceLevelSummary(ServiceLevelDesk Desk, Instant At, IReadOnlyList<(IncidentId Incident, SlaStatus Status)> Statuses)
{
    public SlaComplianceReport Compliance { get; } = SlaComplianceReport.Create(Statuses.Select(s => s.Status));

    public string ToText(ServiceModel model, PriorityMatrix matrix)
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        var zone = Desk.Calendar.Zone;
        text.AppendLine(inv, $"SLA compliance at {At.InZone(zone):uuuu-MM-dd HH:mm} London (office hours Mon–Fri 09:00–17:00 Europe/London, England's {Desk.HolidayCount} bank holidays)");
        text.AppendLine("  first response by the priority when logged; resolution by the current priority (a change of priority re-targets the clock, counted from the opening)");
        text.AppendLine(inv, $"  {"",-24}{"first response: met",19}{"brch",5}{"open",5}{"comp.",9}{"resolution: met",19}{"brch",5}{"open",5}{"comp.",9}");
        var rows = Compliance.Rows;
        foreach (var service in model.Catalog.ToDocument().Services)
        {
            Line(text, service.Name, rows.Where(r => r.Service == service.Id));
        }

        foreach (var p in matrix.PrioritiesHighestFirst)
        {
            Line(text, $"{p} {matrix.NameOf(p)}", rows.Where(r => r.Priority == p));
        }

        Line(text, "all", rows);

        // Cycles cancelled within their target are not measured; one cancelled after it passed keeps its breach, as in compliance.
        var cycles = Statuses.Where(s => s.Status.Stage != SlaStage.Cancelled || s.Status.Breached).ToArray();
        var warned50 = cycles.Count(s => Warned(s.Status, 50) is not null);
        var warned75 = cycles.Where(s => Warned(s.Status, 75) is not null).ToArray();
        var breached = cycles.Where(s => s.Status.Breached).ToArray();
        var warnedFirst = breached.Count(s => Warned(s.Status, 75) is { } w && s.Status.BreachAt is { } b && w.At < b);
        text.AppendLine(inv, $"Warnings: {warned50} cycles passed 50 %, {warned75.Length} passed 75 % ({warned75.Count(s => s.Status.Breached)} of these went on to breach, {warned75.Count(s => !s.Status.Breached && s.Status.Stage == SlaStage.Completed && !s.Status.EndedByReset)} were met in time);");
        var leads = breached
            .Select(s => Warned(s.Status, 75) is { } w && s.Status.BreachAt is { } b ? b - w.At : (Duration?)null)
            .OfType<Duration>()
            .OrderBy(d => d)
            .ToArray();
        var median = leads.Length == 0 ? "n/a" : Hours(leads[leads.Length / 2]);
        text.AppendLine(inv, $"  {warnedFirst} of {breached.Length} breached cycles had a 75 % warning first (median lead time {median})");
        // Examples: the first breached cycle with a warning for each priority, resolution first, at most three.
        foreach (var (incident, s) in breached
            .Where(s => Warned(s.Status, 75) is not null)
            .OrderBy(s => s.Status.Metric == SlaMetric.Resolution ? 0 : 1)
            .ThenBy(s => s.Incident.Value, StringComparer.Ordinal)
            .DistinctBy(s => s.Status.Priority)
            .Take(3))
        {
            var w = Warned(s, 75)!;
            var metric = s.Metric == SlaMetric.Resolution ? "resolution" : "first response";
            var outcome = s.EndedAt is { } ended ? $"{(s.Metric == SlaMetric.Resolution ? "resolved" : "assigned")} {Local(ended)}" : "still open";
            text.AppendLine(inv, $"  {incident} {metric} {s.Priority} ({Hours(s.Target)} business): 75 % warning at {Local(w.At)}, breached at {Local(s.BreachAt!.Value)}, {outcome}");
        }

        return text.ToString();

        string Local(Instant i) => i.InZone(zone).ToString("ddd dd HH:mm", inv);
    }

    private static SlaWarning? Warned(SlaStatus status, int threshold) => status.Warnings.FirstOrDefault(w => w.Threshold == threshold);

    private static string Hours(Duration d) => d.TotalHours.ToString("0.#", CultureInfo.InvariantCulture) + " h";

    private static void Line(StringBuilder text, string label, IEnumerable<SlaComplianceRow> rows)
    {
        var inv = CultureInfo.InvariantCulture;
        var all = rows.ToArray();
        text.Append(inv, $"  {label,-24}");
        foreach (var metric in new[] { SlaMetric.FirstResponse, SlaMetric.Resolution })
        {
            var m = all.Where(r => r.Metric == metric).ToArray();
            var met = m.Sum(r => r.Met);
            var breached = m.Sum(r => r.Breached);
            var open = m.Sum(r => r.InProgress);
            var percent = met + breached == 0 ? "n/a" : (100.0 * met / (met + breached)).ToString("0.0", inv) + " %";
            text.Append(inv, $"{met,19}{breached,5}{open,5}{percent,9}");
        }

        text.AppendLine();
    }
}
