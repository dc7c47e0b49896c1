using System;
using System.Collections.Generic;
using System.Linq;
using ItilCore.Catalog;
using ItilCore.Configuration;
using ItilCore.Lifecycles;
using NodaTime;

namespace ItilCore.Changes;

/// <summary>
/// A change: the addition, modification or removal of anything that could affect services. Commands are methods that
/// return a <see cref="CommandResult"/>: the events they recorded, or a <see cref="Rejection"/> that changed nothing.
/// Each change follows the lifecycle of its <see cref="Type"/> (see <see cref="ChangeLifecycle"/>).
/// </summary>
/// <remarks>
/// Not thread-safe: use one change from one thread at a time (different changes may be used from different threads at
/// once; they share only the immutable <see cref="ChangeManagement"/> and lifecycles). The change keeps no event list;
/// persist the events each command returns, and rebuild with <see cref="ChangeManagement.Rebuild"/>.
/// Segregation of duties is enforced on every vote: the requester and the implementer can never approve or reject; and
/// a member who approved the change can neither become its implementer nor start or complete its implementation.
/// </remarks>
public sealed class Change : Aggregate<Change, ChangeState, ChangeTrigger, ChangeEvent>
{
    private readonly ChangeManagement _practice;
    private readonly ServiceId? _requestedService;
    private readonly List<ActorId> _approvals = [];
    private readonly List<ActorId> _rejections = [];

    // The change's own plans (as requested, or as last written with UpdatePlans): a standard change whose model has none
    // follows these, not an earlier model's. The model it was requested from, when it was requested as standard.
    private string? _ownImplementationPlan;
    private string? _ownBackoutPlan;
    private readonly ChangeModelId? _requestedModel;

    // Whether the change was ever sent to a change authority: from then on it stays with authorities (never standard).
    private bool _sentForAuthorization;

    // The change's last assessment (impact × likelihood), kept across type changes: a type change leaves a normal or
    // emergency change unassessed, but a model's pre-authorization must still be judged against what was assessed.
    private Risk? _assessedRisk;

    internal Change(ChangeManagement practice, ChangeRequested requested)
        : base(ChangeLifecycle.For(requested.Type).InitialState, requested.Envelope)
    {
        _practice = practice;
        Id = requested.ChangeId;
        Type = requested.Type;
        Model = requested.Model;
        ShortDescription = requested.ShortDescription;
        Description = requested.Description;
        Requester = requested.Requester;
        Service = requested.Service;
        // Only a service the request named is the change's own; one taken from its model goes when the model does.
        _requestedService = requested.ServiceFromModel ? null : requested.Service;
        ConfigurationItems = requested.ConfigurationItems;
        Risk = requested.Risk;
        // Events are facts, but a blank plan (from an import, say) is no plan: the backout requirement must not pass on it.
        ImplementationPlan = _ownImplementationPlan = PlanText(requested.ImplementationPlan);
        BackoutPlan = _ownBackoutPlan = PlanText(requested.BackoutPlan);
        _requestedModel = requested.Type == Changes.ChangeType.Standard ? requested.Model : null;
        OpenedAt = requested.Envelope.OccurredAt;
    }

    /// <summary>Gets the change's id.</summary>
    public ChangeId Id { get; }

    /// <summary>Gets the change type; it changes only while New.</summary>
    public ChangeType Type { get; private set; }

    /// <summary>Gets the standard change model, for a standard change.</summary>
    public ChangeModelId? Model { get; private set; }

    /// <summary>Gets the one-line summary.</summary>
    public string ShortDescription { get; }

    /// <summary>Gets the full description.</summary>
    public string? Description { get; }

    /// <summary>Gets who requested the change.</summary>
    public ActorId Requester { get; }

    /// <summary>
    /// Gets the service the change is for: as requested, else, while it follows a standard change model, the model's
    /// (whether it was requested as standard or became standard later: a change that stops following the model has no
    /// service again).
    /// </summary>
    public ServiceId? Service { get; private set; }

    /// <summary>Gets the configuration items the change touches.</summary>
    public IReadOnlyList<ConfigurationItemId> ConfigurationItems { get; }

    /// <summary>Gets the assessed impact (normal and emergency changes).</summary>
    public Impact? Impact { get; private set; }

    /// <summary>Gets the assessed likelihood (normal and emergency changes).</summary>
    public Likelihood? Likelihood { get; private set; }

    /// <summary>Gets the risk: assessed for a normal or emergency change (for an emergency change it informs the ECAB but does not choose the authority), the model's maximum risk for a standard change.</summary>
    public Risk? Risk { get; private set; }

    /// <summary>Gets the planned window.</summary>
    public Interval? PlannedWindow { get; private set; }

    /// <summary>Gets how the change will be implemented, once written.</summary>
    public string? ImplementationPlan { get; private set; }

    /// <summary>
    /// Gets how the change will be undone if it fails (ITIL's remediation, ServiceNow's backout plan), once written;
    /// required before authorization when the practice's <see cref="ChangeManagementOptions.RequireBackoutPlan"/> is set.
    /// </summary>
    public string? BackoutPlan { get; private set; }

