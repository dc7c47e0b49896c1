using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace ItilCore.Incidents;

/// <summary>
/// The incident management practice of one team: its clock, priority matrix and auto-close rule. It logs incidents,
/// rebuilds them from their event histories, and moves child incidents along with their parent.
/// </summary>
/// <remarks>
/// Immutable and thread-safe: one instance serves every incident on every thread, provided the clock and the event id
/// source given to it are thread-safe too (the defaults, <see cref="EventIds.NewRandom"/> and NodaTime's clocks, are; a seeded
/// <see cref="Random"/> is not). Each <see cref="Incident"/> is not thread-safe; use one incident from one thread at a time.
/// </remarks>
public sealed class IncidentManagement
{
    private readonly Func<Guid> _newEventId;

    /// <summary>Initializes the practice.</summary>
    /// <param name="clock">Where "now" comes from; every event's time is read from it.</param>
    /// <param name="options">The matrix and auto-close rule; <see cref="IncidentManagementOptions.Default"/> when omitted.</param>
    /// <param name="newEventId">
    /// Makes event ids; <see cref="EventIds.NewRandom"/> (random version-4 GUIDs) when omitted. Pass a seeded source for reproducible histories (and
    /// make it thread-safe if incidents are used from several threads). It is called only for accepted commands.
    /// </param>
    public IncidentManagement(IClock clock, IncidentManagementOptions? options = null, Func<Guid>? newEventId = null)
    {
        Clock = Preconditions.NotNull(clock, nameof(clock));
        Options = options ?? IncidentManagementOptions.Default;
        Options.Validate();
        _newEventId = newEventId ?? EventIds.NewRandom;
    }

    /// <summary>Gets the clock.</summary>
    public IClock Clock { get; }

    /// <summary>Gets the options.</summary>
    public IncidentManagementOptions Options { get; }

    /// <summary>Gets the priority matrix.</summary>
    public PriorityMatrix PriorityMatrix => Options.PriorityMatrix;

    /// <summary>Logs a new incident: validates the command, derives the priority, and records <see cref="IncidentLogged"/>.</summary>
    /// <param name="by">Who logs it (an agent, the caller on the portal, or a monitoring system).</param>
    /// <param name="command">What is logged.</param>
    /// <returns>The new incident and its first event, or the rejection; with a service model
    /// (<see cref="IncidentManagementOptions.ServiceModel"/>), <see cref="IncidentRejectionCodes.UnknownReference"/> for a
    /// service, offering or item it lacks and <see cref="IncidentRejectionCodes.RetiredService"/> for a retired service
    /// or offering.</returns>
    public CommandResult<Incident> Log(ActorId by, LogIncident command)
    {
        Preconditions.NotDefault(by, nameof(by));
        ArgumentNullException.ThrowIfNull(command);
        Preconditions.NotDefault(command.Id, nameof(command));
        Preconditions.NotDefault(command.Caller, nameof(command));
        Preconditions.Defined(command.Channel, nameof(command));
        Preconditions.NotDefaultIfGiven(command.Service, nameof(command));
        Preconditions.NotDefaultIfGiven(command.Offering, nameof(command));
        Preconditions.NotDefaultIfGiven(command.ConfigurationItem, nameof(command));
        if (string.IsNullOrWhiteSpace(command.ShortDescription))
        {
            return CommandResult<Incident>.Rejected(new(IncidentRejectionCodes.TextRequired, "A short description is required to log an incident."));
        }

        if (!PriorityMatrix.Contains(command.Impact) || !PriorityMatrix.Contains(command.Urgency))
        {
            return CommandResult<Incident>.Rejected(OutOfMatrix(command.Impact, command.Urgency));
        }

        if (UnknownReference(command) is { } unknown)
        {
            return CommandResult<Incident>.Rejected(unknown);
        }

        if (BlankCategory(command.Category, command.Subcategory) is { } blank)
        {
            return CommandResult<Incident>.Rejected(blank);
        }

        var logged = new IncidentLogged(
            new EventEnvelope(NewEventId(), command.Id.Value, 1, Clock.GetCurrentInstant(), by),
            command.ShortDescription.Trim(),
            command.Description,
            command.Caller,
            command.Channel,
            command.Service,
            command.Offering,
            command.ConfigurationItem,
            command.Category?.Trim(),
            command.Subcategory?.Trim(),
            command.Impact,
            command.Urgency,
            PriorityMatrix.Calculate(command.Impact, command.Urgency));
        var incident = new Incident(this, logged);
        return CommandResult<Incident>.Accepted(incident, CommandResult.Accepted(logged));
    }

    /// <summary>
    /// Rebuilds an incident from its event history: a plain fold over the events, no state machine involved. On the way
    /// it checks what keeps a history whole (one incident, versions 1, 2, 3, …, none earlier in time than the one before, each event allowed from the state it
    /// meets, by a lookup in the compiled lifecycle table); it does not re-run the commands' own rules, because events
    /// are facts that were accepted when they happened.
    /// </summary>
    /// <param name="history">The events, oldest first, starting with <see cref="IncidentLogged"/>.</param>
    /// <returns>The incident exactly as it was after the last event.</returns>
    /// <exception cref="ArgumentException">The history is empty, mixes incidents, skips a version, goes back in time or contains a transition the lifecycle forbids.</exception>
    public Incident Rebuild(IEnumerable<DomainEvent> history) => Fold(history, null);

