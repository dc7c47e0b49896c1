using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ItilCore.Catalog;
using ItilCore.Configuration;
using ItilCore.Incidents;
using ItilCore.Lifecycles;
using NodaTime;

namespace ItilCore.Problems;

/// <summary>
/// A problem: a cause, or potential cause, of one or more incidents. Commands are methods that return a
/// <see cref="CommandResult"/>: the events they recorded, or a <see cref="Rejection"/> that changed nothing.
/// </summary>
/// <remarks>
/// Not thread-safe: use one problem from one thread at a time (different problems may be used from different threads at
/// once; they share only the immutable <see cref="ProblemManagement"/> and lifecycle). The problem keeps no event list;
/// persist the events each command returns, and rebuild with <see cref="ProblemManagement.Rebuild"/>.
/// </remarks>
public sealed class Problem : Aggregate<Problem, ProblemState, ProblemTrigger, ProblemEvent>
{
    private readonly ProblemManagement _practice;
    private readonly List<IncidentId> _linkedIncidents;
    private readonly HashSet<IncidentId> _linkedSet;
    private readonly List<ChangeId> _changes = [];
    private readonly List<ProblemId> _mergedDuplicates = [];

    internal Problem(ProblemManagement practice, ProblemLogged logged)
        : base(ProblemLifecycle.Definition.InitialState, logged.Envelope)
    {
        _practice = practice;
        Id = logged.ProblemId;
        ShortDescription = logged.ShortDescription;
        Description = logged.Description;
        Source = logged.Source;
        SourceReference = logged.SourceReference;
        Service = logged.Service;
        ConfigurationItem = logged.ConfigurationItem;
        Category = logged.Category;
        Impact = logged.Impact;
        Probability = logged.Probability;
        Priority = logged.Priority;
        _linkedIncidents = [.. logged.Evidence];
        _linkedSet = [.. logged.Evidence];
        OpenedAt = logged.Envelope.OccurredAt;
    }

    /// <summary>Gets the problem's id.</summary>
    public ProblemId Id { get; }

    /// <summary>Gets the one-line summary.</summary>
    public string ShortDescription { get; }

    /// <summary>Gets the full description.</summary>
    public string? Description { get; }

    /// <summary>Gets where the problem was identified.</summary>
    public ProblemSource Source { get; }

    /// <summary>Gets the supplier bulletin, partner notice, defect or analysis the problem came from.</summary>
    public string? SourceReference { get; }

    /// <summary>Gets the affected catalogued service.</summary>
    public ServiceId? Service { get; }

    /// <summary>Gets the affected configuration item.</summary>
    public ConfigurationItemId? ConfigurationItem { get; }

    /// <summary>Gets the category.</summary>
    public string? Category { get; }

    /// <summary>Gets the impact.</summary>
    public Impact Impact { get; private set; }

    /// <summary>Gets the probability.</summary>
    public Probability Probability { get; private set; }

    /// <summary>Gets the priority: the risk matrix's cell for impact and probability.</summary>
    public Priority Priority { get; private set; }

    /// <summary>Gets the problem group.</summary>
    public AssignmentGroupId? AssignmentGroup { get; private set; }

    /// <summary>Gets the problem owner.</summary>
    public ActorId? Assignee { get; private set; }

    /// <summary>Gets the linked incidents (the evidence), in link order.</summary>
    public IReadOnlyList<IncidentId> LinkedIncidents => _linkedIncidents;

    /// <summary>Gets the root cause, once recorded.</summary>
    public string? RootCause { get; private set; }

    /// <summary>Gets the workaround, once documented.</summary>
    public string? Workaround { get; private set; }

    /// <summary>Gets how often the workaround was communicated to incidents.</summary>
    public int WorkaroundCommunications { get; private set; }

    /// <summary>Gets the known error, once recorded; it follows later changes of root cause and workaround.</summary>
    public KnownError? KnownError { get; private set; }

    /// <summary>Gets the change requests raised from the known error, in order.</summary>
    public IReadOnlyList<ChangeId> ChangeRequests => _changes;

