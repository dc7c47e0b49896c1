using System;
using System.Collections.Generic;
using ItilCore.Catalog;
using ItilCore.Configuration;
using ItilCore.Lifecycles;
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
public sealed class Incident : Aggregate<Incident, IncidentState, IncidentTrigger, IncidentEvent>
{
    private readonly IncidentManagement _practice;

    internal Incident(IncidentManagement practice, IncidentLogged logged)
        : base(IncidentLifecycle.Definition.InitialState, logged.Envelope)
    {
        _practice = practice;
        Id = logged.IncidentId;
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
    }

    /// <summary>Gets the incident's id.</summary>
    public IncidentId Id { get; }

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
    public Priority Priority => EffectivePriority(CalculatedPriority, PriorityOverride);

    // The override wins: said here once for the live incident and for its snapshot read as an SLA ticket.
    internal static Priority EffectivePriority(Priority calculated, Priority? priorityOverride) => priorityOverride ?? calculated;

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

    /// <summary>
    /// Gets whether the incident is handled as a major incident: declared by <see cref="Escalate"/>, withdrawn by
    /// <see cref="DemoteMajorIncident"/>.
    /// </summary>
    public bool IsMajorIncident { get; private set; }

    /// <summary>Gets the resolution code while Resolved or Closed after resolution.</summary>
    public ResolutionCode? ResolutionCode { get; private set; }

    /// <summary>Gets the resolution notes while Resolved or Closed after resolution.</summary>
    public string? ResolutionNotes { get; private set; }

    /// <summary>Gets why the incident was canceled.</summary>
    public string? CancelReason { get; private set; }

    /// <summary>Gets the parent incident, if this is a child.</summary>
    public IncidentId? Parent { get; private set; }

    /// <summary>
    /// Gets the problem that causes the incident (ServiceNow's <c>problem_id</c>), set by <see cref="LinkToProblem"/> or
    /// by putting the incident on hold awaiting a named problem; <see langword="null"/> when none is known. It is kept
    /// through resolution and reopening.
    /// </summary>
    public ProblemId? Problem { get; private set; }

    /// <summary>
    /// Gets the change request that fixes the incident (ServiceNow's <c>rfc</c>), set by <see cref="LinkToChange"/> or by
    /// putting the incident on hold awaiting a named change; <see langword="null"/> when none is known. It is kept
    /// through resolution and reopening.
    /// </summary>
    public ChangeId? Change { get; private set; }

    /// <summary>Gets when the incident was logged.</summary>
    public Instant OpenedAt { get; }

    /// <summary>Gets when the incident was last resolved.</summary>
    public Instant? ResolvedAt { get; private set; }

    /// <summary>Gets when the incident was closed or canceled.</summary>
    public Instant? ClosedAt { get; private set; }

    /// <summary>
    /// Gets when the incident may be closed automatically, while it is Resolved; <see langword="null"/> otherwise, and
    /// when the auto-close delay reaches beyond the end of time (a delay such as <see cref="Duration.MaxValue"/> means never).
    /// </summary>
    public Instant? AutoCloseDueAt
        => State == IncidentState.Resolved && ResolvedAt is { } resolved && _practice.Options.AutoCloseAfter < Instant.MaxValue - resolved
            ? resolved + _practice.Options.AutoCloseAfter
            : null;

    /// <summary>Gets whether the incident is Closed or Canceled.</summary>
    public bool IsFinal => State is IncidentState.Closed or IncidentState.Canceled;

    /// <summary>Lists the commands possible now (lifecycle only; a command may still be rejected for its data).</summary>
    /// <returns>The triggers.</returns>
    public IReadOnlyList<IncidentTrigger> PermittedTriggers() => IncidentLifecycle.Definition.PermittedTriggers(this, State);

