using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using ItilCore.Catalog;
using ItilCore.Configuration;
using ItilCore.Serialization;
using NodaTime;

namespace ItilCore.ServiceLevels;

/// <summary>
/// The service level management practice of one team: its agreements (SLAs, OLAs, underpinning contracts) validated
/// against the service catalogue and the priority matrix, its business calendars, and the SLA clock, which derives the
/// status of every agreement on a ticket from the ticket's history.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe (calendars moved into callers' or locations' zones are cached, safely).</para>
/// <para>
/// How a clock runs, for each objective of each attached agreement, snapshot by snapshot of the ticket's timeline
/// (ServiceNow's documented order): a cycle attaches when the start condition holds and the stop and cancel conditions
/// do not; for an attached cycle, the stop condition completes it; otherwise the pause condition pauses it and the
/// resume rule resumes it; then, while the start condition holds, a reset condition that has just begun to hold (it did
/// not at the previous snapshot), or under <see cref="SlaObjective.ResetOnPriorityChange"/> a priority other than the
/// cycle's (unless the cancel rule cancels the cycle), ends the cycle and attaches a new one unless the cancel condition
/// holds (a reset condition comes before the cancel rule, as in ServiceNow's order; a change of priority yields to it); finally the cancel rule cancels it. Once a cycle has ended, a new cycle
/// attaches when the start condition holds again after having stopped holding (Jira Service Management's cycles: a
/// reopened incident gets a new resolution cycle).
/// </para>
/// <para>
/// Which agreements attach: those whose scope matches the ticket as it was logged (an incident's service, offering,
/// caller and configuration item are fixed when it is logged) (same service; the offering and the customer
/// organization when the agreement names them, the caller being a user or customer in one of that organization's
/// service relationships), all of them under <see cref="AttachPolicy.AllMatching"/>, or per metric the first in
/// definition order under <see cref="AttachPolicy.FirstMatch"/>. Of an agreement, only the objectives that measure the
/// ticket's kind attach (<see cref="SlaObjective.Measures"/>: an incident's first response does not run on a service
/// request of the same service), and <see cref="AttachPolicy.FirstMatch"/> chooses among those.
/// </para>
/// </remarks>
public sealed class ServiceLevelManagement
{
    private static readonly BusinessCalendar AroundTheClock = BusinessCalendar.AlwaysOpen(DateTimeZone.Utc);
    private readonly IReadOnlyDictionary<CalendarId, BusinessCalendar> _calendars;
    private readonly ConcurrentDictionary<(BusinessCalendar Calendar, DateTimeZone Zone), BusinessCalendar> _zoned = new();

    private ServiceLevelManagement(ServiceLevelDocument document, ServiceModel model, PriorityMatrix matrix, IReadOnlyDictionary<CalendarId, BusinessCalendar> calendars, ServiceLevelOptions options)
    {
        Document = document;
        Model = model;
        PriorityMatrix = matrix;
        _calendars = calendars;
        Options = options;
    }

    /// <summary>Gets the definitions, as built.</summary>
    public ServiceLevelDocument Document { get; }

    /// <summary>Gets the agreements, in definition order.</summary>
    public IReadOnlyList<ServiceLevelAgreementDefinition> Agreements => Document.Agreements;

    /// <summary>Gets the catalogue and configuration items the agreements refer to.</summary>
    public ServiceModel Model { get; }

    /// <summary>Gets the priority matrix whose every priority has a target.</summary>
    public PriorityMatrix PriorityMatrix { get; }

    /// <summary>Gets the options (caller and location zones).</summary>
    public ServiceLevelOptions Options { get; }

    /// <summary>
    /// Builds the practice, validating every agreement against the catalogue, the matrix and the calendars and
    /// reporting every problem at once.
    /// </summary>
    /// <param name="document">The agreements.</param>
    /// <param name="model">The service catalogue and configuration items.</param>
    /// <param name="matrix">The priority matrix; every priority needs a target in every objective.</param>
    /// <param name="calendars">The business calendars the agreements name.</param>
    /// <param name="options">Caller and location zones; <see cref="ServiceLevelOptions.Default"/> when omitted.</param>
    /// <returns>The practice.</returns>
    /// <exception cref="InvalidDefinitionException">An agreement is invalid; every problem is listed with its JSON path.</exception>
    public static ServiceLevelManagement Create(ServiceLevelDocument document, ServiceModel model, PriorityMatrix matrix, IEnumerable<BusinessCalendar> calendars, ServiceLevelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(matrix);
        var calendarList = Preconditions.NoNullItems(calendars, nameof(calendars));
        var byId = new Dictionary<CalendarId, BusinessCalendar>();
        foreach (var calendar in calendarList)
        {
            if (!byId.TryAdd(calendar.Id, calendar))
            {
                throw new ArgumentException($"Two calendars have the id {calendar.Id}.", nameof(calendars));
            }
        }

        var problems = ServiceLevelValidation.Check(document, model.Catalog, matrix, byId);
        if (problems.Count > 0)
        {
            throw new InvalidDefinitionException("service level definition", problems);
        }

        return new ServiceLevelManagement(document, model, matrix, byId, options ?? ServiceLevelOptions.Default);
    }