    /// <summary>Gets the permanent solution, once recorded.</summary>
    public string? PermanentSolution { get; private set; }

    /// <summary>Gets how the problem ended, while Resolved, Closed, Canceled or Duplicate.</summary>
    public ProblemResolutionCode? ResolutionCode { get; private set; }

    /// <summary>Gets the notes of the resolution, risk acceptance or cancellation.</summary>
    public string? ResolutionNotes { get; private set; }

    /// <summary>Gets how the fix was verified, once closed after a fix.</summary>
    public string? Verification { get; private set; }

    /// <summary>Gets the master problem, when this one is a duplicate.</summary>
    public ProblemId? Master { get; private set; }

    /// <summary>
    /// Gets the duplicates merged into this problem, in order, each followed by those merged into it before: the
    /// problems whose incidents came here with a merge, still naming them.
    /// </summary>
    public IReadOnlyList<ProblemId> MergedDuplicates => _mergedDuplicates;

    /// <summary>Gets how often the problem was re-analysed.</summary>
    public int ReanalysisCount { get; private set; }

    /// <summary>Gets when the problem was logged.</summary>
    public Instant OpenedAt { get; }

    /// <summary>Gets when the problem was resolved; <see langword="null"/> before it is, and again after a re-analysis (<see cref="ReanalysisCount"/> counts those).</summary>
    public Instant? ResolvedAt { get; private set; }

    /// <summary>Gets when the problem was closed, canceled or marked a duplicate.</summary>
    public Instant? ClosedAt { get; private set; }

    /// <summary>Gets whether the problem is Canceled or Duplicate: the terminal states.</summary>
    public bool IsFinal => State is ProblemState.Canceled or ProblemState.Duplicate;

    internal ProblemManagement Practice => _practice;

    /// <summary>Lists the commands possible now (lifecycle only; a command may still be rejected for its data).</summary>
    /// <returns>The triggers.</returns>
    public IReadOnlyList<ProblemTrigger> PermittedTriggers() => ProblemLifecycle.Definition.PermittedTriggers(this, State);

    /// <summary>Tells whether an incident is linked to the problem.</summary>
    /// <param name="incident">The incident.</param>
    /// <returns><see langword="true"/> when it is linked.</returns>
    public bool IsLinked(IncidentId incident) => _linkedSet.Contains(incident);

    /// <summary>Assigns the problem for assessment to a group and optionally a problem owner (New → Assess); <see cref="Reassign"/> changes them later.</summary>
    /// <param name="by">Who assigns.</param>
    /// <param name="group">The problem group.</param>
    /// <param name="assignee">The problem owner, if any.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult Assess(ActorId by, AssignmentGroupId group, ActorId? assignee = null)
        => Execute(
            by,
            ProblemTrigger.Assess,
            (Group: Preconditions.NotDefault(group, nameof(group)), Assignee: Preconditions.NotDefaultIfGiven(assignee, nameof(assignee))),
            static (p, a) => null,
            static (e, p, a) => new ProblemAssessed(e, a.Group, a.Assignee));

    /// <summary>
    /// Moves the problem to another problem group or owner, with a reason, while it is worked: in Assess, Root Cause
    /// Analysis or Fix in Progress (the state does not change). Not in New (use <see cref="Assess"/>), nor once the
    /// problem is Resolved, Closed, Canceled or Duplicate; re-analyse a resolved or closed problem first.
    /// </summary>
    /// <param name="by">Who reassigns.</param>
    /// <param name="group">The problem group: another one, or the current one to change only the owner.</param>
    /// <param name="reason">Why.</param>
    /// <param name="assignee">The new problem owner, or <see langword="null"/> to leave the problem with the group only.</param>
    /// <returns>
    /// The events, or the rejection (<see cref="ProblemRejectionCodes.NoChange"/> when the group and owner are already as
    /// given, <see cref="ProblemRejectionCodes.TextRequired"/> without a reason).
    /// </returns>
    /// <exception cref="ArgumentException">The group, or an owner given, is empty (default).</exception>
    public CommandResult Reassign(ActorId by, AssignmentGroupId group, string reason, ActorId? assignee = null)
        => Execute(
            by,
            ProblemTrigger.Reassign,
            (Group: Preconditions.NotDefault(group, nameof(group)), Reason: reason, Assignee: Preconditions.NotDefaultIfGiven(assignee, nameof(assignee))),
            static (p, a) => p.AssignmentGroup == a.Group && p.Assignee == a.Assignee
                ? Reject(ProblemRejectionCodes.NoChange, $"The problem is already assigned to {Describe(a.Group, a.Assignee)}; reassignment needs another group or owner.")
                : Required(a.Reason, "A reason is required to reassign a problem."),
            static (e, p, a) => new ProblemReassigned(e, p.AssignmentGroup!.Value, a.Group, p.Assignee, a.Assignee, a.Reason.Trim()));

