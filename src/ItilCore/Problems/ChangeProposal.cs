namespace ItilCore.Problems;

/// <summary>
/// What a change request raised from a known error needs: the problem it fixes, a title and justification, the known
/// error (root cause, workaround, affected configuration items, service) and the problem's risk. Change enablement
/// takes it from here.
/// </summary>
/// <param name="Problem">The problem the change fixes.</param>
/// <param name="Title">A title for the change: "Fix " and the problem's short description.</param>
/// <param name="Justification">Why the change is needed: the problem, its root cause and its linked incident count.</param>
/// <param name="KnownError">The known error the change fixes.</param>
/// <param name="Impact">The problem's impact.</param>
/// <param name="Probability">The problem's probability.</param>
/// <param name="Priority">The problem's risk priority.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ChangeProposal(ProblemId Problem, string Title, string Justification, KnownError KnownError, Impact Impact, Probability Probability, Priority Priority);