    /// <summary>Assigns the incident to a group and optionally a person. From New, work starts (In Progress).</summary>
    /// <param name="by">Who assigns.</param>
    /// <param name="group">The group; once assigned, the same group (use <see cref="Reassign"/> to move to another group).</param>
    /// <param name="assignee">The person, or <see langword="null"/> to leave the incident with the group only.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult Assign(ActorId by, AssignmentGroupId group, ActorId? assignee = null) => AssignAt(by, group, assignee, null);

    // With at, a command of several events stamps them all with one clock reading (see FollowParent).
    private CommandResult AssignAt(ActorId by, AssignmentGroupId group, ActorId? assignee, Instant? at)
        => Execute(
            by,
            IncidentTrigger.Assign,
            (Group: Preconditions.NotDefault(group, nameof(group)), Assignee: Preconditions.NotDefaultIfGiven(assignee, nameof(assignee))),
            static (i, a) => i.AssignmentGroup is { } current && current != a.Group
                ? Reject(IncidentRejectionCodes.UseReassign, $"The incident is assigned to {current}; moving it to {a.Group} is a reassignment: use Reassign with a reason.")
                : i.AssignmentGroup == a.Group && i.Assignee == a.Assignee
                    ? Reject(IncidentRejectionCodes.NoChange, $"The incident is already assigned to {Describe(a.Group, a.Assignee)}.")
                    : null,
            static (e, i, a) => new IncidentAssigned(e, a.Group, a.Assignee),
            at);

    /// <summary>Functional escalation: moves the incident to another assignment group, with a reason. Counted.</summary>
    /// <param name="by">Who reassigns.</param>
    /// <param name="group">The new group.</param>
    /// <param name="reason">Why.</param>
    /// <param name="assignee">The new assignee, if any.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult Reassign(ActorId by, AssignmentGroupId group, string reason, ActorId? assignee = null)
        => Execute(
            by,
            IncidentTrigger.Reassign,
            (Group: Preconditions.NotDefault(group, nameof(group)), Reason: reason, Assignee: Preconditions.NotDefaultIfGiven(assignee, nameof(assignee))),
            static (i, a) => i.AssignmentGroup == a.Group
                ? Reject(IncidentRejectionCodes.SameGroup, $"The incident is already assigned to {a.Group}; reassignment needs another group.")
                : Required(a.Reason, "A reason is required to reassign an incident."),
            static (e, i, a) => new IncidentReassigned(e, i.AssignmentGroup!.Value, a.Group, a.Assignee, a.Reason.Trim()));

    /// <summary>
    /// Puts the incident on hold. Awaiting the caller needs a comment to the caller. Awaiting a problem or a change may
    /// name which one; the incident is then linked to it (<see cref="Problem"/>, <see cref="Change"/>), as
    /// <see cref="LinkToProblem"/> and <see cref="LinkToChange"/> would.
    /// </summary>
    /// <param name="by">Who puts it on hold.</param>
    /// <param name="reason">Why it waits.</param>
    /// <param name="comment">The comment; required for <see cref="Incidents.HoldReason.AwaitingCaller"/>.</param>
    /// <param name="problem">The problem waited on; only with <see cref="Incidents.HoldReason.AwaitingProblem"/>.</param>
    /// <param name="change">The change waited on; only with <see cref="Incidents.HoldReason.AwaitingChange"/>.</param>
    /// <returns>
    /// The events, or the rejection (<see cref="IncidentRejectionCodes.HoldReferenceMismatch"/> when a problem or change
    /// is named with another reason).
    /// </returns>
    /// <exception cref="ArgumentException">The reason is undefined, or a problem or change id given is empty (default).</exception>
    public CommandResult PutOnHold(ActorId by, HoldReason reason, string? comment = null, ProblemId? problem = null, ChangeId? change = null)
        => Execute(
            by,
            IncidentTrigger.PutOnHold,
            (Reason: Preconditions.Defined(reason, nameof(reason)), Comment: comment, Problem: Preconditions.NotDefaultIfGiven(problem, nameof(problem)), Change: Preconditions.NotDefaultIfGiven(change, nameof(change))),
            static (i, a) => a.Problem is { } p && a.Reason != Incidents.HoldReason.AwaitingProblem
                ? Reject(IncidentRejectionCodes.HoldReferenceMismatch, $"A problem ({p}) can be named only with the hold reason Awaiting Problem, not {Words.Of(a.Reason)}.")
                : a.Change is { } c && a.Reason != Incidents.HoldReason.AwaitingChange
                    ? Reject(IncidentRejectionCodes.HoldReferenceMismatch, $"A change ({c}) can be named only with the hold reason Awaiting Change, not {Words.Of(a.Reason)}.")
                    : a.Reason == Incidents.HoldReason.AwaitingCaller
                        ? Required(a.Comment, "A comment to the caller is required to put an incident on hold awaiting the caller.")
                        : null,
            static (e, i, a) => new IncidentPutOnHold(e, a.Reason, a.Comment?.Trim(), a.Problem, a.Change));