    /// <summary>Confirms the problem and starts root-cause analysis (Assess → Root Cause Analysis).</summary>
    /// <param name="by">Who confirms.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult StartRootCauseAnalysis(ActorId by)
        => Execute(by, ProblemTrigger.StartRootCauseAnalysis, 0, static (p, _) => null, static (e, p, _) => new RootCauseAnalysisStarted(e));

    /// <summary>Re-assesses impact and probability; the risk matrix gives the new priority.</summary>
    /// <param name="by">Who re-assesses.</param>
    /// <param name="impact">The impact, on the risk matrix.</param>
    /// <param name="probability">The probability, on the risk matrix.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult Reprioritize(ActorId by, Impact impact, Probability probability)
        => Execute(
            by,
            ProblemTrigger.Reprioritize,
            (Impact: impact, Probability: probability),
            static (p, a) => p._practice.CheckRisk(a.Impact, a.Probability)
                ?? (a.Impact == p.Impact && a.Probability == p.Probability
                    ? Reject(ProblemRejectionCodes.NoChange, "Impact and probability are already as given.")
                    : null),
            static (e, p, a) => new ProblemReprioritized(e, a.Impact, a.Probability, p._practice.RiskPriority(a.Impact, a.Probability)));

    /// <summary>Links an incident to the problem as evidence.</summary>
    /// <param name="by">Who links.</param>
    /// <param name="incident">The incident.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult LinkIncident(ActorId by, IncidentId incident)
        => Execute(
            by,
            ProblemTrigger.LinkIncident,
            Preconditions.NotDefault(incident, nameof(incident)),
            static (p, i) => p._linkedSet.Contains(i) ? Reject(ProblemRejectionCodes.AlreadyLinked, $"Incident {i} is already linked to problem {p.Id}.") : null,
            static (e, p, i) => new ProblemIncidentLinked(e, i));

    /// <summary>Records the root cause found by analysis (it replaces an earlier one and updates the known error).</summary>
    /// <param name="by">Who records it.</param>
    /// <param name="rootCause">The root cause.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult RecordRootCause(ActorId by, string rootCause)
        => Execute(
            by,
            ProblemTrigger.RecordRootCause,
            rootCause,
            static (p, t) => Required(t, "A root cause needs text.") ?? Same(t, p.RootCause, "root cause"),
            static (e, p, t) => new RootCauseRecorded(e, t.Trim()));

    /// <summary>Documents a workaround (it replaces an earlier one and updates the known error).</summary>
    /// <param name="by">Who documents it.</param>
    /// <param name="workaround">The workaround.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult DocumentWorkaround(ActorId by, string workaround)
        => Execute(
            by,
            ProblemTrigger.DocumentWorkaround,
            workaround,
            static (p, t) => Required(t, "A workaround needs text.") ?? Same(t, p.Workaround, "workaround"),
            static (e, p, t) => new WorkaroundDocumented(e, t.Trim()));