    /// <summary>Gets who implements the change.</summary>
    public ActorId? Implementer { get; private set; }

    /// <summary>Gets the change authority asked for authorization, while it is pending or after it was given.</summary>
    public ChangeAuthority? Authority { get; private set; }

    /// <summary>Gets the members who approved in the current authorization, in order.</summary>
    public IReadOnlyList<ActorId> Approvals => _approvals;

    /// <summary>Gets the members who rejected in the current authorization, in order.</summary>
    public IReadOnlyList<ActorId> Rejections => _rejections;

    /// <summary>
    /// Gets the last authorization round that ended: authorized, rejected (the change went back to New, where
    /// <see cref="Authority"/>, <see cref="Approvals"/> and <see cref="Rejections"/> start over) or withdrawn (reverted to
    /// New or canceled in Authorize); <see langword="null"/> until a round ends. A new round does not clear it.
    /// </summary>
    public ChangeAuthorizationRound? LastAuthorization { get; private set; }

    /// <summary>
    /// Gets how many members of the authority may still approve: members who are neither the requester nor the
    /// implementer and have not voted yet (those <see cref="WhyCannotVote"/> lets approve). The quorum is reached when
    /// <see cref="Approvals"/> reaches the authority's quorum; it can still be reached while the approvals plus these
    /// members make up the quorum.
    /// </summary>
    public int ReachableApprovers => EligibleApprovers - _approvals.Count;

    // Members whose approval can count: those who approved, and those who may still approve.
    internal int EligibleApprovers => Authority is { } a ? CountReachable(a, Implementer) : 0;

    /// <summary>Gets whether the change is on hold (a flag, not a state: approvals are suspended and only Cancel and ReleaseHold are possible).</summary>
    public bool IsOnHold { get; private set; }

    /// <summary>Gets why the change is on hold; <see langword="null"/> unless it is.</summary>
    public string? HoldReason { get; private set; }

    /// <summary>Gets the implementation outcome, once implemented.</summary>
    public ChangeOutcome? Outcome { get; private set; }

    /// <summary>Gets the implementation notes, once implemented.</summary>
    public string? ImplementationNotes { get; private set; }

    /// <summary>Gets the closure notes.</summary>
    public string? CloseNotes { get; private set; }

    /// <summary>Gets why the change was canceled.</summary>
    public string? CancelReason { get; private set; }

    /// <summary>Gets when the change was requested.</summary>
    public Instant OpenedAt { get; }

    /// <summary>Gets when the change was authorized (the approval that completed the quorum), or submitted for a standard change.</summary>
    public Instant? AuthorizedAt { get; private set; }

    /// <summary>Gets when the change was closed or canceled.</summary>
    public Instant? ClosedAt { get; private set; }

    /// <summary>Gets whether the change is Closed or Canceled.</summary>
    public bool IsFinal => State is ChangeState.Closed or ChangeState.Canceled;

    /// <summary>Gets the lifecycle of the change's current type.</summary>
    public Lifecycle<ChangeState, ChangeTrigger, Change> Lifecycle => ChangeLifecycle.For(Type);

    /// <summary>Lists the commands possible now (lifecycle only; a command may still be rejected for its data).</summary>
    /// <returns>The triggers.</returns>
    public IReadOnlyList<ChangeTrigger> PermittedTriggers() => Lifecycle.PermittedTriggers(this, State);

    /// <summary>
    /// Changes the type while New. A standard change needs a model that allows its service and items, and a change that
    /// names no service takes the model's (as one requested as standard does); other types take no model.
    /// </summary>
    /// <remarks>
    /// A change becomes standard only while nothing has judged it beyond its model's pre-authorization: a change that was
    /// ever sent to a change authority (approved, rejected or reverted since) stays with change authorities and is
    /// refused with <see cref="ChangeRejectionCodes.SentForAuthorization"/> (as ServiceNow allows only normal ↔
    /// emergency then); and a change whose last risk assessment (kept across type changes) is above the model's
    /// <see cref="ChangeModel.MaxRisk"/> (ranked by the risk matrix's polarity) is refused with
    /// <see cref="ChangeRejectionCodes.RiskAboveModel"/>. The assessment a type change ends is kept in the event
    /// (<see cref="ChangeTypeChanged.AssessedRisk"/>).
    /// </remarks>
    /// <param name="by">Who changes it.</param>
    /// <param name="type">The new type.</param>
    /// <param name="model">The change model, for a standard change.</param>
    /// <returns>The events, or the rejection.</returns>
    /// <exception cref="ArgumentException"><paramref name="model"/> is a default (empty) id.</exception>
    public CommandResult ChangeType(ActorId by, ChangeType type, ChangeModelId? model = null)
        => Execute(
            by,
            ChangeTrigger.ChangeType,
            (Type: Preconditions.Defined(type, nameof(type)), Model: Preconditions.NotDefaultIfGiven(model, nameof(model))),
            static (c, a) => a.Type == c.Type && a.Model == c.Model
                ? Refuse(ChangeRejectionCodes.NoChange, $"The change is already a {a.Type} change{(a.Model is { } m ? " from model " + m : string.Empty)}.")
                : c._practice.CheckModel(a.Type, a.Model, c._requestedService, c.ConfigurationItems, out var model) ?? c.WhyNotPreAuthorized(model),
            static (e, c, a) => TypeChanged(e, c, a.Type, a.Model, c._practice.ModelOf(a.Model)));

