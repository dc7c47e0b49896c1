namespace ItilCore.Incidents;

/// <summary>
/// The stable codes of incident rejections. A code never changes meaning; messages may be reworded.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class IncidentRejectionCodes
{
    /// <summary>The command is not possible from the incident's state (for example Reopen on a Closed incident).</summary>
    public const string NotPermitted = "incident.not-permitted";

    /// <summary>
    /// The command is possible from the state but a lifecycle condition does not hold. The incident lifecycle's only
    /// conditions (whether an incident on hold awaits the caller, for a caller update) always leave one way open, so no
    /// incident command returns it today.
    /// </summary>
    public const string ConditionNotMet = "incident.condition-not-met";

    /// <summary>A required text (short description, notes, reason, comment) is empty.</summary>
    public const string TextRequired = "incident.text-required";

    /// <summary>An impact, urgency or priority is outside the configured priority matrix.</summary>
    public const string OutOfMatrix = "incident.out-of-matrix";

    /// <summary>Assign named a different group; moving to another group is a reassignment (functional escalation).</summary>
    public const string UseReassign = "incident.use-reassign";

    /// <summary>Reassign named the group the incident already has.</summary>
    public const string SameGroup = "incident.same-group";

    /// <summary>The command would change nothing (same assignee, same classification, same priority override).</summary>
    public const string NoChange = "incident.no-change";

    /// <summary>Automatic closure was asked before the auto-close delay after resolution had passed.</summary>
    public const string AutoCloseNotDue = "incident.auto-close-not-due";

    /// <summary>
    /// The parent named cannot be this incident's parent: it is the incident itself, it is itself a child (of this or
    /// any incident), it is Closed or Canceled, or this incident already has a parent (the same one or another).
    /// </summary>
    public const string InvalidParent = "incident.invalid-parent";

    /// <summary>The clock reads a time before the incident's last change; events never go back in time.</summary>
    public const string ClockBehind = "incident.clock-behind";

    /// <summary>The service, offering or configuration item named is not in the catalogue or configuration model.</summary>
    public const string UnknownReference = "incident.unknown-reference";

    /// <summary>
    /// The service or service offering named is retired (<see cref="Catalog.ServiceStatus.Retired"/>): new incidents
    /// cannot name it. Incidents logged while it was live rebuild unchanged.
    /// </summary>
    public const string RetiredService = "incident.retired-service";

    /// <summary>
    /// <see cref="Incident.DemoteMajorIncident"/> was asked of an incident that is not a major incident (never declared,
    /// or already demoted).
    /// </summary>
    public const string NotMajorIncident = "incident.not-major-incident";

    /// <summary>
    /// <see cref="Incident.PutOnHold"/> named a problem with a reason other than <see cref="HoldReason.AwaitingProblem"/>,
    /// or a change with a reason other than <see cref="HoldReason.AwaitingChange"/>.
    /// </summary>
    public const string HoldReferenceMismatch = "incident.hold-reference-mismatch";

    /// <summary>
    /// <see cref="Incident.Resolve"/> named <see cref="ResolutionCode.ResolvedByParent"/> for an incident that is not a
    /// child (it has no <see cref="Incident.Parent"/>).
    /// </summary>
    public const string NotAChild = "incident.not-a-child";
}
