using System;
using System.Collections.Generic;
using ItilCore.Catalog;
using ItilCore.Configuration;
using NodaTime;

namespace ItilCore.Incidents;

/// <summary>
/// An incident: an unplanned interruption to a service, or reduction in its quality. Commands are methods that return
/// a <see cref="CommandResult"/>: the events they recorded, or a <see cref="Rejection"/> that changed nothing.
/// </summary>
/// <remarks>
/// Not thread-safe: use one incident from one thread at a time (different incidents may be used from different threads
/// at once; they share only the immutable <see cref="IncidentManagement"/> and lifecycle). The incident keeps no event
/// list; persist the events each command returns, and rebuild with <see cref="IncidentManagement.Rebuild"/>.
/// </remarks>
public sealed class Incident
{
    private readonly IncidentManagement _practice;

    internal Incident(IncidentManagement practice, IncidentLogged logged)
    {
        _practice = practice;
        Id = logged.IncidentId;
        State = IncidentLifecycle.Definition.InitialState;
        ShortDescription = logged.ShortDescription;
        Description = logged.Description;
        Caller = logged.Caller;
        Channel = logged.Channel;
        Service = logged.Service;
        Offering = logged.Offering;
        ConfigurationItem = logged.ConfigurationItem;
        Category = logged.Category;
        Subcategory = logged.Subcategory;
        Impact = logged.Impact;
        Urgency = logged.Urgency;
        CalculatedPriority = logged.Priority;
        OpenedAt = logged.Envelope.OccurredAt;
        UpdatedAt = OpenedAt;
        Version = 1;
    }

    /// <summary>Gets the incident's id.</summary>
    public IncidentId Id { get; }

    /// <summary>Gets the lifecycle state.</summary>
    public IncidentState State { get; private set; }

    /// <summary>Gets the version: the number of events in the incident's history.</summary>
    public long Version { get; private set; }

    /// <summary>Gets the one-line summary.</summary>
    public string ShortDescription { get; }

    /// <summary>Gets the full description.</summary>
    public string? Description { get; }

    /// <summary>Gets who reported the incident.</summary>
    public ActorId Caller { get; }

    /// <summary>Gets how the incident was reported.</summary>
    public ContactChannel Channel { get; }

    /// <summary>Gets the affected catalogued service.</summary>
    public ServiceId? Service { get; }

    /// <summary>Gets the affected service offering.</summary>
    public ServiceOfferingId? Offering { get; }

    /// <summary>Gets the affected configuration item.</summary>
    public ConfigurationItemId? ConfigurationItem { get; }

    /// <summary>Gets the category.</summary>
    public string? Category { get; private set; }

    /// <summary>Gets the subcategory.</summary>
    public string? Subcategory { get; private set; }

    /// <summary>Gets the impact.</summary>
    public Impact Impact { get; private set; }

    /// <summary>Gets the urgency.</summary>
    public Urgency Urgency { get; private set; }

    /// <summary>Gets the priority the matrix gives for the current impact and urgency.</summary>
    public Priority CalculatedPriority { get; private set; }

    /// <summary>Gets the explicit priority override, if any.</summary>
    public Priority? PriorityOverride { get; private set; }

    /// <summary>Gets the effective priority: the override when there is one, else the calculated priority.</summary>
    public Priority Priority => PriorityOverride ?? CalculatedPriority;

    /// <summary>Gets the assignment group.</summary>
    public AssignmentGroupId? AssignmentGroup { get; private set; }

    /// <summary>Gets the assignee.</summary>
    public ActorId? Assignee { get; private set; }

    /// <summary>Gets why the incident is on hold; <see langword="null"/> unless it is On Hold.</summary>
    public HoldReason? HoldReason { get; private set; }

    /// <summary>Gets how often the incident was reopened; it never decreases.</summary>
    public int ReopenCount { get; private set; }

    /// <summary>Gets how often the incident moved to another group (functional escalations).</summary>
    public int ReassignmentCount { get; private set; }

    /// <summary>Gets the manager the incident was last escalated to (hierarchical escalation).</summary>
    public ActorId? EscalatedTo { get; private set; }

    /// <summary>Gets whether the incident is handled as a major incident.</summary>
    public bool IsMajorIncident { get; private set; }