    // As when a change is requested as standard: one that names no service takes its model's; the model's pre-authorized
    // plans replace the change's own where the model has them (the earlier plans stay in the change's history), and where
    // it has none the change's own apply. Decided here, when the command runs, and recorded in the event, so that a
    // rebuild does not depend on the catalogue as it is later.
    private static ChangeTypeChanged TypeChanged(EventEnvelope e, Change c, ChangeType type, ChangeModelId? id, ChangeModel? model)
    {
        var standard = type == Changes.ChangeType.Standard;

        // A change requested as standard recorded its model's plans as its own (the request could only repeat them: a
        // different plan is refused), so a plan that is that model's is not the change's own.
        var requestedFrom = c._practice.ModelOf(c._requestedModel);
        string? Own(string? own, string? requestedModelPlan) => own is not null && own == PlanText(requestedModelPlan) ? null : own;
        return new(e, type, id, model?.MaxRisk)
        {
            AssessedRisk = c.Type == Changes.ChangeType.Standard ? null : c.Risk,
            Service = c._requestedService is null ? model?.Service : null,
            ImplementationPlan = model?.ImplementationPlan ?? (standard ? Own(c._ownImplementationPlan, requestedFrom?.ImplementationPlan) : null),
            BackoutPlan = model?.BackoutPlan ?? (standard ? Own(c._ownBackoutPlan, requestedFrom?.BackoutPlan) : null),
        };
    }

    // Why a change may not take a model's pre-authorization (the model found and applicable): it was sent to a change
    // authority, or its own assessment ranks above what the model was authorized for.
    private Rejection? WhyNotPreAuthorized(ChangeModel? model)
    {
        if (model is null)
        {
            return null;
        }

        if (_sentForAuthorization)
        {
            return Refuse(
                ChangeRejectionCodes.SentForAuthorization,
                $"The change was sent to a change authority for authorization, so it stays with change authorities: it can be a normal or emergency change, not a standard change from {model.Id}.");
        }

        var matrix = _practice.RiskMatrix;
        return _assessedRisk is { } assessed && matrix.CompareImportance(new Priority(assessed.Level), new Priority(model.MaxRisk.Level)) > 0
            ? Refuse(
                ChangeRejectionCodes.RiskAboveModel,
                $"The change is assessed at {RiskText(matrix, assessed)}, above {RiskText(matrix, model.MaxRisk)}, the most change model {model.Id} is pre-authorized for; it stays a {Type} change for a change authority to judge.")
            : null;
    }

    private static string RiskText(PriorityMatrix matrix, Risk risk)
        => matrix.Contains(new Priority(risk.Level)) ? $"{risk} ({matrix.NameOf(new Priority(risk.Level))})" : risk.ToString();

    /// <summary>
    /// Assesses the risk of a normal or emergency change: impact × likelihood through the risk matrix. A normal change is
    /// assessed in New or Assess, and its risk chooses its change authority. An emergency change is assessed in New or
    /// Authorize, so that the emergency authority (ECAB) sees the risk; the emergency authority is the same whatever the
    /// risk. A standard change takes its model's risk and is not assessed.
    /// </summary>
    /// <remarks>
    /// An authority votes on what it was shown: once a member of the emergency authority has voted, the risk is not
    /// re-assessed in Authorize (<see cref="ChangeRejectionCodes.VotingStarted"/>), so that earlier approvals never count
    /// toward an assessment their members did not see; revert the change to New to re-assess it and ask again.
    /// </remarks>
    /// <param name="by">Who assesses.</param>
    /// <param name="impact">The impact, on the matrix's impact scale.</param>
    /// <param name="likelihood">The likelihood, on the matrix's second (urgency) scale.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult AssessRisk(ActorId by, Impact impact, Likelihood likelihood)
        => Execute(
            by,
            ChangeTrigger.AssessRisk,
            (Impact: impact, Likelihood: likelihood),
            static (c, a) => c.State == ChangeState.Authorize && c._approvals.Count + c._rejections.Count > 0
                ? Refuse(ChangeRejectionCodes.VotingStarted, $"{string.Join(", ", c._approvals.Concat(c._rejections))} of {c.Authority?.Name} voted on the change as it was assessed; an authority votes on what it was shown, so revert the change to New to re-assess its risk and ask again.")
                : c._practice.RiskOf(a.Impact, a.Likelihood) is not { } _
                ? Refuse(ChangeRejectionCodes.OutOfMatrix, $"Impact {a.Impact.Level} and likelihood {a.Likelihood.Level} must be on the risk matrix (impact 1 to {c._practice.RiskMatrix.ImpactLevels}, likelihood 1 to {c._practice.RiskMatrix.UrgencyLevels}).")
                : a.Impact == c.Impact && a.Likelihood == c.Likelihood
                    ? Refuse(ChangeRejectionCodes.NoChange, "The risk is already assessed with this impact and likelihood.")
                    : null,
            static (e, c, a) => new ChangeRiskAssessed(e, a.Impact, a.Likelihood, c._practice.RiskOf(a.Impact, a.Likelihood)!.Value));