    /// <summary>
    /// Replays an event history and returns the incident as it was after each event: the ticket's timeline, which SLA
    /// clocks and reports read. Checked like <see cref="Rebuild"/>.
    /// </summary>
    /// <param name="history">The events, oldest first, starting with <see cref="IncidentLogged"/>.</param>
    /// <returns>One snapshot per event, in order; each snapshot's <see cref="IncidentSnapshot.UpdatedAt"/> is its event's time.</returns>
    /// <exception cref="ArgumentException">The history is not a valid incident history.</exception>
    public IReadOnlyList<IncidentSnapshot> Replay(IEnumerable<DomainEvent> history)
    {
        var timeline = new List<IncidentSnapshot>();
        Fold(history, timeline);
        return timeline;
    }

    private Incident Fold(IEnumerable<DomainEvent> history, List<IncidentSnapshot>? timeline)
        => Lifecycles.History.Fold<IncidentManagement, Incident, IncidentEvent, IncidentLogged>(
            history,
            this,
            "an incident event",
            "An incident history",
            static (practice, logged) => new Incident(practice, logged),
            static (incident, e, index) => incident.ApplyFromHistory(e, index),
            timeline is null ? null : AddTo(timeline));

    // Made only for a timeline, so that a plain rebuild allocates no closure.
    private static Action<Incident> AddTo(List<IncidentSnapshot> timeline) => incident => timeline.Add(incident.ToSnapshot());

    /// <summary>
    /// Moves child incidents along with their parent, as ServiceNow does: when the parent is In Progress, New children
    /// are assigned to the parent's group and On Hold children resume, except a child awaiting its own caller, which
    /// keeps waiting; when the parent is On Hold for any reason but the caller, In Progress children go on hold for the
    /// same reason (New children, which cannot be on hold, stay New); when the parent is Resolved, open children are
    /// resolved with the parent's notes (a New child is assigned to the parent's group first). Children are never closed
    /// or canceled by their parent.
    /// </summary>
    /// <param name="by">Who acts.</param>
    /// <param name="parent">The parent incident.</param>
    /// <param name="children">Its children (each must name <paramref name="parent"/> as its parent).</param>
    /// <returns>One result per child, in order; accepted with no events when the child already follows the parent.</returns>
    /// <exception cref="ArgumentException">A child does not belong to the parent.</exception>
    public IReadOnlyList<CommandResult> PropagateToChildren(ActorId by, Incident parent, IEnumerable<Incident> children)
    {
        ArgumentNullException.ThrowIfNull(parent);
        if (parent.Practice != this)
        {
            throw new ArgumentException($"Incident {parent.Id} belongs to another incident management practice.", nameof(parent));
        }

        var list = Preconditions.NoNullItems(children, nameof(children));
        foreach (var child in list)
        {
            if (child.Parent != parent.Id)
            {
                throw new ArgumentException($"Incident {child.Id} is not a child of {parent.Id}.", nameof(children));
            }
        }

        var results = new CommandResult[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            results[i] = list[i].FollowParent(by, parent);
        }

        return results;
    }

    internal EventEnvelope Envelope(Incident incident, ActorId by, Instant now)
        => new(NewEventId(), incident.Id.Value, incident.Version + 1, now, by);

    internal Rejection OutOfMatrix(Impact impact, Urgency urgency)
        => new(
            IncidentRejectionCodes.OutOfMatrix,
            $"Impact {impact.Level} and urgency {urgency.Level} must be on the priority matrix (impact 1 to {PriorityMatrix.ImpactLevels}, urgency 1 to {PriorityMatrix.UrgencyLevels}).");


    // The category rule (Categories), as an incident's rejection, for logging and reclassifying alike.
    internal static Rejection? BlankCategory(string? category, string? subcategory)
        => Categories.AnyBlank(category, subcategory) ? new Rejection(IncidentRejectionCodes.TextRequired, Categories.BlankMessage) : null;
    private Rejection? UnknownReference(LogIncident command)
    {
        if (Options.ServiceModel is not { } model)
        {
            return null;
        }

        var problem = (command.Service is { } service ? model.Catalog.WhyUnknown(service) : null)
            ?? (command.Offering is { } offering ? model.Catalog.WhyUnknown(offering, command.Service) : null)
            ?? (command.ConfigurationItem is { } item ? model.Configuration.WhyUnknown(item) : null);
        if (problem is not null)
        {
            return new Rejection(IncidentRejectionCodes.UnknownReference, $"The incident cannot be logged: {problem}.");
        }

        // A retired service or offering is withdrawn: new incidents cannot name it (a pipeline one may: early life support).
        var retired = (command.Service is { } named ? model.Catalog.WhyRetired(named) : null)
            ?? (command.Offering is { } offered ? model.Catalog.WhyRetired(offered) : null);
        return retired is null ? null : new Rejection(IncidentRejectionCodes.RetiredService, $"The incident cannot be logged: {retired}.");
    }

    private EventId NewEventId() => new(_newEventId());
}