    /// <summary>
    /// Records that the workaround was communicated to every linked incident. To also put it on the incidents (a work
    /// note on each), use <see cref="ProblemManagement.CommunicateWorkaround"/>, which calls this.
    /// </summary>
    /// <param name="by">Who communicates.</param>
    /// <returns>The events, or the rejection (<see cref="ProblemRejectionCodes.NoRecipients"/> without linked incidents).</returns>
    public CommandResult CommunicateWorkaround(ActorId by) => CommunicateWorkaroundTo(by, _linkedIncidents.ToArray(), null);

    /// <summary>
    /// Records a known error from the problem's root cause and current workaround, for the known-error register.
    /// </summary>
    /// <param name="by">Who records it.</param>
    /// <param name="symptom">The symptom, as users and agents would search for it.</param>
    /// <param name="affectedItems">The affected configuration items; the problem's own item when omitted.</param>
    /// <param name="service">The affected service; the problem's own service when omitted.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult RecordKnownError(ActorId by, string symptom, IEnumerable<ConfigurationItemId>? affectedItems = null, ServiceId? service = null)
        => Execute(
            by,
            ProblemTrigger.RecordKnownError,
            (Symptom: symptom, Items: affectedItems is null ? null : Preconditions.NoDefaultItems(affectedItems, nameof(affectedItems)), Service: Preconditions.NotDefaultIfGiven(service, nameof(service))),
            static (p, a) => Required(a.Symptom, "A known error needs a symptom.")
                ?? (p.NewKnownError(a.Symptom, a.Items, a.Service) == p.KnownError
                    ? Reject(ProblemRejectionCodes.NoChange, "The known error is already recorded as given.")
                    : null),
            static (e, p, a) => new KnownErrorRecorded(e, p.NewKnownError(a.Symptom, a.Items, a.Service)));

    /// <summary>Starts error control without raising a change here (Root Cause Analysis → Fix in Progress; needs a root cause).</summary>
    /// <param name="by">Who starts the fix.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult StartFix(ActorId by)
        => Execute(by, ProblemTrigger.StartFix, 0, static (p, _) => null, static (e, p, _) => new ProblemFixStarted(e));

    /// <summary>
    /// Records that a change request was raised from the known error (Root Cause Analysis → Fix in Progress, or more
    /// changes while the fix is in progress). Get what the change needs from <see cref="ProposeChange"/>.
    /// </summary>
    /// <param name="by">Who raises it.</param>
    /// <param name="change">The change request, for example <c>CHG0001234</c> (the id an incident links with <see cref="Incidents.Incident.LinkToChange"/>).</param>
    /// <returns>The events, or the rejection (<see cref="ProblemRejectionCodes.ChangeAlreadyRequested"/> when the change is already recorded).</returns>
    /// <exception cref="ArgumentException">The change id is empty (default).</exception>
    public CommandResult RequestChange(ActorId by, ChangeId change)
        => Execute(
            by,
            ProblemTrigger.RequestChange,
            Preconditions.NotDefault(change, nameof(change)),
            static (p, c) => p._changes.Contains(c)
                ? Reject(ProblemRejectionCodes.ChangeAlreadyRequested, $"Change {c} is already requested for problem {p.Id}.")
                : null,
            static (e, p, c) => new ProblemChangeRequested(e, c, p.KnownError!));

    /// <summary>Records the permanent solution (it replaces an earlier one).</summary>
    /// <param name="by">Who records it.</param>
    /// <param name="solution">The solution.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult RecordPermanentSolution(ActorId by, string solution)
        => Execute(
            by,
            ProblemTrigger.RecordPermanentSolution,
            solution,
            static (p, t) => Required(t, "A permanent solution needs text.") ?? Same(t, p.PermanentSolution, "permanent solution"),
            static (e, p, t) => new PermanentSolutionRecorded(e, t.Trim()));

    /// <summary>Resolves the problem: the permanent solution is applied (Fix in Progress → Resolved, code Fix Applied).</summary>
    /// <param name="by">Who resolves.</param>
    /// <param name="notes">The resolution notes.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult Resolve(ActorId by, string notes)
        => Execute(by, ProblemTrigger.Resolve, notes, static (p, t) => Required(t, "Resolution notes are required to resolve a problem."), static (e, p, t) => new ProblemResolved(e, t.Trim()));