    /// <summary>
    /// Sets or moves the planned window: the window the change is authorized for and implemented in (see
    /// <see cref="StartImplementation"/>). A window that has already opened but not ended is accepted (an emergency change
    /// is typically planned from now); one whose end is not after now is refused with
    /// <see cref="ChangeRejectionCodes.WindowEnded"/>.
    /// </summary>
    /// <param name="by">Who plans.</param>
    /// <param name="window">The window: a start, and an end after it and after now.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult Plan(ActorId by, Interval window)
        => Execute(
            by,
            ChangeTrigger.Plan,
            window,
            static (c, w, now) => !w.HasStart || !w.HasEnd || w.End <= w.Start
                ? Refuse(ChangeRejectionCodes.InvalidWindow, $"A planned window needs a start and an end after it; {w} has not.")
                : w.End <= now
                    ? Refuse(ChangeRejectionCodes.WindowEnded, $"The window {w} has already ended (it is now {now}); plan a window that ends in the future.")
                    : c.PlannedWindow == w
                        ? Refuse(ChangeRejectionCodes.NoChange, $"The change is already planned for {w}.")
                        : null,
            static (e, c, w) => new ChangePlanned(e, w));

    /// <summary>
    /// Writes or rewrites the implementation and backout plans, both as they should now stand (a blank or
    /// <see langword="null"/> plan removes it: pass the current one to keep it). Possible for a normal or emergency change
    /// before authorization is requested: in New, and in Assess for a normal change; an authority votes on the plans it
    /// was shown, so they are fixed from then on (until a decisive rejection or a revert sends the change back to New). A
    /// standard change's plans are its pre-authorized model's (where the model has none, the change's own: those it was
    /// requested with, or last wrote here) and are not rewritten.
    /// </summary>
    /// <param name="by">Who writes the plans.</param>
    /// <param name="implementationPlan">How the change will be implemented.</param>
    /// <param name="backoutPlan">How the change will be undone if it fails.</param>
    /// <returns>The events, or the rejection (<see cref="ChangeRejectionCodes.NoChange"/> when both plans already read so).</returns>
    public CommandResult UpdatePlans(ActorId by, string? implementationPlan, string? backoutPlan)
        => Execute(
            by,
            ChangeTrigger.UpdatePlans,
            (Implementation: PlanText(implementationPlan), Backout: PlanText(backoutPlan)),
            static (c, a) => a.Implementation == c.ImplementationPlan && a.Backout == c.BackoutPlan
                ? Refuse(ChangeRejectionCodes.NoChange, "The change's implementation and backout plans already read so.")
                : null,
            static (e, c, a) => new ChangePlansUpdated(e, a.Implementation, a.Backout));

    /// <summary>Assigns who implements the change. Someone who approved it cannot become its implementer.</summary>
    /// <param name="by">Who assigns.</param>
    /// <param name="implementer">The implementer.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult AssignImplementer(ActorId by, ActorId implementer)
        => Execute(
            by,
            ChangeTrigger.AssignImplementer,
            Preconditions.NotDefault(implementer, nameof(implementer)),
            static (c, i) => c.Implementer == i
                ? Refuse(ChangeRejectionCodes.NoChange, $"{i} already implements the change.")
                : c.CheckNotApprover(i, "implement it")
                    ?? (c.Authority is { } a && c.State == ChangeState.Authorize && c.CountReachable(a, i) < a.Quorum
                        ? Refuse(ChangeRejectionCodes.QuorumUnreachable, $"With {i} as implementer, too few members of {a.Name} could approve to reach its quorum of {a.Quorum}.")
                        : null),
            static (e, c, i) => new ChangeImplementerAssigned(e, i));

    /// <summary>Submits a normal change for assessment (New → Assess), or schedules a standard change (New → Scheduled).</summary>
    /// <param name="by">Who submits.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult Submit(ActorId by)
        => Execute(
            by,
            ChangeTrigger.Submit,
            false,
            // A standard change is authorized here, through its model: the model must still exist and apply.
            static (c, unused) => c.Type == Changes.ChangeType.Standard ? c._practice.CheckModel(c.Type, c.Model, c.Service, c.ConfigurationItems, out _) : null,
            static (e, c, _) => new ChangeSubmitted(e));

