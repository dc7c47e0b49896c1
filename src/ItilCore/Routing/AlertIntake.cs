using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ItilCore.Catalog;
using ItilCore.Configuration;
using ItilCore.Incidents;
using NodaTime;

namespace ItilCore.Routing;

/// <summary>
/// Monitoring and event management intake: deduplicates alerts on their message key, updates the open alert on a
/// repeat, closes it on a clear, reopens it when it returns soon after, detects flapping, and for alerts of the
/// configured severity on a catalogued service opens an incident linked to the configuration item, or, when that item
/// already has an incident from a recent alert, adds a work note to it instead. While an alert stays open, a repeat
/// reopens its incident once resolved and opens a new one once closed (the failure outlived it); a canceled incident
/// stays canceled until the alert's severity rises. With <see cref="AlertIntakeOptions.ResolveIncidentOnClear"/>, the clear
/// of the last open alert that feeds an incident resolves it.
/// </summary>
/// <remarks>
/// <para>
/// Not thread-safe: one intake takes alerts from one thread at a time. To use several cores, partition alerts over
/// several intakes by configuration item (falling back to the key for alerts that name none; for example
/// <c>(uint)item.GetHashCode() % n</c>), because correlation by item and the alert numbers are per intake: alerts of one
/// item on two intakes would open two incidents. A repeat alert costs one clock read and one
/// hash-table probe (two when it names a configuration item and some item has an incident), and allocates nothing.
/// </para>
/// <para>
/// Closed alerts are kept to detect returns; <see cref="Purge"/> forgets those closed longer ago than the reopen interval.
/// </para>
/// </remarks>
public sealed class AlertIntake
{
    private readonly IClock _clock;
    private readonly IncidentManagement? _incidents;
    private readonly Func<IncidentId>? _newIncidentId;
    private readonly ServiceModel? _model;
    private readonly Dictionary<AlertKey, AlertState> _alerts = [];
    private readonly Dictionary<ConfigurationItemId, (IncidentFeed Feed, Instant LastAlert)> _incidentsByItem = [];
    private long _opened;

    /// <summary>Initializes intake.</summary>
    /// <param name="clock">Where "now" comes from.</param>
    /// <param name="options">The rules; <see cref="AlertIntakeOptions.Default"/> when omitted.</param>
    /// <param name="incidents">The incident practice incidents are logged with; without it, no incidents are opened. Its service model, if any, gives the services a configuration item affects.</param>
    /// <param name="newIncidentId">Makes the ids of new incidents; required with <paramref name="incidents"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null, or <paramref name="newIncidentId"/> is null while <paramref name="incidents"/> is given.</exception>
    /// <exception cref="ArgumentException">The options are out of range, or ask to assign incidents to their items' owners while the practice has no service model.</exception>
    public AlertIntake(IClock clock, AlertIntakeOptions? options = null, IncidentManagement? incidents = null, Func<IncidentId>? newIncidentId = null)
    {
        _clock = Preconditions.NotNull(clock, nameof(clock));
        Options = options ?? AlertIntakeOptions.Default;
        Options.Validate(nameof(options));
        _incidents = incidents;
        _newIncidentId = incidents is null ? newIncidentId : Preconditions.NotNull(newIncidentId, nameof(newIncidentId));
        _model = incidents?.Options.ServiceModel;
        if (Options.AssignToItemOwner && incidents is not null && _model is null)
        {
            throw new ArgumentException(
                $"{nameof(AlertIntakeOptions.AssignToItemOwner)} needs the items' owners: give the incident practice a service model ({nameof(IncidentManagementOptions)}.{nameof(IncidentManagementOptions.ServiceModel)}).",
                nameof(options));
        }
    }

    /// <summary>Gets the rules.</summary>
    public AlertIntakeOptions Options { get; }

    /// <summary>Gets how many alerts are open.</summary>
    public int OpenAlertCount { get; private set; }

    /// <summary>Receives one alert.</summary>
    /// <param name="alert">The alert.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="ArgumentException">The alert is the default value, or names an empty (default) service or configuration item.</exception>
    public AlertOutcome Receive(in Alert alert)
    {
        if (alert.Description is null)
        {
            throw new ArgumentException("A default (empty) alert is not allowed.", nameof(alert));
        }

        // Before anything changes: an incident logged with an empty id would be refused after the alert was counted.
        Preconditions.NotDefaultIfGiven(alert.Service, nameof(alert));
        Preconditions.NotDefaultIfGiven(alert.ConfigurationItem, nameof(alert));

        var now = _clock.GetCurrentInstant();
        var outcome = Receive(alert, now);

        // An item's incident takes correlated alerts for a window after the item's last alert of incident severity,
        // repeats included (an alert below it never reaches the incident); the correlation above compared with the one before.
        if (alert.Severity >= Options.IncidentSeverity && alert.ConfigurationItem is { } item && _incidentsByItem.Count > 0)
        {
            ref var linked = ref CollectionsMarshal.GetValueRefOrNullRef(_incidentsByItem, item);
            if (!Unsafe.IsNullRef(ref linked))
            {
                linked.LastAlert = now;
            }
        }

        return outcome;
    }