    /// <summary>Gets the resolution code while Resolved or Closed after resolution.</summary>
    public ResolutionCode? ResolutionCode { get; private set; }

    /// <summary>Gets the resolution notes while Resolved or Closed after resolution.</summary>
    public string? ResolutionNotes { get; private set; }

    /// <summary>Gets why the incident was canceled.</summary>
    public string? CancelReason { get; private set; }

    /// <summary>Gets the parent incident, if this is a child.</summary>
    public IncidentId? Parent { get; private set; }

    /// <summary>Gets when the incident was logged.</summary>
    public Instant OpenedAt { get; }

    /// <summary>Gets when the incident last changed.</summary>
    public Instant UpdatedAt { get; private set; }

    /// <summary>Gets when the incident was last resolved.</summary>
    public Instant? ResolvedAt { get; private set; }

    /// <summary>Gets when the incident was closed or canceled.</summary>
    public Instant? ClosedAt { get; private set; }

    /// <summary>Gets when the incident may be closed automatically, while it is Resolved.</summary>
    public Instant? AutoCloseDueAt => State == IncidentState.Resolved ? ResolvedAt + _practice.Options.AutoCloseAfter : null;

    /// <summary>Gets whether the incident is Closed or Canceled.</summary>
    public bool IsFinal => State is IncidentState.Closed or IncidentState.Canceled;

    /// <summary>Lists the commands possible now (lifecycle only; a command may still be rejected for its data).</summary>
    /// <returns>The triggers.</returns>
    public IReadOnlyList<IncidentTrigger> PermittedTriggers() => IncidentLifecycle.Definition.PermittedTriggers(this, State);

    /// <summary>Assigns the incident to a group and optionally a person. From New, work starts (In Progress).</summary>
    /// <param name="by">Who assigns.</param>
    /// <param name="group">The group; once assigned, the same group (use <see cref="Reassign"/> to move to another group).</param>
    /// <param name="assignee">The person, if any.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult Assign(ActorId by, AssignmentGroupId group, ActorId? assignee = null)
    {
        Preconditions.NotDefault(group, nameof(group));
        return Execute(by, IncidentTrigger.Assign, envelope =>
        {
            if (AssignmentGroup is { } current && current != group)
            {
                return Reject(IncidentRejectionCodes.UseReassign, $"The incident is assigned to {current}; moving it to {group} is a reassignment: use Reassign with a reason.");
            }

            if (AssignmentGroup == group && Assignee == assignee)
            {
                return Reject(IncidentRejectionCodes.NoChange, $"The incident is already assigned to {Describe(group, assignee)}.");
            }

            return new IncidentAssigned(envelope, group, assignee);
        });
    }

    /// <summary>Functional escalation: moves the incident to another assignment group, with a reason. Counted.</summary>
    /// <param name="by">Who reassigns.</param>
    /// <param name="group">The new group.</param>
    /// <param name="reason">Why.</param>
    /// <param name="assignee">The new assignee, if any.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult Reassign(ActorId by, AssignmentGroupId group, string reason, ActorId? assignee = null)
    {
        Preconditions.NotDefault(group, nameof(group));
        return Execute(by, IncidentTrigger.Reassign, envelope =>
        {
            if (AssignmentGroup == group)
            {
                return Reject(IncidentRejectionCodes.SameGroup, $"The incident is already assigned to {group}; reassignment needs another group.");
            }

            return Required(reason, "A reason is required to reassign an incident.")
                ?? (object)new IncidentReassigned(envelope, AssignmentGroup!.Value, group, assignee, reason.Trim());
        });
    }

    /// <summary>Puts the incident on hold. Awaiting the caller needs a comment to the caller.</summary>
    /// <param name="by">Who puts it on hold.</param>
    /// <param name="reason">Why it waits.</param>
    /// <param name="comment">The comment; required for <see cref="Incidents.HoldReason.AwaitingCaller"/>.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult PutOnHold(ActorId by, HoldReason reason, string? comment = null)
    {
        Preconditions.Defined(reason, nameof(reason));
        return Execute(by, IncidentTrigger.PutOnHold, envelope =>
            reason == Incidents.HoldReason.AwaitingCaller && string.IsNullOrWhiteSpace(comment)
                ? Reject(IncidentRejectionCodes.TextRequired, "A comment to the caller is required to put an incident on hold awaiting the caller.")
                : new IncidentPutOnHold(envelope, reason, comment?.Trim()));
    }

