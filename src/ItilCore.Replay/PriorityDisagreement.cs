namespace ItilCore.Replay;

/// <summary>Rows whose logged priority differs from the one the priority matrix gives for their impact and urgency.</summary>
/// <param name="Impact">The impact level.</param>
/// <param name="Urgency">The urgency level.</param>
/// <param name="Logged">The priority level in the log.</param>
/// <param name="Computed">The priority level the matrix gives.</param>
/// <param name="Rows">How many rows.</param>
public sealed record PriorityDisagreement(int Impact, int Urgency, int Logged, int Computed, long Rows);