    /// <summary>
    /// Links the incident to the problem that causes it (ServiceNow's <c>problem_id</c>), replacing an earlier link.
    /// Possible on an open or resolved incident. The problem's own list of incidents is kept by problem management
    /// (<see cref="ProblemId"/> is all this layer knows of problems).
    /// </summary>
    /// <param name="by">Who links.</param>
    /// <param name="problem">The problem.</param>
    /// <returns>The events, or the rejection (<see cref="IncidentRejectionCodes.NoChange"/> when already linked to it).</returns>
    /// <exception cref="ArgumentException">The problem id is empty (default).</exception>
    public CommandResult LinkToProblem(ActorId by, ProblemId problem)
        => Execute(
            by,
            IncidentTrigger.LinkToProblem,
            Preconditions.NotDefault(problem, nameof(problem)),
            static (i, p) => i.Problem == p ? Reject(IncidentRejectionCodes.NoChange, $"The incident is already linked to problem {p}.") : null,
            static (e, i, p) => new IncidentProblemLinked(e, p));

    /// <summary>
    /// Links the incident to the change request that fixes it (ServiceNow's <c>rfc</c>), replacing an earlier link.
    /// Possible on an open or resolved incident.
    /// </summary>
    /// <param name="by">Who links.</param>
    /// <param name="change">The change request.</param>
    /// <returns>The events, or the rejection (<see cref="IncidentRejectionCodes.NoChange"/> when already linked to it).</returns>
    /// <exception cref="ArgumentException">The change id is empty (default).</exception>
    public CommandResult LinkToChange(ActorId by, ChangeId change)
        => Execute(
            by,
            IncidentTrigger.LinkToChange,
            Preconditions.NotDefault(change, nameof(change)),
            static (i, c) => i.Change == c ? Reject(IncidentRejectionCodes.NoChange, $"The incident is already linked to change {c}.") : null,
            static (e, i, c) => new IncidentChangeLinked(e, c));

    /// <summary>Resumes work after a hold.</summary>
    /// <param name="by">Who resumes.</param>
    /// <param name="comment">A comment, if any.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult Resume(ActorId by, string? comment = null)
        => Execute(by, IncidentTrigger.Resume, comment, static (i, c) => null, static (e, i, c) => new IncidentResumed(e, c?.Trim()));

    /// <summary>Records an update from the caller. When the incident awaits the caller, work resumes (In Progress).</summary>
    /// <param name="by">Who records it (usually the caller).</param>
    /// <param name="text">What the caller said.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult RecordCallerUpdate(ActorId by, string text)
        => Execute(
            by,
            IncidentTrigger.CallerUpdate,
            text,
            static (i, t) => Required(t, "A caller update needs text."),
            static (e, i, t) => new CallerUpdateRecorded(e, t.Trim(), i.State == IncidentState.OnHold && i.HoldReason == Incidents.HoldReason.AwaitingCaller));