    /// <summary>Resumes work after a hold.</summary>
    /// <param name="by">Who resumes.</param>
    /// <param name="comment">A comment, if any.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult Resume(ActorId by, string? comment = null)
        => Execute(by, IncidentTrigger.Resume, envelope => new IncidentResumed(envelope, comment?.Trim()));

    /// <summary>Records an update from the caller. When the incident awaits the caller, work resumes (In Progress).</summary>
    /// <param name="by">Who records it (usually the caller).</param>
    /// <param name="text">What the caller said.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult RecordCallerUpdate(ActorId by, string text)
        => Execute(by, IncidentTrigger.CallerUpdate, (envelope, destination) =>
            Required(text, "A caller update needs text.")
                ?? (object)new CallerUpdateRecorded(envelope, text.Trim(), destination != State));

    /// <summary>Records a work note.</summary>
    /// <param name="by">Who writes it.</param>
    /// <param name="text">The note.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult AddWorkNote(ActorId by, string text)
        => Execute(by, IncidentTrigger.AddWorkNote, envelope =>
            Required(text, "A work note needs text.") ?? (object)new WorkNoteAdded(envelope, text.Trim()));

    /// <summary>Hierarchical escalation: brings the incident to a manager, optionally declaring a major incident.</summary>
    /// <param name="by">Who escalates.</param>
    /// <param name="manager">The manager.</param>
    /// <param name="reason">Why.</param>
    /// <param name="majorIncident">Whether to handle it as a major incident from now on.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult Escalate(ActorId by, ActorId manager, string reason, bool majorIncident = false)
    {
        Preconditions.NotDefault(manager, nameof(manager));
        return Execute(by, IncidentTrigger.Escalate, envelope =>
            Required(reason, "A reason is required to escalate an incident.")
                ?? (object)new IncidentEscalated(envelope, manager, reason.Trim(), majorIncident || IsMajorIncident));
    }

    /// <summary>Changes impact, urgency and category; the matrix priority is recalculated (an override stays in force).</summary>
    /// <param name="by">Who reclassifies.</param>
    /// <param name="impact">The new impact.</param>
    /// <param name="urgency">The new urgency.</param>
    /// <param name="category">The new category (<see langword="null"/> keeps the current one).</param>
    /// <param name="subcategory">The new subcategory (<see langword="null"/> keeps the current one).</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult Reclassify(ActorId by, Impact impact, Urgency urgency, string? category = null, string? subcategory = null)
        => Execute(by, IncidentTrigger.Reclassify, envelope =>
        {
            var matrix = _practice.PriorityMatrix;
            if (!matrix.Contains(impact) || !matrix.Contains(urgency))
            {
                return _practice.OutOfMatrix(impact, urgency);
            }

            var newCategory = category ?? Category;
            var newSubcategory = subcategory ?? Subcategory;
            if (impact == Impact && urgency == Urgency && newCategory == Category && newSubcategory == Subcategory)
            {
                return Reject(IncidentRejectionCodes.NoChange, "Impact, urgency and category are already as given.");
            }

            return new IncidentReclassified(envelope, impact, urgency, matrix.Calculate(impact, urgency), newCategory, newSubcategory);
        });

    /// <summary>Overrides the matrix priority with an explicit, audited priority; <see langword="null"/> removes the override.</summary>
    /// <param name="by">Who overrides.</param>
    /// <param name="priority">The priority, or <see langword="null"/> to return to the matrix priority.</param>
    /// <param name="reason">Why; required.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult OverridePriority(ActorId by, Priority? priority, string reason)
        => Execute(by, IncidentTrigger.OverridePriority, envelope =>
        {
            if (priority is { } p && !_practice.PriorityMatrix.Contains(p))
            {
                return Reject(IncidentRejectionCodes.OutOfMatrix, $"Priority {p.Level} is not on the matrix's scale 1 to {_practice.PriorityMatrix.PriorityLevels}.");
            }

            if (priority == PriorityOverride)
            {
                return Reject(IncidentRejectionCodes.NoChange, priority is null ? "The incident has no priority override to remove." : $"The priority is already overridden to {priority}.");
            }

            return Required(reason, "A reason is required to override a priority.")
                ?? (object)new IncidentPriorityOverridden(envelope, priority, Priority, reason.Trim());
        });