    /// <summary>Reads agreements from JSON and builds the practice; see <see cref="Create"/>.</summary>
    /// <param name="json">The JSON of a <see cref="ServiceLevelDocument"/>.</param>
    /// <param name="model">The service catalogue and configuration items.</param>
    /// <param name="matrix">The priority matrix.</param>
    /// <param name="calendars">The business calendars.</param>
    /// <param name="options">Caller and location zones.</param>
    /// <param name="source">What is read, for messages.</param>
    /// <returns>The practice.</returns>
    public static ServiceLevelManagement FromJson(string json, ServiceModel model, PriorityMatrix matrix, IEnumerable<BusinessCalendar> calendars, ServiceLevelOptions? options = null, string source = "JSON")
        => Create(ItilJson.Deserialize<ServiceLevelDocument>(json, source), model, matrix, calendars, options);

    /// <summary>Writes the agreements as JSON.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => ItilJson.Serialize(Document);

    /// <summary>Lists the agreements that attach to a ticket, following the attach policy.</summary>
    /// <param name="ticket">The ticket.</param>
    /// <returns>The agreements, in definition order.</returns>
    public IReadOnlyList<ServiceLevelAgreementDefinition> AgreementsFor(SlaTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return Attached(ticket).Select(x => x.Agreement).Distinct().ToArray();
    }

    /// <summary>
    /// Derives every SLA cycle of a ticket at an instant: a pure function of the timeline, the definitions and the
    /// calendars. Moments after <paramref name="at"/> are ignored.
    /// </summary>
    /// <param name="timeline">The ticket at each of its events, oldest first.</param>
    /// <param name="at">The instant to evaluate at.</param>
    /// <returns>One status per cycle of every attached objective, by agreement, objective and cycle.</returns>
    /// <exception cref="ArgumentException">The timeline is empty or not in time order.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is outside the span calendars cover (<see cref="BusinessCalendar.SupportedRange"/>).</exception>
    public IReadOnlyList<SlaStatus> Evaluate(IReadOnlyList<SlaTicket> timeline, Instant at)
    {
        CheckTimeline(timeline);
        CheckInstant(at);
        timeline = WithEffectivePriority(timeline);
        var statuses = new List<SlaStatus>();
        foreach (var (agreement, objective) in Attached(timeline[0]))
        {
            var calendar = CalendarFor(agreement, timeline[0]);
            foreach (var trace in SlaCycleTrace.Run(objective, timeline, at, calendar))
            {
                statuses.Add(trace.ToStatus(agreement, objective, calendar, at));
            }
        }

        return statuses;
    }

    /// <summary>Explains one cycle: the periods it ran and paused, the working intervals that made up its business time, and the holidays it crossed.</summary>
    /// <param name="timeline">The ticket at each of its events.</param>
    /// <param name="agreement">The agreement.</param>
    /// <param name="metric">The objective's metric.</param>
    /// <param name="at">The instant to evaluate at.</param>
    /// <param name="cycle">The cycle number, from 1; the last cycle when omitted.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="ArgumentException">
    /// The agreement or metric is not attached to the ticket, no cycle of it had started by <paramref name="at"/>, or the
    /// cycle does not exist.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is outside the span calendars cover (<see cref="BusinessCalendar.SupportedRange"/>).</exception>
    public SlaExplanation Explain(IReadOnlyList<SlaTicket> timeline, SlaId agreement, SlaMetric metric, Instant at, int? cycle = null)
    {
        CheckTimeline(timeline);
        CheckInstant(at);
        timeline = WithEffectivePriority(timeline);
        var (definition, objective) = Attached(timeline[0]).FirstOrDefault(x => x.Agreement.Id == agreement && x.Objective.Metric == metric);
        if (definition is null || objective is null)
        {
            throw new ArgumentException($"Agreement {agreement} has no {metric} objective attached to ticket {timeline[0].Id}.", nameof(agreement));
        }

        var calendar = CalendarFor(definition, timeline[0]);
        var traces = SlaCycleTrace.Run(objective, timeline, at, calendar);
        var what = Words.Of(metric).ToLowerInvariant();
        if (cycle is null && traces.Count == 0)
        {
            throw new ArgumentException($"No {what} cycle of agreement {agreement} had started on ticket {timeline[0].Id} by {at}.", nameof(at));
        }

        var index = (cycle ?? traces.Count) - 1;
        if (index < 0 || index >= traces.Count)
        {
            throw new ArgumentException($"Agreement {agreement} has {traces.Count} {what} cycle{(traces.Count == 1 ? "" : "s")} on ticket {timeline[0].Id} by {at}; cycle {cycle} does not exist.", nameof(cycle));
        }

        var trace = traces[index];
        var status = trace.ToStatus(definition, objective, calendar, at);
        var working = trace.Running.SelectMany(r => calendar.WorkingIntervals(r.Start, r.End)).ToArray();
        var end = status.EndedAt ?? at;
        var holidays = calendar.HolidaysBetween(status.StartedAt.InZone(calendar.Zone).Date, end.InZone(calendar.Zone).Date).ToArray();
        return new SlaExplanation(status, trace.Running, trace.Pauses, working, holidays);
    }