    /// <summary>Records a work note.</summary>
    /// <param name="by">Who writes it.</param>
    /// <param name="text">The note.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult AddWorkNote(ActorId by, string text) => AddWorkNoteAt(by, text, null);

    // With at, the note is stamped with a clock reading its caller already checked (a problem's workaround communication).
    internal CommandResult AddWorkNoteAt(ActorId by, string text, Instant? at)
        => Execute(by, IncidentTrigger.AddWorkNote, text, static (i, t) => Required(t, "A work note needs text."), static (e, i, t) => new WorkNoteAdded(e, t.Trim()), at);

    /// <summary>
    /// Hierarchical escalation: brings the incident to a manager, optionally declaring a major incident. Escalation only
    /// ever declares: with <paramref name="majorIncident"/> <see langword="false"/> a major incident stays a major incident
    /// (the escalation is recorded, the declaration kept); withdraw a declaration with <see cref="DemoteMajorIncident"/>.
    /// </summary>
    /// <param name="by">Who escalates.</param>
    /// <param name="manager">The manager.</param>
    /// <param name="reason">Why.</param>
    /// <param name="majorIncident">Whether to declare a major incident; <see langword="false"/> leaves <see cref="IsMajorIncident"/> as it is.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult Escalate(ActorId by, ActorId manager, string reason, bool majorIncident = false)
        => Execute(
            by,
            IncidentTrigger.Escalate,
            (Manager: Preconditions.NotDefault(manager, nameof(manager)), Reason: reason, Major: majorIncident),
            static (i, a) => Required(a.Reason, "A reason is required to escalate an incident."),
            static (e, i, a) => new IncidentEscalated(e, a.Manager, a.Reason.Trim(), a.Major || i.IsMajorIncident));

    /// <summary>
    /// Withdraws a major incident declaration (a mistaken declaration, or the impact turned out smaller): the incident is
    /// handled as an ordinary incident again, so <see cref="MajorIncident"/> SLA conditions stop matching it. Priority,
    /// assignment and <see cref="EscalatedTo"/> are unchanged. Possible wherever <see cref="Escalate"/> is (New, In
    /// Progress, On Hold); a later <see cref="Escalate"/> may declare it again.
    /// </summary>
    /// <param name="by">Who withdraws the declaration (usually the major incident manager).</param>
    /// <param name="reason">Why; required.</param>
    /// <returns>The events, or the rejection: <see cref="IncidentRejectionCodes.NotMajorIncident"/> when the incident is
    /// not a major incident, <see cref="IncidentRejectionCodes.TextRequired"/> without a reason.</returns>
    public CommandResult DemoteMajorIncident(ActorId by, string reason)
        => Execute(
            by,
            IncidentTrigger.DemoteMajorIncident,
            reason,
            static (i, r) => !i.IsMajorIncident
                ? Reject(IncidentRejectionCodes.NotMajorIncident, $"{i.Id} is not a major incident; there is no declaration to withdraw.")
                : Required(r, "A reason is required to withdraw a major incident declaration."),
            static (e, i, r) => new MajorIncidentDemoted(e, r.Trim()));

    /// <summary>Changes impact, urgency and category; the matrix priority is recalculated (an override stays in force).</summary>
    /// <param name="by">Who reclassifies.</param>
    /// <param name="impact">The new impact.</param>
    /// <param name="urgency">The new urgency.</param>
    /// <param name="category">The new category (<see langword="null"/> keeps the current one).</param>
    /// <param name="subcategory">
    /// The new subcategory. <see langword="null"/> keeps the current one while the category stays, and clears it when the
    /// category changes: a subcategory belongs to its category (ServiceNow's dependent field), so "network" never keeps
    /// "outlook".
    /// </param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult Reclassify(ActorId by, Impact impact, Urgency urgency, string? category = null, string? subcategory = null)
        => Execute(
            by,
            IncidentTrigger.Reclassify,
            (Impact: impact, Urgency: urgency, Category: category?.Trim(), Subcategory: subcategory?.Trim()),
            static (i, a) => !i._practice.PriorityMatrix.Contains(a.Impact) || !i._practice.PriorityMatrix.Contains(a.Urgency)
                ? i._practice.OutOfMatrix(a.Impact, a.Urgency)
                : IncidentManagement.BlankCategory(a.Category, a.Subcategory) is { } blank
                    ? blank
                : a.Impact == i.Impact && a.Urgency == i.Urgency && (a.Category ?? i.Category) == i.Category && NewSubcategory(i, a.Category, a.Subcategory) == i.Subcategory
                    ? Reject(IncidentRejectionCodes.NoChange, "Impact, urgency and category are already as given.")
                    : null,
            static (e, i, a) => new IncidentReclassified(e, a.Impact, a.Urgency, i._practice.PriorityMatrix.Calculate(a.Impact, a.Urgency), a.Category ?? i.Category, NewSubcategory(i, a.Category, a.Subcategory)));