    /// <summary>
    /// Requests authorization from the change authority the policy assigns for the change's type and risk (a normal
    /// change from Assess, an emergency change from New). Pending approvals of an earlier round do not carry over. When
    /// the practice requires a backout plan (<see cref="ChangeManagementOptions.RequireBackoutPlan"/>), a change without
    /// one is refused with <see cref="ChangeRejectionCodes.BackoutPlanRequired"/>; a normal change whose risk is off the
    /// practice's risk matrix (assessed on an earlier one) with <see cref="ChangeRejectionCodes.OutOfMatrix"/>, to be
    /// assessed again; a change whose planned window has
    /// already ended is refused with <see cref="ChangeRejectionCodes.WindowEnded"/> (re-plan it first: no authority can
    /// authorize a window that is over).
    /// </summary>
    /// <param name="by">Who requests.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult RequestAuthorization(ActorId by)
        => Execute(
            by,
            ChangeTrigger.RequestAuthorization,
            false,
            static (c, _, now) => c._practice.Options.RequireBackoutPlan && c.BackoutPlan is null
                ? Refuse(ChangeRejectionCodes.BackoutPlanRequired, $"The {c.Type} change {c.Id} has no backout plan, and this practice requires one before authorization: write it with UpdatePlans.")
                : c.Type == Changes.ChangeType.Normal && c.Risk?.OffScale(c._practice.RiskMatrix) is { } offScale
                    ? Refuse(ChangeRejectionCodes.OutOfMatrix, $"The change's {offScale} (it was assessed on another risk matrix); assess it again with AssessRisk before requesting authorization.")
                : c.PlannedWindow is { } w && w.End <= now
                    ? Refuse(ChangeRejectionCodes.WindowEnded, $"The planned window {w} has already ended (it is now {now}); plan a window that ends in the future before requesting authorization.")
                    : c._practice.AuthorityPolicy.AuthorityFor(c.Type, c.Risk) is { } a && CountReachable(a, c.Requester, c.Implementer, []) < a.Quorum
                        ? Refuse(ChangeRejectionCodes.QuorumUnreachable, $"Too few members of {a.Name} may authorize the change (its requester and implementer may not) to reach its quorum of {a.Quorum}.")
                        : null,
            static (e, c, _) => new ChangeAuthorizationRequested(e, c._practice.AuthorityPolicy.AuthorityFor(c.Type, c.Risk)!));

    /// <summary>
    /// Records the approval of a member of the change authority (the actor). The approval that completes the quorum
    /// authorizes the change (Authorize → Scheduled), unless the planned window has already ended: then it is refused
    /// with <see cref="ChangeRejectionCodes.WindowEnded"/> and the change stays in Authorize, to be reverted to New
    /// (<see cref="RevertToNew"/>) and re-planned. The requester and the implementer can never approve.
    /// </summary>
    /// <param name="by">The approving member.</param>
    /// <param name="comment">A comment, if any.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult Approve(ActorId by, string? comment = null)
        => Execute(
            by,
            ChangeTrigger.Approve,
            (By: by, Comment: comment),
            static (c, a, now) => c.CheckVoter(a.By)
                ?? (c.Authority is { } authority && c._approvals.Count + 1 >= authority.Quorum && c.PlannedWindow is { } w && w.End <= now
                    ? Refuse(ChangeRejectionCodes.WindowEnded, $"The approval would authorize the change for its planned window {w}, which has already ended (it is now {now}); revert the change to New and plan a new window.")
                    : null),
            static (e, c, a) => new ChangeApproved(e, a.Comment?.Trim()));

    /// <summary>
    /// Records the rejection of a member of the change authority (the actor). When the quorum can no longer be
    /// reached, the change returns to New. The requester and the implementer can never reject.
    /// </summary>
    /// <param name="by">The rejecting member.</param>
    /// <param name="reason">Why; required.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult Reject(ActorId by, string reason)
        => Execute(
            by,
            ChangeTrigger.Reject,
            (By: by, Reason: reason),
            static (c, a) => c.CheckVoter(a.By) ?? Required(a.Reason, "A reason is required to reject a change."),
            static (e, c, a) => new ChangeRejected(e, a.Reason.Trim()));

    /// <summary>
    /// Sends the change back to New (a normal change from Assess or Authorize, an emergency change from Authorize):
    /// pending approvals are canceled, and the change may be re-planned and sent for authorization again (for example
    /// when its window ended before the authority decided).
    /// </summary>
    /// <param name="by">Who reverts.</param>
    /// <param name="reason">Why; required.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult RevertToNew(ActorId by, string reason)
        => Execute(by, ChangeTrigger.RevertToNew, reason, static (c, r) => Required(r, "A reason is required to revert a change to New."), static (e, c, r) => new ChangeRevertedToNew(e, r.Trim()));

    /// <summary>Puts the change on hold: approvals are suspended and only Cancel and ReleaseHold are possible until released.</summary>
    /// <param name="by">Who puts it on hold.</param>
    /// <param name="reason">Why; required.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult PutOnHold(ActorId by, string reason)
        => Execute(by, ChangeTrigger.PutOnHold, reason, static (c, r) => Required(r, "A reason is required to put a change on hold."), static (e, c, r) => new ChangePutOnHold(e, r.Trim()));

    /// <summary>Releases the hold; suspended approvals resume where they were.</summary>
    /// <param name="by">Who releases it.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult ReleaseHold(ActorId by)
        => Execute(by, ChangeTrigger.ReleaseHold, false, static (c, _) => null, static (e, c, _) => new ChangeHoldReleased(e));