    private AlertOutcome Receive(in Alert alert, Instant now)
    {
        ref var state = ref CollectionsMarshal.GetValueRefOrAddDefault(_alerts, alert.Key, out var exists);
        if (exists && state!.IsOpen)
        {
            if (alert.Severity == AlertSeverity.Clear)
            {
                return Clear(state, alert, now);
            }

            state.Count++;
            state.LastSeen = now;

            // A repeat whose incident was resolved meanwhile says the failure is still there: it reopens the incident; one
            // whose incident was closed (nobody works on it any more) opens a new one. A canceled incident was judged no
            // incident: repeats at the same severity leave it at that.
            if (alert.Severity <= state.Severity && state.Incident is not { State: IncidentState.Resolved or IncidentState.Closed })
            {
                return new AlertOutcome(AlertOutcomeKind.Updated, state.Number, state.Count, state.FlapsAt(now, Options), incident: state.Incident);
            }

            state.Severity = alert.Severity;
            return WithIncident(AlertOutcomeKind.Updated, state, alert, now, state.FlapsAt(now, Options));
        }

        if (alert.Severity == AlertSeverity.Clear)
        {
            if (!exists)
            {
                _alerts.Remove(alert.Key);
            }

            return new AlertOutcome(AlertOutcomeKind.Ignored, exists ? state!.Number : 0, exists ? state!.Count : 0, exists && state!.FlapsAt(now, Options));
        }

        OpenAlertCount++;
        if (exists && now - state!.ClosedAt <= Options.ReopenWithin)
        {
            state.IsOpen = true;
            if (state.Feed is { } feed)
            {
                feed.OpenAlerts++;
            }

            state.Count++;
            state.LastSeen = now;
            state.Severity = alert.Severity;
            return WithIncident(AlertOutcomeKind.Reopened, state, alert, now, state.Change(now, Options));
        }

        state = new AlertState(++_opened, alert.Severity, now, Options.FlappingChanges);
        return WithIncident(AlertOutcomeKind.Opened, state, alert, now, state.Change(now, Options));
    }

    // The clear of an open alert, out of the repeat's way (the path every repeat takes stays small).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private AlertOutcome Clear(AlertState state, in Alert alert, Instant now)
    {
        state.IsOpen = false;
        state.ClosedAt = now;
        state.LastSeen = now;
        state.Count++;
        OpenAlertCount--;
        var flapping = state.Change(now, Options);
        if (state.Feed is not { } feed || --feed.OpenAlerts > 0 || !Options.ResolveIncidentOnClear || feed.Incident is { State: IncidentState.Resolved } or { IsFinal: true })
        {
            return new AlertOutcome(AlertOutcomeKind.Cleared, state.Number, state.Count, flapping, incident: state.Incident);
        }

        // The last open alert of the incident cleared: the service it reported is restored (ServiceNow's
        // evt_mgmt.alert_closes_incident). A New incident cannot be resolved yet: the lifecycle's rejection says so.
        var resolved = feed.Incident.Resolve(Options.MonitoringActor, ResolutionCode.SolvedRemotely, $"Alert {alert.Key} cleared: no alert of this incident is open any more.");
        return resolved.IsRejected
            ? new AlertOutcome(AlertOutcomeKind.Cleared, state.Number, state.Count, flapping, AlertIncidentAction.Rejected, feed.Incident, rejection: resolved.Rejection)
            : new AlertOutcome(AlertOutcomeKind.Cleared, state.Number, state.Count, flapping, AlertIncidentAction.Resolved, feed.Incident, resolved.Events);
    }

    /// <summary>Gets the state of the alert with a key, open or recently closed.</summary>
    /// <param name="key">The message key.</param>
    /// <param name="count">How many times it was received.</param>
    /// <param name="isOpen">Whether it is open.</param>
    /// <param name="lastSeen">When it was last received.</param>
    /// <returns><see langword="true"/> when intake knows the key.</returns>
    public bool TryGetAlert(AlertKey key, out int count, out bool isOpen, out Instant lastSeen)
    {
        if (_alerts.TryGetValue(key, out var state))
        {
            (count, isOpen, lastSeen) = (state.Count, state.IsOpen, state.LastSeen);
            return true;
        }

        (count, isOpen, lastSeen) = (0, false, default);
        return false;
    }