    // The subcategory a reclassification leaves: the one given, else the current one while the category stays (a new
    // category clears it).
    private static string? NewSubcategory(Incident incident, string? category, string? subcategory)
        => subcategory ?? (category is not null && category != incident.Category ? null : incident.Subcategory);

    /// <summary>Overrides the matrix priority with an explicit, audited priority; <see langword="null"/> removes the override.</summary>
    /// <param name="by">Who overrides.</param>
    /// <param name="priority">The priority, or <see langword="null"/> to return to the matrix priority.</param>
    /// <param name="reason">Why; required.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult OverridePriority(ActorId by, Priority? priority, string reason)
        => Execute(
            by,
            IncidentTrigger.OverridePriority,
            (Priority: priority, Reason: reason),
            static (i, a) => a.Priority is { } p && i._practice.PriorityMatrix.WhyOffScale(p) is { } offScale
                ? Reject(IncidentRejectionCodes.OutOfMatrix, $"The priority cannot be overridden: {offScale}.")
                : a.Priority == i.PriorityOverride
                    ? Reject(IncidentRejectionCodes.NoChange, a.Priority is null ? "The incident has no priority override to remove." : $"The priority is already overridden to {a.Priority}.")
                    : Required(a.Reason, "A reason is required to override a priority."),
            static (e, i, a) => new IncidentPriorityOverridden(e, a.Priority, i.Priority, a.Reason.Trim()));

    /// <summary>Resolves the incident with a resolution code and notes (both required).</summary>
    /// <param name="by">Who resolves.</param>
    /// <param name="code">How it was resolved; <see cref="Incidents.ResolutionCode.ResolvedByParent"/> only for a child incident.</param>
    /// <param name="notes">The resolution notes.</param>
    /// <returns>
    /// The events, or the rejection (<see cref="IncidentRejectionCodes.NotAChild"/> for
    /// <see cref="Incidents.ResolutionCode.ResolvedByParent"/> on an incident without a parent).
    /// </returns>
    public CommandResult Resolve(ActorId by, ResolutionCode code, string notes) => ResolveAt(by, code, notes, null);

    // With at, the resolution is stamped with a clock reading its caller already checked (a parent's or a problem's).
    internal CommandResult ResolveAt(ActorId by, ResolutionCode code, string notes, Instant? at)
        => Execute(
            by,
            IncidentTrigger.Resolve,
            (Code: Preconditions.Defined(code, nameof(code)), Notes: notes),
            static (i, a) => a.Code == Incidents.ResolutionCode.ResolvedByParent && i.Parent is null
                ? Reject(IncidentRejectionCodes.NotAChild, $"{i.Id} is not a child incident, so it cannot be resolved by a parent; choose another resolution code.")
                : Required(a.Notes, "Resolution notes are required to resolve an incident."),
            static (e, i, a) => new IncidentResolved(e, a.Code, a.Notes.Trim()),
            at);

