namespace ItilCore.Requests;

/// <summary>One fulfilment task was completed; the request is Fulfilled when it was the last open one.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Task">The task's name.</param>
/// <param name="Notes">What was done, if noted.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record FulfilmentTaskCompleted(EventEnvelope Envelope, string Task, string? Notes) : ServiceRequestEvent(Envelope);