    /// <summary>
    /// Forgets alerts closed longer ago than the reopen interval, and items' incidents older than the correlation window;
    /// with <see cref="AlertIntakeOptions.CloseWhenIdleFor"/>, first closes the open alerts not received for that long (they
    /// are forgotten in turn once the reopen interval has passed, so that a late return still reopens them).
    /// </summary>
    /// <returns>How many alerts were forgotten.</returns>
    public int Purge()
    {
        var now = _clock.GetCurrentInstant();
        var forgotten = 0;
        foreach (var (key, state) in _alerts)
        {
            if (state.IsOpen && Options.CloseWhenIdleFor is { } idle && now - state.LastSeen >= idle)
            {
                state.IsOpen = false;
                state.ClosedAt = state.LastSeen + idle;
                OpenAlertCount--;
                if (state.Feed is { } feed)
                {
                    feed.OpenAlerts--;
                }

            }

            if (!state.IsOpen && now - state.ClosedAt > Options.ReopenWithin)
            {
                _alerts.Remove(key);
                forgotten++;
            }
        }

        foreach (var (item, (_, last)) in _incidentsByItem)
        {
            if (now - last > Options.CorrelationWindow)
            {
                _incidentsByItem.Remove(item);
            }
        }

        return forgotten;
    }

    private AlertOutcome WithIncident(AlertOutcomeKind kind, AlertState state, in Alert alert, Instant now, bool flapping)
    {
        // An alert that still has an open incident (raised again, or back soon after a clear) keeps it; one whose incident
        // was resolved meanwhile reopens it, as the failure is back (ServiceNow's "alert reopens incident").
        if (_incidents is null || alert.Severity < Options.IncidentSeverity || state.Incident is { IsFinal: false, State: not IncidentState.Resolved })
        {
            return new AlertOutcome(kind, state.Number, state.Count, flapping, incident: state.Incident);
        }

        var by = Options.MonitoringActor;
        if (state.Incident is { State: IncidentState.Resolved } resolved)
        {
            var reopened = resolved.Reopen(by, $"Alert {alert.Key} ({alert.Severity}) is back: {alert.Description}");
            return reopened.IsRejected
                ? new AlertOutcome(kind, state.Number, state.Count, flapping, AlertIncidentAction.Rejected, resolved, rejection: reopened.Rejection)
                : new AlertOutcome(kind, state.Number, state.Count, flapping, AlertIncidentAction.Reopened, resolved, reopened.Events);
        }

        // A resolved incident takes no correlated alerts: a new failure on its item is a new incident.
        if (alert.ConfigurationItem is { } item
            && _incidentsByItem.TryGetValue(item, out var linked)
            && linked.Feed.Incident is { IsFinal: false, State: not IncidentState.Resolved }
            && now - linked.LastAlert <= Options.CorrelationWindow)
        {
            var note = linked.Feed.Incident.AddWorkNote(by, $"Correlated alert {alert.Key} ({alert.Severity}): {alert.Description}");
            if (note.IsRejected)
            {
                return new AlertOutcome(kind, state.Number, state.Count, flapping, AlertIncidentAction.Rejected, linked.Feed.Incident, rejection: note.Rejection);
            }

            state.Feeds(linked.Feed);
            return new AlertOutcome(kind, state.Number, state.Count, flapping, AlertIncidentAction.Correlated, linked.Feed.Incident, note.Events);
        }

        if (ServiceOf(alert) is not { } service)
        {
            return new AlertOutcome(kind, state.Number, state.Count, flapping, incident: state.Incident);
        }

        var (impact, urgency) = Rating(_incidents.PriorityMatrix, alert.Severity);
        var description = string.IsNullOrWhiteSpace(alert.Description) ? alert.Key.ToString() : alert.Description;

        // An item the configuration model does not know (a host monitoring found before the CMDB did) is left out of the
        // incident, which the service still opens, and named in its description.
        var unknownItem = alert.ConfigurationItem is { } named ? _model?.Configuration.WhyUnknown(named) : null;
        var command = new LogIncident(_newIncidentId!(), description, by, ContactChannel.Monitoring, impact, urgency)
        {
            Service = service,
            ConfigurationItem = unknownItem is null ? alert.ConfigurationItem : null,
            Description = $"Alert {alert.Key} ({alert.Severity}): {alert.Description}"
                + (unknownItem is null ? string.Empty : $" ({unknownItem})"),
        };
        var logged = _incidents.Log(by, command);
        if (logged.IsRejected)
        {
            return new AlertOutcome(kind, state.Number, state.Count, flapping, AlertIncidentAction.Rejected, rejection: logged.Rejection);
        }

        var incident = logged.Value!;
        var fed = new IncidentFeed(incident);
        state.Feeds(fed);
        if (alert.ConfigurationItem is { } linkedItem)
        {
            _incidentsByItem[linkedItem] = (fed, now);
        }

        // The item's owner group takes the incident at once, when asked (ServiceNow's support group of the alert's item).
        if (Options.AssignToItemOwner
            && command.ConfigurationItem is { } owned
            && _model is not null
            && _model.Configuration.TryGetItem(owned, out var found)
            && found.Owner is { } owner)
        {
            var assigned = incident.Assign(by, owner);
            return assigned.IsRejected
                ? new AlertOutcome(kind, state.Number, state.Count, flapping, AlertIncidentAction.Opened, incident, logged.Events, assigned.Rejection)
                : new AlertOutcome(kind, state.Number, state.Count, flapping, AlertIncidentAction.Opened, incident, [.. logged.Events, .. assigned.Events]);
        }

        return new AlertOutcome(kind, state.Number, state.Count, flapping, AlertIncidentAction.Opened, incident, logged.Events);
    }

