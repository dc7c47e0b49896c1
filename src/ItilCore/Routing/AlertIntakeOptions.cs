using System;
using NodaTime;

namespace ItilCore.Routing;

/// <summary>The rules of alert intake: reopening, flapping, which severity opens incidents, and correlation.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record AlertIntakeOptions
{
    /// <summary>Gets the defaults: reopen within 10 minutes, flapping at 5 state changes in 15 minutes, incidents from Major, correlation within 30 minutes.</summary>
    public static AlertIntakeOptions Default { get; } = new();

    /// <summary>Gets how soon after a clear a return of the same alert reopens it instead of opening a new one.</summary>
    public Duration ReopenWithin { get; init; } = Duration.FromMinutes(10);

    /// <summary>The most state changes <see cref="FlappingChanges"/> may ask for (each open alert keeps that many instants).</summary>
    public const int MaxFlappingChanges = 1000;

    /// <summary>Gets how many state changes (open, clear, reopen) within <see cref="FlappingWindow"/> make an alert flapping: 2 to <see cref="MaxFlappingChanges"/>.</summary>
    public int FlappingChanges { get; init; } = 5;

    /// <summary>Gets the window for <see cref="FlappingChanges"/>.</summary>
    public Duration FlappingWindow { get; init; } = Duration.FromMinutes(15);

    /// <summary>Gets the lowest severity that opens or updates an incident.</summary>
    public AlertSeverity IncidentSeverity { get; init; } = AlertSeverity.Major;

    /// <summary>Gets how long after its last alert an item's incident still takes new alerts on that item (as work notes) instead of a new incident.</summary>
    public Duration CorrelationWindow { get; init; } = Duration.FromMinutes(30);

    /// <summary>
    /// Gets how long an open alert may go without a repeat before <see cref="AlertIntake.Purge"/> closes it (ServiceNow's
    /// alert auto-close interval, 168 hours by default there): many sources (SNMP traps, log patterns) never send a clear.
    /// <see langword="null"/>, the default, keeps open alerts until they clear.
    /// </summary>
    public Duration? CloseWhenIdleFor { get; init; }

    /// <summary>
    /// Gets whether a clear resolves the alert's incident once no alert that feeds it is open any more (ServiceNow's
    /// <c>evt_mgmt.alert_closes_incident</c> set to Resolve Incident). <see langword="false"/>, the default, leaves incidents
    /// to people.
    /// </summary>
    /// <remarks>
    /// <para>
    /// An incident is fed by the alert that opened it and by the alerts that correlated with it; a clear resolves it only
    /// when the alert it closes was the last open one of those, and only while the incident is open (New, In Progress or
    /// On Hold): one already Resolved, Closed or Canceled is left as it is. Like ServiceNow, the intake resolves whoever
    /// works on the incident, whatever group it was reassigned to, and whatever it is on hold for: the clear says the
    /// service is restored, and a return of the alert reopens the incident (<see cref="AlertIncidentAction.Reopened"/>).
    /// </para>
    /// <para>
    /// The incident is resolved by <see cref="MonitoringActor"/> with <see cref="Incidents.ResolutionCode.SolvedRemotely"/>
    /// and notes that name the alert that cleared. The lifecycle resolves only an incident that is In Progress or On Hold
    /// (assigned to a group): for a New incident the intake reports the lifecycle's rejection
    /// (<see cref="AlertIncidentAction.Rejected"/>) and leaves the incident unchanged. Alerts that
    /// <see cref="AlertIntake.Purge"/> closes for being idle (<see cref="CloseWhenIdleFor"/>) no longer feed their incident,
    /// but do not resolve it: that is not a clear.
    /// </para>
    /// </remarks>
    public bool ResolveIncidentOnClear { get; init; }

    /// <summary>
    /// Gets whether an incident the intake opens for an alert on a configuration item is assigned at once to the item's
    /// owner group (<see cref="Configuration.ConfigurationItem.Owner"/> in the service model given to the intake), as
    /// ServiceNow assigns incidents from alerts to the item's support group: the incident is In Progress from the start,
    /// and so can be resolved by <see cref="ResolveIncidentOnClear"/>. Off by default: incidents are logged New, for
    /// routing. An item without an owner, or unknown to the model, leaves its incident New; an assignment the incident
    /// refuses leaves it New too, with the rejection in <see cref="AlertOutcome.Rejection"/>.
    /// </summary>
    public bool AssignToItemOwner { get; init; }

    /// <summary>Gets who logs the incidents and writes the work notes (the monitoring system's actor).</summary>
    public ActorId MonitoringActor { get; init; } = new("monitoring");

    internal void Validate(string paramName)
    {
        if (ReopenWithin < Duration.Zero || FlappingWindow < Duration.Zero || CorrelationWindow < Duration.Zero)
        {
            throw new ArgumentException("Durations must not be negative.", paramName);
        }

        if (CloseWhenIdleFor is { } idle && idle <= Duration.Zero)
        {
            throw new ArgumentException($"{nameof(CloseWhenIdleFor)} must be positive when given; it is {idle}.", paramName);
        }

        // Every alert keeps its last FlappingChanges state changes, so the count is bounded where the options are checked,
        // not by the first alert's allocation.
        if (FlappingChanges is < 2 or > MaxFlappingChanges)
        {
            throw new ArgumentException($"{nameof(FlappingChanges)} must be from 2 to {MaxFlappingChanges} state changes; it is {FlappingChanges}.", paramName);
        }

        if (!Enum.IsDefined(IncidentSeverity) || IncidentSeverity == AlertSeverity.Clear)
        {
            throw new ArgumentException($"{IncidentSeverity} cannot open incidents.", paramName);
        }

        Preconditions.NotDefault(MonitoringActor, paramName);
    }
}
