namespace ItilCore.Requests;

/// <summary>One approver's decision on one approval step of a service request.</summary>
/// <param name="Step">The step, counted from 0.</param>
/// <param name="Approver">Who decided.</param>
/// <param name="Approved">Whether they approved (<see langword="false"/>: refused).</param>
/// <param name="Comment">The comment or reason, if any.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ApprovalDecision(int Step, ActorId Approver, bool Approved, string? Comment);