    /// <summary>Resolves the incident with a resolution code and notes (both required).</summary>
    /// <param name="by">Who resolves.</param>
    /// <param name="code">How it was resolved.</param>
    /// <param name="notes">The resolution notes.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult Resolve(ActorId by, ResolutionCode code, string notes)
    {
        Preconditions.Defined(code, nameof(code));
        return Execute(by, IncidentTrigger.Resolve, envelope =>
            Required(notes, "Resolution notes are required to resolve an incident.")
                ?? (object)new IncidentResolved(envelope, code, notes.Trim()));
    }

    /// <summary>Reopens a resolved incident (only from Resolved; Closed is final). Counted.</summary>
    /// <param name="by">Who reopens (an agent or the caller).</param>
    /// <param name="reason">Why.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult Reopen(ActorId by, string reason)
        => Execute(by, IncidentTrigger.Reopen, envelope =>
            Required(reason, "A reason is required to reopen an incident.") ?? (object)new IncidentReopened(envelope, reason.Trim()));

    /// <summary>Closes a resolved incident by hand (the caller confirmed, for example).</summary>
    /// <param name="by">Who closes.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult Close(ActorId by)
        => Execute(by, IncidentTrigger.Close, envelope => new IncidentClosed(envelope, false));

    /// <summary>Closes the incident automatically when it has been Resolved for the auto-close delay.</summary>
    /// <param name="by">The system actor that closes.</param>
    /// <returns>The events, or the rejection (<see cref="IncidentRejectionCodes.AutoCloseNotDue"/> before the delay).</returns>
    public CommandResult CloseIfDue(ActorId by)
        => Execute(by, IncidentTrigger.Close, envelope =>
            envelope.OccurredAt < AutoCloseDueAt
                ? Reject(IncidentRejectionCodes.AutoCloseNotDue, $"The incident may be closed automatically from {AutoCloseDueAt}; it is {envelope.OccurredAt}.")
                : new IncidentClosed(envelope, true));

    /// <summary>Cancels the incident (a duplicate, unnecessary, or not an incident).</summary>
    /// <param name="by">Who cancels.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult Cancel(ActorId by, string reason)
        => Execute(by, IncidentTrigger.Cancel, envelope =>
            Required(reason, "A reason is required to cancel an incident.") ?? (object)new IncidentCanceled(envelope, reason.Trim()));

    /// <summary>Makes this incident a child of <paramref name="parent"/>, whose progress it will follow.</summary>
    /// <param name="by">Who links.</param>
    /// <param name="parent">The parent: another open incident that is not itself a child of this one.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult LinkToParent(ActorId by, Incident parent)
    {
        ArgumentNullException.ThrowIfNull(parent);
        return Execute(by, IncidentTrigger.LinkToParent, envelope =>
        {
            var problem = parent.Id == Id ? "an incident cannot be its own parent"
                : parent.Parent == Id ? $"{parent.Id} is a child of this incident"
                : parent.IsFinal ? $"{parent.Id} is {parent.State}"
                : Parent is { } current && current != parent.Id ? $"this incident is already a child of {current}"
                : Parent == parent.Id ? $"this incident is already a child of {parent.Id}"
                : null;
            return problem is null
                ? new IncidentParentLinked(envelope, parent.Id)
                : Reject(IncidentRejectionCodes.InvalidParent, $"{parent.Id} cannot be the parent of {Id}: {problem}.");
        });
    }

