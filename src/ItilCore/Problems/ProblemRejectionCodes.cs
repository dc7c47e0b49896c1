namespace ItilCore.Problems;

/// <summary>The stable codes of problem rejections. A code never changes meaning; messages may be reworded.</summary>
/// <remarks>Thread-safe.</remarks>
public static class ProblemRejectionCodes
{
    /// <summary>The command is not possible from the problem's state (for example Resolve on a New problem).</summary>
    public const string NotPermitted = "problem.not-permitted";

    /// <summary>The command is possible from the state but a lifecycle condition does not hold (for example Start Fix before the root cause is recorded).</summary>
    public const string ConditionNotMet = "problem.condition-not-met";

    /// <summary>A required text (short description, root cause, workaround, reason, source reference) is empty.</summary>
    public const string TextRequired = "problem.text-required";

    /// <summary>An impact or probability is outside the configured risk matrix.</summary>
    public const string OutOfMatrix = "problem.out-of-matrix";

    /// <summary>The command would change nothing (a reassignment to the same group and owner, same risk, same text).</summary>
    public const string NoChange = "problem.no-change";

    /// <summary>A problem from trend analysis or from incidents was logged without incident evidence.</summary>
    public const string EvidenceRequired = "problem.evidence-required";

    /// <summary>The incident is already linked to the problem.</summary>
    public const string AlreadyLinked = "problem.already-linked";

    /// <summary>The workaround cannot be communicated: no linked incident is open to receive it.</summary>
    public const string NoRecipients = "problem.no-recipients";

    /// <summary>
    /// Linked incidents cannot be resolved from the problem: it is not Resolved or Closed with a fix applied
    /// (<see cref="ProblemResolutionCode.FixApplied"/>; a problem closed by accepting the risk fixed nothing).
    /// </summary>
    public const string NotFixed = "problem.not-fixed";

    /// <summary>No linked incident is On Hold awaiting the problem (or those that are have a clock reading before their last change, which the message names), so there is none to resolve from it.</summary>
    public const string NoIncidentsToResolve = "problem.no-incidents-to-resolve";

    /// <summary>The problem named cannot be the master of this duplicate (itself, or not open for new evidence).</summary>
    public const string InvalidMaster = "problem.invalid-master";

    /// <summary>A change with this reference was already requested for the problem.</summary>
    public const string ChangeAlreadyRequested = "problem.change-already-requested";

    /// <summary>The clock reads a time before the problem's last change; events never go back in time.</summary>
    public const string ClockBehind = "problem.clock-behind";
}
