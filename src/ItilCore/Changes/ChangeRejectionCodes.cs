namespace ItilCore.Changes;

/// <summary>The stable codes of change rejections. A code never changes meaning; messages may be reworded.</summary>
/// <remarks>Thread-safe.</remarks>
public static class ChangeRejectionCodes
{
    /// <summary>The command is not possible from the change's state in its type's lifecycle (for example Cancel from Review).</summary>
    public const string NotPermitted = "change.not-permitted";

    /// <summary>The command is possible from the state but a lifecycle condition does not hold (on hold, no planned window, risk not assessed, no implementer).</summary>
    public const string ConditionNotMet = "change.condition-not-met";

    /// <summary>A required text (short description, reason, notes) is empty.</summary>
    public const string TextRequired = "change.text-required";

    /// <summary>Segregation of duties: whoever requested or implements the change cannot authorize (approve or reject) it, and an approver cannot become its implementer nor start or complete its implementation.</summary>
    public const string SegregationOfDuties = "change.segregation-of-duties";

    /// <summary>The voter is not a member of the change authority assigned to the change.</summary>
    public const string NotAnApprover = "change.not-an-approver";

    /// <summary>The member has already approved or rejected the change in this authorization.</summary>
    public const string AlreadyVoted = "change.already-voted";

    /// <summary>Too few members of the authority may vote (requester and implementer excluded, rejections counted) to reach its quorum.</summary>
    public const string QuorumUnreachable = "change.quorum-unreachable";

    /// <summary>An impact or likelihood is outside the risk matrix, or a normal change's risk (assessed on an earlier matrix) is off its scale when authorization is requested.</summary>
    public const string OutOfMatrix = "change.out-of-matrix";

    /// <summary>A standard change needs a change model from the standard change catalogue.</summary>
    public const string ModelRequired = "change.model-required";

    /// <summary>Only standard changes are raised from a change model.</summary>
    public const string ModelOnlyForStandard = "change.model-only-for-standard";

    /// <summary>The change model is not in the standard change catalogue.</summary>
    public const string UnknownModel = "change.unknown-model";

    /// <summary>The change model does not allow the change's service or configuration items.</summary>
    public const string ModelNotApplicable = "change.model-not-applicable";

    /// <summary>The planned window has no start, no end, or does not end after it starts.</summary>
    public const string InvalidWindow = "change.invalid-window";

    /// <summary>
    /// The implementation cannot start yet: the planned window (the one the change was authorized for) has not opened.
    /// Wait for <see cref="Change.PlannedWindow"/>'s start, or, for a standard change, re-plan it.
    /// </summary>
    public const string BeforeWindow = "change.before-window";

    /// <summary>
    /// The window has ended: <see cref="Change.Plan"/> was given a window whose end is not after now; authorization was
    /// requested, or the approval that would complete the quorum was given, for a planned window that has ended (re-plan
    /// it: from Authorize, revert the change to New first); or the implementation was to start at or after the end of
    /// the planned window. A standard change is re-planned while Scheduled; a normal or emergency change was authorized
    /// for that window and cannot move it once Scheduled, so it is canceled and requested again for a new window.
    /// </summary>
    public const string WindowEnded = "change.window-ended";

    /// <summary>The command would change nothing (same type, assessment, window or implementer).</summary>
    public const string NoChange = "change.no-change";

    /// <summary>The clock reads a time before the change's last change; events never go back in time.</summary>
    public const string ClockBehind = "change.clock-behind";

    /// <summary>The service or a configuration item named is not in the catalogue or configuration model.</summary>
    public const string UnknownReference = "change.unknown-reference";

    /// <summary>Authorization was requested for a change without a backout plan while the practice requires one (<see cref="ChangeManagementOptions.RequireBackoutPlan"/>).</summary>
    public const string BackoutPlanRequired = "change.backout-plan-required";

    /// <summary>A standard change was requested with a plan other than the one its model pre-authorizes (<see cref="ChangeModel.ImplementationPlan"/>, <see cref="ChangeModel.BackoutPlan"/>).</summary>
    public const string ModelPlanFixed = "change.model-plan-fixed";

    /// <summary>
    /// A normal or emergency change cannot become a standard change from the model: it is assessed at a risk above the
    /// model's <see cref="ChangeModel.MaxRisk"/> (ranked by the risk matrix's polarity), and a pre-authorization for less
    /// does not cover it.
    /// </summary>
    public const string RiskAboveModel = "change.risk-above-model";

    /// <summary>
    /// The change was sent to a change authority for authorization (whatever came of it), so it cannot become a standard
    /// change: it stays with change authorities, as a normal or emergency change.
    /// </summary>
    public const string SentForAuthorization = "change.sent-for-authorization";

    /// <summary>
    /// The risk of an emergency change is not re-assessed in Authorize once a member of the authority has voted: an
    /// authority votes on what it was shown. Revert the change to New to re-assess it and ask again.
    /// </summary>
    public const string VotingStarted = "change.voting-started";
}