    // Severity to impact and urgency on the practice's matrix, whatever its size and polarity: the highest impact, and the
    // highest urgency for Critical, one step lower for each severity below it (kept on the scale).
    internal static (Impact Impact, Urgency Urgency) Rating(PriorityMatrix matrix, AlertSeverity severity)
    {
        var highest = matrix.Polarity == PriorityPolarity.OneIsHighest;
        var steps = Math.Min(AlertSeverity.Critical - severity, matrix.UrgencyLevels - 1);
        return (new Impact(highest ? 1 : matrix.ImpactLevels), new Urgency(highest ? 1 + steps : matrix.UrgencyLevels - steps));
    }

    // The alert's own service when the catalogue has it and it is not retired (or there is no catalogue); else the first
    // service the item's failure affects in the configuration model that is not retired (an incident cannot name a
    // retired service).
    private ServiceId? ServiceOf(in Alert alert)
    {
        if (alert.Service is { } named && (_model is null || (_model.Catalog.Contains(named) && _model.Catalog.StatusOf(named) != ServiceStatus.Retired)))
        {
            return named;
        }

        if (_model is not null && alert.ConfigurationItem is { } item && _model.Configuration.Contains(item))
        {
            foreach (var affected in _model.Configuration.AffectedServices(item))
            {
                if (_model.Catalog.StatusOf(affected) != ServiceStatus.Retired)
                {
                    return affected;
                }
            }
        }

        return null;
    }

    // One per incident the intake opened, shared by the alerts that feed it, so that a clear knows in one step whether it
    // closed the incident's last open alert (no per-alert allocation, no lookup).
    private sealed class IncidentFeed(Incident incident)
    {
        public Incident Incident { get; } = incident;

        /// <summary>How many open alerts feed the incident (the one that opened it and those that correlated with it).</summary>
        public int OpenAlerts { get; set; }
    }

    private sealed class AlertState(long number, AlertSeverity severity, Instant now, int flappingChanges)
    {
        private readonly Instant[] _changes = new Instant[flappingChanges];
        private int _changeCount;

        public long Number { get; } = number;

        public AlertSeverity Severity { get; set; } = severity;

        public bool IsOpen { get; set; } = true;

        public int Count { get; set; } = 1;

        public Instant LastSeen { get; set; } = now;

        public Instant ClosedAt { get; set; }

        /// <summary>The incident the alert feeds, with the count of its open alerts; null while it has none.</summary>
        public IncidentFeed? Feed { get; private set; }

        public Incident? Incident => Feed?.Incident;

        /// <summary>Links the (open) alert to an incident instead of the one it fed before, if any.</summary>
        public void Feeds(IncidentFeed feed)
        {
            if (Feed is { } previous && IsOpen)
            {
                previous.OpenAlerts--;
            }

            Feed = feed;
            if (IsOpen)
            {
                feed.OpenAlerts++;
            }
        }

        /// <summary>Records a state change and tells whether the alert now flaps.</summary>
        public bool Change(Instant at, AlertIntakeOptions options)
        {
            _changes[_changeCount % _changes.Length] = at;
            _changeCount++;
            return FlapsAt(at, options);
        }

        /// <summary>Whether the alert flaps at an instant: its last N changes fall within the window that ends then.</summary>
        public bool FlapsAt(Instant at, AlertIntakeOptions options)
            => _changeCount >= _changes.Length && at - _changes[_changeCount % _changes.Length] <= options.FlappingWindow;
    }
}