    /// <summary>Closes the problem when the fix is verified (Resolved → Closed).</summary>
    /// <param name="by">Who closes.</param>
    /// <param name="verification">How the fix was verified (for example "no recurrence in 30 days").</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult Close(ActorId by, string verification)
        => Execute(by, ProblemTrigger.Close, verification, static (p, t) => Required(t, "Closing a problem needs the verification of its fix."), static (e, p, t) => new ProblemClosed(e, t.Trim()));

    /// <summary>Accepts the risk and closes the problem without a fix (code Risk Accepted; the known error stays).</summary>
    /// <param name="by">Who accepts the risk.</param>
    /// <param name="reason">Why the risk is acceptable.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult AcceptRisk(ActorId by, string reason)
        => Execute(by, ProblemTrigger.AcceptRisk, reason, static (p, t) => Required(t, "A reason is required to accept a risk."), static (e, p, t) => new ProblemRiskAccepted(e, t.Trim()));

    /// <summary>Cancels an invalid problem (→ Canceled, terminal).</summary>
    /// <param name="by">Who cancels.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult Cancel(ActorId by, string reason)
        => Execute(by, ProblemTrigger.Cancel, reason, static (p, t) => Required(t, "A reason is required to cancel a problem."), static (e, p, t) => new ProblemCanceled(e, t.Trim()));

    /// <summary>Sends the problem back to root-cause analysis (from Fix in Progress, Resolved or Closed). Counted.</summary>
    /// <param name="by">Who re-analyses.</param>
    /// <param name="reason">Why (for example "the incidents recur").</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult Reanalyze(ActorId by, string reason)
        => Execute(by, ProblemTrigger.Reanalyze, reason, static (p, t) => Required(t, "A reason is required to re-analyse a problem."), static (e, p, t) => new ProblemReanalyzed(e, t.Trim()));

    /// <summary>Gives what a change request raised from the known error needs, or <see langword="null"/> while there is no known error.</summary>
    /// <returns>The proposal.</returns>
    public ChangeProposal? ProposeChange()
        => KnownError is not { } knownError
            ? null
            : new ChangeProposal(
                Id,
                "Fix " + ShortDescription,
                string.Create(CultureInfo.InvariantCulture, $"Problem {Id} ({_linkedIncidents.Count} linked incidents). Root cause: {knownError.RootCause}"),
                knownError,
                Impact,
                Probability,
                Priority);

    /// <summary>Captures everything the problem knows now as an immutable value.</summary>
    /// <returns>The snapshot.</returns>
    public ProblemSnapshot ToSnapshot() => new()
    {
        Id = Id,
        State = State,
        Version = Version,
        ShortDescription = ShortDescription,
        Description = Description,
        Source = Source,
        SourceReference = SourceReference,
        Service = Service,
        ConfigurationItem = ConfigurationItem,
        Category = Category,
        Impact = Impact,
        Probability = Probability,
        Priority = Priority,
        AssignmentGroup = AssignmentGroup,
        Assignee = Assignee,
        LinkedIncidents = _linkedIncidents.ToArray(),
        RootCause = RootCause,
        Workaround = Workaround,
        WorkaroundCommunications = WorkaroundCommunications,
        KnownError = KnownError,
        ChangeRequests = _changes.ToArray(),
        PermanentSolution = PermanentSolution,
        ResolutionCode = ResolutionCode,
        ResolutionNotes = ResolutionNotes,
        Verification = Verification,
        Master = Master,
        MergedDuplicates = _mergedDuplicates.ToArray(),
        ReanalysisCount = ReanalysisCount,
        OpenedAt = OpenedAt,
        UpdatedAt = UpdatedAt,
        ResolvedAt = ResolvedAt,
        ClosedAt = ClosedAt,
    };

    /// <summary>Returns a short description of the problem.</summary>
    /// <returns>Id, state and priority.</returns>
    public override string ToString() => $"{Id} ({State}, {Priority})";

