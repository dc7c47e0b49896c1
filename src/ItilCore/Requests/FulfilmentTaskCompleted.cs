using ItilCore.Serialization;

namespace ItilCore.Requests;

/// <summary>
/// One fulfilment task was closed: completed, skipped or closed incomplete (<paramref name="Outcome"/>); the request is
/// Fulfilled when it was the last open one.
/// </summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Task">The task's name.</param>
/// <param name="Notes">What was done, if noted; for a skipped or incomplete task, why (always given).</param>
/// <param name="Outcome">How the task was closed; <see cref="FulfilmentTaskOutcome.Complete"/> when absent (events recorded before outcomes existed).</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("request.task-completed")]
public sealed record FulfilmentTaskCompleted(EventEnvelope Envelope, string Task, string? Notes, FulfilmentTaskOutcome Outcome = FulfilmentTaskOutcome.Complete) : ServiceRequestEvent(Envelope);
