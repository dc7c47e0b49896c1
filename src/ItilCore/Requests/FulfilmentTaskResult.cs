namespace ItilCore.Requests;

/// <summary>One closed fulfilment task of a request.</summary>
/// <param name="Task">The task's name.</param>
/// <param name="Outcome">How it was closed.</param>
/// <param name="Notes">What was done, or why it was skipped or closed incomplete.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record FulfilmentTaskResult(string Task, FulfilmentTaskOutcome Outcome, string? Notes);