    /// <summary>Reopens a resolved incident (only from Resolved; Closed is final). Counted.</summary>
    /// <param name="by">Who reopens (an agent or the caller).</param>
    /// <param name="reason">Why.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult Reopen(ActorId by, string reason)
        => Execute(by, IncidentTrigger.Reopen, reason, static (i, r) => Required(r, "A reason is required to reopen an incident."), static (e, i, r) => new IncidentReopened(e, r.Trim()));

    /// <summary>Closes a resolved incident by hand (the caller confirmed, for example).</summary>
    /// <param name="by">Who closes.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult Close(ActorId by)
        => Execute(by, IncidentTrigger.Close, false, static (i, _) => null, static (e, i, automatic) => new IncidentClosed(e, automatic));

    /// <summary>Closes the incident automatically when it has been Resolved for the auto-close delay.</summary>
    /// <param name="by">The system actor that closes.</param>
    /// <returns>The events, or the rejection (<see cref="IncidentRejectionCodes.AutoCloseNotDue"/> before the delay).</returns>
    public CommandResult CloseIfDue(ActorId by)
        => Execute(
            by,
            IncidentTrigger.Close,
            true,

            // A rule that judges the time: the one clock reading it judges also stamps the event (Close is possible only
            // from Resolved, so the due instant is known unless the delay reaches beyond the end of time).
            static (i, _, now) => i.AutoCloseDueAt is not { } due
                ? Reject(IncidentRejectionCodes.AutoCloseNotDue, $"The incident is never closed automatically: the auto-close delay ({i._practice.Options.AutoCloseAfter}) reaches beyond the end of time.")
                : now < due
                    ? Reject(IncidentRejectionCodes.AutoCloseNotDue, $"The incident may be closed automatically from {due}; it is {now}.")
                    : null,
            static (e, i, automatic) => new IncidentClosed(e, automatic));

    /// <summary>Cancels the incident (a duplicate, unnecessary, or not an incident).</summary>
    /// <param name="by">Who cancels.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult Cancel(ActorId by, string reason)
        => Execute(by, IncidentTrigger.Cancel, reason, static (i, r) => Required(r, "A reason is required to cancel an incident."), static (e, i, r) => new IncidentCanceled(e, r.Trim()));