    // A ticket without a priority (a service request submitted without one) is measured at the matrix's lowest priority;
    // its conditions (PriorityIn) see that priority too, so that the status and its conditions agree.
    private IReadOnlyList<SlaTicket> WithEffectivePriority(IReadOnlyList<SlaTicket> timeline)
    {
        var any = false;
        for (var i = 0; i < timeline.Count && !any; i++)
        {
            any = timeline[i].Priority is null;
        }

        if (!any)
        {
            return timeline;
        }

        var lowest = PriorityMatrix.PrioritiesHighestFirst.Last();
        return timeline.Select(t => t.Priority is null ? t with { Priority = lowest } : t).ToArray();
    }

    // Every instant of an evaluation is measured on a calendar: one outside their span is refused up front, naming the
    // caller's parameter rather than the calendar method that would find it.
    private static void CheckInstant(Instant at)
    {
        if (!BusinessCalendar.SupportedRange.Contains(at))
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"SLA clocks run on business calendars, which cover {BusinessCalendar.SupportedRange.Start} to {BusinessCalendar.SupportedRange.End} (exclusive).");
        }
    }

    private static void CheckTimeline(IReadOnlyList<SlaTicket> timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        if (timeline.Count == 0)
        {
            throw new ArgumentException("The timeline is empty.", nameof(timeline));
        }

        for (var i = 1; i < timeline.Count; i++)
        {
            if (timeline[i].UpdatedAt < timeline[i - 1].UpdatedAt)
            {
                throw new ArgumentException($"The timeline is not in time order: moment {i} ({timeline[i].UpdatedAt}) comes before moment {i - 1} ({timeline[i - 1].UpdatedAt}).", nameof(timeline));
            }
        }
    }

    // The objectives that attach to a ticket: every objective that measures its kind of ticket of every agreement in
    // scope, or, under FirstMatch, per kind of agreement and metric only that of the first agreement in scope with one (a
    // customer SLA and the OLA behind it are not alternatives; an incident's first response does not hide a request's).
    private IEnumerable<(ServiceLevelAgreementDefinition Agreement, SlaObjective Objective)> Attached(SlaTicket ticket)
    {
        var taken = new HashSet<(AgreementKind, SlaMetric)>();
        foreach (var agreement in Agreements)
        {
            if (!InScope(agreement, ticket))
            {
                continue;
            }

            foreach (var objective in agreement.Objectives)
            {
                if (ticket.Kind is { } kind && !objective.Measures(kind))
                {
                    continue;
                }

                if (Document.AttachPolicy == AttachPolicy.AllMatching || taken.Add((agreement.Kind, objective.Metric)))
                {
                    yield return (agreement, objective);
                }
            }
        }
    }

    private bool InScope(ServiceLevelAgreementDefinition agreement, SlaTicket ticket)
    {
        if (ticket.Service != agreement.Service)
        {
            return false;
        }

        if (agreement.Offering is { } offering && ticket.Offering != offering)
        {
            return false;
        }

        return agreement.Customer is not { } customer
            || Model.Catalog.RelationshipsOfConsumer(customer).Any(r => r.Users.Contains(ticket.Caller) || r.Customers.Contains(ticket.Caller));
    }

    private BusinessCalendar CalendarFor(ServiceLevelAgreementDefinition agreement, SlaTicket ticket)
    {
        var calendar = agreement.Calendar is { } id ? _calendars[id] : AroundTheClock;
        var zone = agreement.TimeZoneSource switch
        {
            TimeZoneSource.Caller => Options.CallerZone(ticket.Caller),
            TimeZoneSource.ConfigurationItemLocation when ticket.ConfigurationItem is { } item && Model.Configuration.TryGetItem(item, out var ci) => Options.LocationZone(ci),
            _ => null,
        };
        return zone is null || zone.Equals(calendar.Zone) ? calendar : _zoned.GetOrAdd((calendar, zone), static key => key.Calendar.InZone(key.Zone));
    }
}