    internal CommandResult CommunicateWorkaroundTo(ActorId by, IncidentId[] recipients, Instant? at)
        => Execute(
            by,
            ProblemTrigger.CommunicateWorkaround,
            recipients,
            static (p, r) => r.Length == 0
                ? Reject(ProblemRejectionCodes.NoRecipients, $"Problem {p.Id} has no linked incident open to receive the workaround.")
                : null,
            static (e, p, r) => new WorkaroundCommunicated(e, p.Workaround!, r),
            at);

    // Checks a command without running it: the lifecycle, then the clock reading the command will be stamped with. Used
    // to check both sides of a merge, and the problem side of a workaround communication, before anything changes.
    internal Rejection? Precheck(ProblemTrigger trigger, Instant now)
    {
        if (!ProblemLifecycle.Definition.TryFire(this, State, trigger, out _, out var rejection))
        {
            return rejection;
        }

        return ClockBehind(now);
    }

    internal CommandResult MarkDuplicateOf(ActorId by, ProblemId master, IReadOnlyList<IncidentId> moved, Instant at)
        => Execute(by, ProblemTrigger.MarkDuplicate, (Master: master, Moved: moved), static (p, a) => null, static (e, p, a) => new ProblemMarkedDuplicate(e, a.Master, a.Moved), at);

    internal CommandResult Absorb(ActorId by, Problem duplicate, IReadOnlyList<IncidentId> moved, Instant at)
        => Execute(
            by,
            ProblemTrigger.AbsorbDuplicate,
            (Duplicate: duplicate.Id, Moved: moved, Earlier: duplicate._mergedDuplicates.ToArray()),
            static (p, a) => null,
            static (e, p, a) => new DuplicateProblemMerged(e, a.Duplicate, a.Moved, a.Earlier),
            at);

    /// <inheritdoc />
    private protected override Lifecycle<ProblemState, ProblemTrigger, Problem> Governing => ProblemLifecycle.Definition;

    /// <inheritdoc />
    private protected override string IdText => Id.Value;

    /// <inheritdoc />
    private protected override IClock Clock => _practice.Clock;

    /// <inheritdoc />
    private protected override string ClockBehindCode => ProblemRejectionCodes.ClockBehind;

    /// <inheritdoc />
    private protected override EventEnvelope NextEnvelope(ActorId by, Instant now) => _practice.Envelope(this, by, now);

    /// <inheritdoc />
    private protected override bool Creates(ProblemEvent e) => e is ProblemLogged;

    private protected override ProblemTrigger TriggerOf(ProblemEvent e) => e switch
    {
        ProblemAssessed => ProblemTrigger.Assess,
        RootCauseAnalysisStarted => ProblemTrigger.StartRootCauseAnalysis,
        ProblemReprioritized => ProblemTrigger.Reprioritize,
        ProblemIncidentLinked => ProblemTrigger.LinkIncident,
        RootCauseRecorded => ProblemTrigger.RecordRootCause,
        WorkaroundDocumented => ProblemTrigger.DocumentWorkaround,
        WorkaroundCommunicated => ProblemTrigger.CommunicateWorkaround,
        KnownErrorRecorded => ProblemTrigger.RecordKnownError,
        ProblemFixStarted => ProblemTrigger.StartFix,
        ProblemChangeRequested => ProblemTrigger.RequestChange,
        PermanentSolutionRecorded => ProblemTrigger.RecordPermanentSolution,
        ProblemResolved => ProblemTrigger.Resolve,
        ProblemClosed => ProblemTrigger.Close,
        ProblemRiskAccepted => ProblemTrigger.AcceptRisk,
        ProblemCanceled => ProblemTrigger.Cancel,
        ProblemMarkedDuplicate => ProblemTrigger.MarkDuplicate,
        DuplicateProblemMerged => ProblemTrigger.AbsorbDuplicate,
        ProblemReanalyzed => ProblemTrigger.Reanalyze,
        ProblemReassigned => ProblemTrigger.Reassign,
        _ => throw new ArgumentException($"{e.GetType().Name} is not a lifecycle event of a problem.", nameof(e)),
    };