    /// <summary>
    /// Starts the implementation of a scheduled change (needs an implementer), inside its planned window: the window it
    /// was authorized for (pre-authorized, for a standard change). Every type keeps to its window, emergency changes
    /// included (they plan theirs, typically from now).
    /// </summary>
    /// <remarks>
    /// Before the window opens the command is refused with <see cref="ChangeRejectionCodes.BeforeWindow"/>: wait, or
    /// re-plan a standard change (it may move its window while Scheduled). At or after the window's end (the end is
    /// exclusive) it is refused with <see cref="ChangeRejectionCodes.WindowEnded"/>: a standard change is re-planned; a
    /// normal or emergency change cannot move the window it was authorized for once Scheduled (see
    /// <see cref="ChangeLifecycle"/>), so it is canceled and requested again for a new window. Only the start is tied to
    /// the window; an implementation that overruns the end is completed as usual.
    /// </remarks>
    /// <param name="by">Who starts: anyone but a member who approved the change in its current authorization (segregation
    /// of duties, <see cref="ChangeRejectionCodes.SegregationOfDuties"/>); not necessarily the <see cref="Implementer"/>, as
    /// a change coordinator may record the start on the implementer's behalf (the event names who recorded it).</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult StartImplementation(ActorId by)
        => Execute(by, ChangeTrigger.StartImplementation, by, static (c, b, now) => c.CheckNotApprover(b, "start its implementation") ?? c.CheckInsideWindow(now), static (e, c, _) => new ChangeImplementationStarted(e));

    /// <summary>Finishes the implementation with its outcome and notes; the change goes to Review.</summary>
    /// <param name="by">Who finishes: anyone but a member who approved the change in its current authorization (segregation
    /// of duties, <see cref="ChangeRejectionCodes.SegregationOfDuties"/>), as for <see cref="StartImplementation"/>.</param>
    /// <param name="outcome">How it turned out.</param>
    /// <param name="notes">The implementation notes; required.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult CompleteImplementation(ActorId by, ChangeOutcome outcome, string notes)
        => Execute(
            by,
            ChangeTrigger.CompleteImplementation,
            (By: by, Outcome: Preconditions.Defined(outcome, nameof(outcome)), Notes: notes),
            static (c, a) => c.CheckNotApprover(a.By, "complete its implementation") ?? Required(a.Notes, "Implementation notes are required to complete a change."),
            static (e, c, a) => new ChangeImplementationCompleted(e, a.Outcome, a.Notes.Trim()));

    /// <summary>
    /// Closes the change after its review. The notes hold the post-implementation review and are required (else
    /// <see cref="ChangeRejectionCodes.TextRequired"/>) for an emergency change whatever its outcome, and for any change
    /// whose outcome is <see cref="ChangeOutcome.SuccessfulWithIssues"/>, <see cref="ChangeOutcome.Unsuccessful"/> or
    /// <see cref="ChangeOutcome.BackedOut"/>; only a successful normal or standard change may close without them.
    /// </summary>
    /// <param name="by">Who closes.</param>
    /// <param name="notes">Closure notes: the post-implementation review; required as above.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult Close(ActorId by, string? notes = null)
        => Execute(
            by,
            ChangeTrigger.Close,
            notes,
            static (c, n) => c.Outcome switch
            {
                ChangeOutcome.Unsuccessful => Required(n, "A change that failed is closed with its post-implementation review in the notes."),
                ChangeOutcome.BackedOut => Required(n, "A change that was backed out is closed with its post-implementation review in the notes."),
                ChangeOutcome.SuccessfulWithIssues => Required(n, "A change implemented with issues is closed with its post-implementation review in the notes."),
                _ when c.Type == Changes.ChangeType.Emergency => Required(n, "An emergency change is closed with its post-implementation review in the notes."),
                _ => null,
            },
            static (e, c, n) => new ChangeClosed(e, n?.Trim()));

    /// <summary>Cancels the change; possible up to and including Implement, also while on hold.</summary>
    /// <param name="by">Who cancels.</param>
    /// <param name="reason">Why; required.</param>
    /// <returns>The events, or the rejection.</returns>
    public CommandResult Cancel(ActorId by, string reason)
        => Execute(by, ChangeTrigger.Cancel, reason, static (c, r) => Required(r, "A reason is required to cancel a change."), static (e, c, r) => new ChangeCanceled(e, r.Trim()));

    /// <summary>Tells whether an actor may vote on the change now (segregation of duties and membership; lifecycle not included).</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>The rejection a vote would get, or <see langword="null"/> when the actor may vote.</returns>
    public Rejection? WhyCannotVote(ActorId actor) => CheckVoter(actor);

    /// <summary>Gives the change's entry for a <see cref="ChangeSchedule"/>, once it has a planned window and while it is not closed or canceled.</summary>
    /// <returns>The scheduled change, or <see langword="null"/> without a planned window or once final (a dead change conflicts with nothing).</returns>
    public ScheduledChange? ToScheduledChange()
        => PlannedWindow is { } w && !IsFinal ? new ScheduledChange(Id, w, ConfigurationItems) { Service = Service } : null;