    /// <summary>Captures everything the incident knows now as an immutable value.</summary>
    /// <returns>The snapshot.</returns>
    public IncidentSnapshot ToSnapshot() => new()
    {
        Id = Id,
        State = State,
        Version = Version,
        ShortDescription = ShortDescription,
        Description = Description,
        Caller = Caller,
        Channel = Channel,
        Service = Service,
        Offering = Offering,
        ConfigurationItem = ConfigurationItem,
        Category = Category,
        Subcategory = Subcategory,
        Impact = Impact,
        Urgency = Urgency,
        CalculatedPriority = CalculatedPriority,
        PriorityOverride = PriorityOverride,
        AssignmentGroup = AssignmentGroup,
        Assignee = Assignee,
        HoldReason = HoldReason,
        ReopenCount = ReopenCount,
        ReassignmentCount = ReassignmentCount,
        EscalatedTo = EscalatedTo,
        IsMajorIncident = IsMajorIncident,
        ResolutionCode = ResolutionCode,
        ResolutionNotes = ResolutionNotes,
        CancelReason = CancelReason,
        Parent = Parent,
        OpenedAt = OpenedAt,
        UpdatedAt = UpdatedAt,
        ResolvedAt = ResolvedAt,
        ClosedAt = ClosedAt,
    };

    /// <summary>Returns a short description of the incident.</summary>
    /// <returns>Id, state and priority.</returns>
    public override string ToString() => $"{Id} ({State}, {Priority})";

    internal IncidentManagement Practice => _practice;

    // Returns why the event cannot follow the current state, or null after applying it.
    internal string? ApplyFromHistory(IncidentEvent e, int index)
    {
        if (e.Envelope.AggregateId != Id.Value)
        {
            return $"Event {index} belongs to incident {e.Envelope.AggregateId}, not {Id}.";
        }

        if (e.Envelope.Version != Version + 1)
        {
            return $"Event {index} has version {e.Envelope.Version}; version {Version + 1} was expected.";
        }

        if (e is IncidentLogged)
        {
            return $"Event {index} logs the incident again.";
        }

        if (!IncidentLifecycle.Definition.TryFire(this, State, TriggerOf(e), out var destination, out var rejection))
        {
            return $"Event {index} ({e.GetType().Name}, version {e.Envelope.Version}) does not fit the lifecycle: {rejection!.Message}";
        }

        Apply(e, destination);
        return null;
    }

    internal CommandResult FollowParent(ActorId by, Incident parent)
    {
        var events = new List<DomainEvent>(2);
        CommandResult Step(CommandResult result)
        {
            events.AddRange(result.Events);
            return result;
        }

        switch (parent.State)
        {
            case IncidentState.InProgress when State == IncidentState.New && parent.AssignmentGroup is { } group:
                return Assign(by, group, parent.Assignee);
            case IncidentState.InProgress when State == IncidentState.OnHold:
                return Resume(by, $"Work resumed on parent incident {parent.Id}.");
            case IncidentState.OnHold when parent.HoldReason is { } reason && reason != Incidents.HoldReason.AwaitingCaller
                && (State == IncidentState.New || State == IncidentState.InProgress):
                return PutOnHold(by, reason, $"Parent incident {parent.Id} is on hold.");
            case IncidentState.Resolved when State is IncidentState.New or IncidentState.InProgress or IncidentState.OnHold:
                // A child without a group takes the parent's first, so that Resolve's condition holds. Both steps are
                // checked before anything is applied: assignment from these states and resolution right after it
                // cannot be rejected, so no half-applied cascade can happen.
                if (AssignmentGroup is null && State != IncidentState.New)
                {
                    return CommandResult.Rejected(new Rejection(IncidentRejectionCodes.ConditionNotMet, $"Child incident {Id} has no assignment group and is {State}, so it cannot follow {parent.Id} to Resolved."));
                }

                if (AssignmentGroup is null && Step(Assign(by, parent.AssignmentGroup!.Value, parent.Assignee)).IsRejected)
                {
                    throw new InvalidOperationException("Unreachable: assigning a New incident is always permitted.");
                }

                var resolved = Resolve(by, Incidents.ResolutionCode.ResolvedByParent, $"Resolved with parent incident {parent.Id}: {parent.ResolutionNotes}");
                if (resolved.IsRejected)
                {
                    throw new InvalidOperationException("Unreachable: resolving an assigned open incident is always permitted: " + resolved.Rejection);
                }

                Step(resolved);
                return CommandResult.Accepted(events);
            default:
                return CommandResult.Accepted(events);
        }
    }