    private static Rejection Reject(string code, string message) => new(code, message);

    private static string Describe(AssignmentGroupId group, ActorId? assignee)
        => assignee is { } a ? $"{a} in {group}" : $"{group}, without an owner";

    private static Rejection? Required(string? text, string message)
        => string.IsNullOrWhiteSpace(text) ? new Rejection(ProblemRejectionCodes.TextRequired, message) : null;

    private static Rejection? Same(string text, string? current, string what)
        => text.Trim() == current ? new Rejection(ProblemRejectionCodes.NoChange, $"The {what} is already as given.") : null;

    private KnownError NewKnownError(string symptom, IReadOnlyList<ConfigurationItemId>? items, ServiceId? service)
        => new(
            Id,
            symptom.Trim(),
            RootCause!,
            (items ?? (ConfigurationItem is { } item ? [item] : [])).Distinct().ToArray(),
            Workaround,
            service ?? Service);

    // The fold: one case per event. Destination states come from the lifecycle, never from here.
    private protected override void Apply(ProblemEvent e, ProblemState destination)
    {
        switch (e)
        {
            case ProblemAssessed x:
                AssignmentGroup = x.Group;
                Assignee = x.Assignee;
                break;
            case ProblemReassigned x:
                AssignmentGroup = x.ToGroup;
                Assignee = x.Assignee;
                break;
            case ProblemReprioritized x:
                Impact = x.Impact;
                Probability = x.Probability;
                Priority = x.Priority;
                break;
            case ProblemIncidentLinked x:
                Link(x.Incident);
                break;
            case RootCauseRecorded x:
                RootCause = x.RootCause;
                KnownError = KnownError is null ? null : KnownError with { RootCause = x.RootCause };
                break;
            case WorkaroundDocumented x:
                Workaround = x.Workaround;
                KnownError = KnownError is null ? null : KnownError with { Workaround = x.Workaround };
                break;
            case WorkaroundCommunicated:
                WorkaroundCommunications++;
                break;
            case KnownErrorRecorded x:
                KnownError = x.KnownError;
                break;
            case ProblemChangeRequested x:
                _changes.Add(x.Change);
                break;
            case PermanentSolutionRecorded x:
                PermanentSolution = x.Solution;
                break;
            case ProblemResolved x:
                ResolutionCode = ProblemResolutionCode.FixApplied;
                ResolutionNotes = x.Notes;
                ResolvedAt = x.Envelope.OccurredAt;
                break;
            case ProblemClosed x:
                Verification = x.Verification;
                ClosedAt = x.Envelope.OccurredAt;
                break;
            case ProblemRiskAccepted x:
                ResolutionCode = ProblemResolutionCode.RiskAccepted;
                ResolutionNotes = x.Reason;
                ClosedAt = x.Envelope.OccurredAt;
                break;
            case ProblemCanceled x:
                ResolutionCode = ProblemResolutionCode.Canceled;
                ResolutionNotes = x.Reason;
                ClosedAt = x.Envelope.OccurredAt;
                break;
            case ProblemMarkedDuplicate x:
                ResolutionCode = ProblemResolutionCode.Duplicate;
                Master = x.Master;
                ClosedAt = x.Envelope.OccurredAt;
                _linkedIncidents.Clear();
                _linkedSet.Clear();
                break;
            case DuplicateProblemMerged x:
                _mergedDuplicates.Add(x.Duplicate);
                _mergedDuplicates.AddRange(x.EarlierDuplicates ?? []);
                foreach (var incident in x.MovedIncidents)
                {
                    Link(incident);
                }

                break;
            case ProblemReanalyzed:
                ReanalysisCount++;
                ResolutionCode = null;
                ResolutionNotes = null;
                Verification = null;
                ResolvedAt = null;
                ClosedAt = null;
                break;
        }

    }

    private void Link(IncidentId incident)
    {
        if (_linkedSet.Add(incident))
        {
            _linkedIncidents.Add(incident);
        }
    }
}