    /// <summary>Captures everything the change knows now as an immutable value.</summary>
    /// <returns>The snapshot.</returns>
    public ChangeSnapshot ToSnapshot() => new()
    {
        Id = Id,
        Type = Type,
        Model = Model,
        State = State,
        Version = Version,
        ShortDescription = ShortDescription,
        Description = Description,
        Requester = Requester,
        Service = Service,
        ConfigurationItems = ConfigurationItems,
        Impact = Impact,
        Likelihood = Likelihood,
        Risk = Risk,
        PlannedWindow = PlannedWindow,
        ImplementationPlan = ImplementationPlan,
        BackoutPlan = BackoutPlan,
        Implementer = Implementer,
        Authority = Authority,
        Approvals = _approvals.ToArray(),
        Rejections = _rejections.ToArray(),
        LastAuthorization = LastAuthorization,
        IsOnHold = IsOnHold,
        HoldReason = HoldReason,
        Outcome = Outcome,
        ImplementationNotes = ImplementationNotes,
        CloseNotes = CloseNotes,
        CancelReason = CancelReason,
        OpenedAt = OpenedAt,
        UpdatedAt = UpdatedAt,
        AuthorizedAt = AuthorizedAt,
        ClosedAt = ClosedAt,
    };

    /// <summary>Returns a short description of the change.</summary>
    /// <returns>Id, type and state.</returns>
    public override string ToString() => $"{Id} ({Type}, {State}{(IsOnHold ? ", on hold" : string.Empty)})";

    /// <inheritdoc />
    private protected override Lifecycle<ChangeState, ChangeTrigger, Change> Governing => Lifecycle;

    /// <inheritdoc />
    private protected override string IdText => Id.Value;

    /// <inheritdoc />
    private protected override IClock Clock => _practice.Clock;

    /// <inheritdoc />
    private protected override string ClockBehindCode => ChangeRejectionCodes.ClockBehind;

    /// <inheritdoc />
    private protected override EventEnvelope NextEnvelope(ActorId by, Instant now) => _practice.Envelope(this, by, now);

    /// <inheritdoc />
    private protected override bool Creates(ChangeEvent e) => e is ChangeRequested;

    private protected override ChangeTrigger TriggerOf(ChangeEvent e) => e switch
    {
        ChangeTypeChanged => ChangeTrigger.ChangeType,
        ChangeRiskAssessed => ChangeTrigger.AssessRisk,
        ChangePlanned => ChangeTrigger.Plan,
        ChangePlansUpdated => ChangeTrigger.UpdatePlans,
        ChangeImplementerAssigned => ChangeTrigger.AssignImplementer,
        ChangeSubmitted => ChangeTrigger.Submit,
        ChangeAuthorizationRequested => ChangeTrigger.RequestAuthorization,
        ChangeApproved => ChangeTrigger.Approve,
        ChangeRejected => ChangeTrigger.Reject,
        ChangeRevertedToNew => ChangeTrigger.RevertToNew,
        ChangePutOnHold => ChangeTrigger.PutOnHold,
        ChangeHoldReleased => ChangeTrigger.ReleaseHold,
        ChangeImplementationStarted => ChangeTrigger.StartImplementation,
        ChangeImplementationCompleted => ChangeTrigger.CompleteImplementation,
        ChangeClosed => ChangeTrigger.Close,
        ChangeCanceled => ChangeTrigger.Cancel,
        _ => throw new ArgumentException($"{e.GetType().Name} is not a lifecycle event of a change.", nameof(e)),
    };