    /// <summary>
    /// Makes this incident a child of <paramref name="parent"/>, whose progress it then follows when the practice propagates
    /// it (<see cref="IncidentManagement.PropagateToChildren"/>). The parent must be open and must not itself be a child,
    /// so parent links never form a chain back to this incident.
    /// </summary>
    /// <param name="by">Who links.</param>
    /// <param name="parent">The parent.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult LinkToParent(ActorId by, Incident parent)
        => Execute(
            by,
            IncidentTrigger.LinkToParent,
            Preconditions.NotNull(parent, nameof(parent)),
            static (i, p) => (p.Id == i.Id ? "an incident cannot be its own parent"
                    : p.Parent is { } grandparent ? $"{p.Id} is itself a child of {grandparent}"
                    : p.IsFinal ? $"{p.Id} is {Words.Of(p.State)}"
                    : i.Parent is { } current ? $"this incident is already a child of {current}"
                    : null) is { } problem
                ? Reject(IncidentRejectionCodes.InvalidParent, $"{p.Id} cannot be the parent of {i.Id}: {problem}.")
                : null,
            static (e, i, p) => new IncidentParentLinked(e, p.Id));

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
        Problem = Problem,
        Change = Change,
        OpenedAt = OpenedAt,
        UpdatedAt = UpdatedAt,
        ResolvedAt = ResolvedAt,
        ClosedAt = ClosedAt,
    };

    /// <summary>Returns a short description of the incident.</summary>
    /// <returns>Id, state and priority.</returns>
    public override string ToString() => $"{Id} ({State}, {Priority})";

    internal IncidentManagement Practice => _practice;

    // ServiceNow's rule: children follow their parent to In Progress, On Hold (except awaiting the caller) and Resolved,
    // and are never closed by it. A child waiting for its own caller keeps waiting.
    internal CommandResult FollowParent(ActorId by, Incident parent)
    {
        switch (parent.State)
        {
            case IncidentState.InProgress when State == IncidentState.New:
                return Assign(by, parent.AssignmentGroup!.Value, parent.Assignee);
            case IncidentState.InProgress when State == IncidentState.OnHold && HoldReason != Incidents.HoldReason.AwaitingCaller:
                return Resume(by, $"Work resumed on parent incident {parent.Id}.");
            case IncidentState.OnHold when parent.HoldReason != Incidents.HoldReason.AwaitingCaller && State == IncidentState.InProgress:
                return PutOnHold(by, parent.HoldReason!.Value, $"Parent incident {parent.Id} is on hold.");
            case IncidentState.Resolved when State is IncidentState.New or IncidentState.InProgress or IncidentState.OnHold:
                // A New child is assigned to the parent's group first, so that it can be resolved. With one clock reading,
                // checked first and stamped on both events, neither step can be rejected from these states (assignment from
                // New, resolution with notes from In Progress or On Hold): the child is never left assigned but not resolved.
                var now = Clock.GetCurrentInstant();
                if (ClockBehind(now) is { } behind)
                {
                    return CommandResult.Rejected(behind);
                }

                var events = new List<DomainEvent>(2);
                if (State == IncidentState.New)
                {
                    events.AddRange(AssignAt(by, parent.AssignmentGroup!.Value, parent.Assignee, now).ThrowIfRejected());
                }

                events.AddRange(ResolveAt(by, Incidents.ResolutionCode.ResolvedByParent, $"Resolved with parent incident {parent.Id}: {parent.ResolutionNotes}", now).ThrowIfRejected());
                return CommandResult.Accepted(events);
            default:
                return CommandResult.Accepted([]);
        }
    }

    /// <inheritdoc />
    private protected override Lifecycle<IncidentState, IncidentTrigger, Incident> Governing => IncidentLifecycle.Definition;

    /// <inheritdoc />
    private protected override string IdText => Id.Value;

    /// <inheritdoc />
    private protected override IClock Clock => _practice.Clock;

    /// <inheritdoc />
    private protected override string ClockBehindCode => IncidentRejectionCodes.ClockBehind;

    /// <inheritdoc />
    private protected override EventEnvelope NextEnvelope(ActorId by, Instant now) => _practice.Envelope(this, by, now);

    /// <inheritdoc />
    private protected override bool Creates(IncidentEvent e) => e is IncidentLogged;

    private protected override IncidentTrigger TriggerOf(IncidentEvent e) => e switch
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
        IncidentProblemLinked => IncidentTrigger.LinkToProblem,
        IncidentChangeLinked => IncidentTrigger.LinkToChange,
        MajorIncidentDemoted => IncidentTrigger.DemoteMajorIncident,
        _ => throw new ArgumentException($"{e.GetType().Name} is not a lifecycle event of an incident.", nameof(e)),
    };

    private static Rejection Reject(string code, string message) => new(code, message);

    private static Rejection? Required(string? text, string message)
        => string.IsNullOrWhiteSpace(text) ? new Rejection(IncidentRejectionCodes.TextRequired, message) : null;

    private static string Describe(AssignmentGroupId group, ActorId? assignee)
        => assignee is { } a ? $"{a} in {group}" : group.ToString();

    // The fold: one case per event. Destination states come from the lifecycle, never from here.
    private protected override void Apply(IncidentEvent e, IncidentState destination)
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
                Problem = x.Problem ?? Problem;
                Change = x.Change ?? Change;
                break;
            case IncidentProblemLinked x:
                Problem = x.Problem;
                break;
            case IncidentChangeLinked x:
                Change = x.Change;
                break;
            case IncidentEscalated x:
                EscalatedTo = x.Manager;
                IsMajorIncident = x.MajorIncident;
                break;
            case MajorIncidentDemoted:
                IsMajorIncident = false;
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

    }
}