    private static IncidentTrigger TriggerOf(IncidentEvent e) => e switch
    {
        IncidentAssigned => IncidentTrigger.Assign,
        IncidentReassigned => IncidentTrigger.Reassign,
        IncidentPutOnHold => IncidentTrigger.PutOnHold,
        IncidentResumed => IncidentTrigger.Resume,
        CallerUpdateRecorded => IncidentTrigger.CallerUpdate,
        WorkNoteAdded => IncidentTrigger.AddWorkNote,
        IncidentEscalated => IncidentTrigger.Escalate,
        IncidentReclassified => IncidentTrigger.Reclassify,
        IncidentPriorityOverridden => IncidentTrigger.OverridePriority,
        IncidentResolved => IncidentTrigger.Resolve,
        IncidentReopened => IncidentTrigger.Reopen,
        IncidentClosed => IncidentTrigger.Close,
        IncidentCanceled => IncidentTrigger.Cancel,
        IncidentParentLinked => IncidentTrigger.LinkToParent,
        _ => throw new ArgumentException($"{e.GetType().Name} is not a lifecycle event of an incident.", nameof(e)),
    };

    private static Rejection Reject(string code, string message) => new(code, message);

    private static Rejection? Required(string? text, string message)
        => string.IsNullOrWhiteSpace(text) ? new Rejection(IncidentRejectionCodes.TextRequired, message) : null;

    private static string Describe(AssignmentGroupId group, ActorId? assignee)
        => assignee is { } a ? $"{a} in {group}" : group.ToString();

    private CommandResult Execute(ActorId by, IncidentTrigger trigger, Func<EventEnvelope, object> decide)
        => Execute(by, trigger, (envelope, _) => decide(envelope));

    // One path for every command: lifecycle check, then the command's own rules, then apply. Nothing is mutated before
    // the event exists, so a rejection leaves the incident exactly as it was.
    private CommandResult Execute(ActorId by, IncidentTrigger trigger, Func<EventEnvelope, IncidentState, object> decide)
    {
        Preconditions.NotDefault(by, nameof(by));
        if (!IncidentLifecycle.Definition.TryFire(this, State, trigger, out var destination, out var rejection))
        {
            return CommandResult.Rejected(rejection!);
        }

        switch (decide(_practice.Envelope(this, by), destination))
        {
            case IncidentEvent e:
                Apply(e, destination);
                return CommandResult.Accepted(e);
            case Rejection r:
                return CommandResult.Rejected(r);
            default:
                throw new InvalidOperationException("A command must decide on an event or a rejection.");
        }
    }

    // The fold: one case per event. Destination states come from the lifecycle, never from here.
    private void Apply(IncidentEvent e, IncidentState destination)
    {
        switch (e)
        {
            case IncidentAssigned x:
                AssignmentGroup = x.Group;
                Assignee = x.Assignee;
                break;
            case IncidentReassigned x:
                AssignmentGroup = x.ToGroup;
                Assignee = x.Assignee;
                ReassignmentCount++;
                break;
            case IncidentPutOnHold x:
                HoldReason = x.Reason;
                break;
            case IncidentEscalated x:
                EscalatedTo = x.Manager;
                IsMajorIncident = x.MajorIncident;
                break;
            case IncidentReclassified x:
                Impact = x.Impact;
                Urgency = x.Urgency;
                CalculatedPriority = x.CalculatedPriority;
                Category = x.Category;
                Subcategory = x.Subcategory;
                break;
            case IncidentPriorityOverridden x:
                PriorityOverride = x.Priority;
                break;
            case IncidentResolved x:
                ResolutionCode = x.Code;
                ResolutionNotes = x.Notes;
                ResolvedAt = x.Envelope.OccurredAt;
                break;
            case IncidentReopened:
                ReopenCount++;
                ResolutionCode = null;
                ResolutionNotes = null;
                ResolvedAt = null;
                break;
            case IncidentClosed x:
                ClosedAt = x.Envelope.OccurredAt;
                break;
            case IncidentCanceled x:
                CancelReason = x.Reason;
                ClosedAt = x.Envelope.OccurredAt;
                break;
            case IncidentParentLinked x:
                Parent = x.Parent;
                break;
        }

        if (destination != IncidentState.OnHold)
        {
            HoldReason = null;
        }

        State = destination;
        Version = e.Envelope.Version;
        UpdatedAt = e.Envelope.OccurredAt;
    }
}