    /// <summary>A plan as kept: trimmed, and none when blank.</summary>
    internal static string? PlanText(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static Rejection Refuse(string code, string message) => new(code, message);

    private static Rejection? Required(string? text, string message)
        => string.IsNullOrWhiteSpace(text) ? new Rejection(ChangeRejectionCodes.TextRequired, message) : null;

    private static int CountReachable(ChangeAuthority authority, ActorId requester, ActorId? implementer, List<ActorId> rejections)
    {
        var count = 0;
        foreach (var member in authority.Members)
        {
            if (member != requester && member != implementer && !rejections.Contains(member))
            {
                count++;
            }
        }

        return count;
    }

    private int CountReachable(ChangeAuthority authority, ActorId? implementer) => CountReachable(authority, Requester, implementer, _rejections);

    // The implementation starts inside the planned window (start inclusive, end exclusive). Scheduled always has a window:
    // every way into it (Submit, RequestAuthorization) needs one, and Plan never removes it.
    private Rejection? CheckInsideWindow(Instant now)
    {
        if (PlannedWindow is not { } w)
        {
            return null;
        }

        if (now < w.Start)
        {
            return Refuse(
                ChangeRejectionCodes.BeforeWindow,
                $"The implementation cannot start before the planned window {w} opens (it is now {now})" + (Type == Changes.ChangeType.Standard
                    ? "; wait for the window, or re-plan the standard change."
                    : $"; the {Type} change was authorized for that window."));
        }

        return now >= w.End
            ? Refuse(
                ChangeRejectionCodes.WindowEnded,
                $"The planned window {w} has ended (it is now {now})" + (Type == Changes.ChangeType.Standard
                    ? "; re-plan the standard change for a new window."
                    : $"; the {Type} change was authorized for that window and cannot move it once scheduled: cancel it and request it again for a new window."))
            : null;
    }

    // Segregation of duties the other way round: whoever authorized the change does not carry it out.
    // Segregation of duties for the implementation: a member who approved the change may neither implement it nor record
    // its implementation.
    private Rejection? CheckNotApprover(ActorId actor, string what)
        => _approvals.Contains(actor)
            ? Refuse(ChangeRejectionCodes.SegregationOfDuties, $"{actor} approved the change and cannot {what}.")
            : null;

    // Segregation of duties comes first, so that a requester or implementer is told why whatever else holds.
    private Rejection? CheckVoter(ActorId voter)
        => voter == Requester
            ? Refuse(ChangeRejectionCodes.SegregationOfDuties, $"{voter} requested the change and cannot authorize it.")
            : voter == Implementer
                ? Refuse(ChangeRejectionCodes.SegregationOfDuties, $"{voter} implements the change and cannot authorize it.")
                : Authority is not { } a
                    ? Refuse(ChangeRejectionCodes.NotAnApprover, "No change authority has been asked to authorize the change.")
                    : !a.IsMember(voter)
                        ? Refuse(ChangeRejectionCodes.NotAnApprover, $"{voter} is not a member of {a.Name}.")
                        : _approvals.Contains(voter) || _rejections.Contains(voter)
                            ? Refuse(ChangeRejectionCodes.AlreadyVoted, $"{voter} has already voted on the change.")
                            : null;

    // The round in Authorize ends: its votes are kept with how it ended, before a return to New clears them.
    private void EndRound(AuthorizationDecision decision, ChangeEvent e, string? reason)
        => LastAuthorization = Authority is { } authority
            ? new ChangeAuthorizationRound(authority, decision, _approvals.ToArray(), _rejections.ToArray(), e.Envelope.Actor, e.Envelope.OccurredAt, reason)
            : LastAuthorization;

    // The fold: one case per event. Destination states come from the lifecycle, never from here.
    private protected override void Apply(ChangeEvent e, ChangeState destination)
    {
        switch (e)
        {
            case ChangeTypeChanged x:
                Type = x.Type;
                Model = x.Model;
                // The model's service while the change follows the model; its own (none) again when it stops.
                Service = x.Service ?? _requestedService;
                // A standard change's plans are the event's (its model's, or its own as the command found them); one that
                // stops being standard keeps the plans it had (its event carries none).
                if (x.Type == Changes.ChangeType.Standard)
                {
                    ImplementationPlan = PlanText(x.ImplementationPlan);
                    BackoutPlan = PlanText(x.BackoutPlan);
                }

                Risk = x.Risk;
                Impact = null;
                Likelihood = null;
                break;
            case ChangeRiskAssessed x:
                Impact = x.Impact;
                Likelihood = x.Likelihood;
                Risk = x.Risk;
                _assessedRisk = x.Risk;
                break;
            case ChangePlanned x:
                PlannedWindow = x.Window;
                break;
            case ChangePlansUpdated x:
                ImplementationPlan = _ownImplementationPlan = PlanText(x.ImplementationPlan);
                BackoutPlan = _ownBackoutPlan = PlanText(x.BackoutPlan);
                break;
            case ChangeImplementerAssigned x:
                Implementer = x.Implementer;
                break;
            case ChangeSubmitted when destination == ChangeState.Scheduled:
                AuthorizedAt = e.Envelope.OccurredAt;
                break;
            case ChangeAuthorizationRequested x:
                Authority = x.Authority;
                _sentForAuthorization = true;
                _approvals.Clear();
                _rejections.Clear();
                break;
            case ChangeApproved x:
                _approvals.Add(e.Envelope.Actor);
                if (destination == ChangeState.Scheduled)
                {
                    AuthorizedAt = e.Envelope.OccurredAt;
                    EndRound(AuthorizationDecision.Authorized, e, x.Comment);
                }

                break;
            case ChangeRejected x:
                _rejections.Add(e.Envelope.Actor);
                if (destination == ChangeState.New)
                {
                    EndRound(AuthorizationDecision.Rejected, e, x.Reason);
                }

                break;
            case ChangeRevertedToNew x when State == ChangeState.Authorize:
                EndRound(AuthorizationDecision.Withdrawn, e, x.Reason);
                break;
            case ChangePutOnHold x:
                IsOnHold = true;
                HoldReason = x.Reason;
                break;
            case ChangeHoldReleased:
                IsOnHold = false;
                HoldReason = null;
                break;
            case ChangeImplementationCompleted x:
                Outcome = x.Outcome;
                ImplementationNotes = x.Notes;
                break;
            case ChangeClosed x:
                CloseNotes = x.Notes;
                ClosedAt = x.Envelope.OccurredAt;
                break;
            case ChangeCanceled x:
                if (State == ChangeState.Authorize)
                {
                    EndRound(AuthorizationDecision.Withdrawn, e, x.Reason);
                }

                CancelReason = x.Reason;
                ClosedAt = x.Envelope.OccurredAt;
                IsOnHold = false;
                HoldReason = null;
                break;
        }

        // Back to New (a decisive rejection, a revert) ends the authorization round: pending approvals are canceled.
        if (destination == ChangeState.New && State != ChangeState.New)
        {
            Authority = null;
            _approvals.Clear();
            _rejections.Clear();
        }

    }
}
