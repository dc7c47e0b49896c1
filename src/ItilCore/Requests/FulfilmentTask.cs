namespace ItilCore.Requests;

/// <summary>One task of a request item's fulfilment (ServiceNow's catalogue task), optionally for an assignment group.</summary>
/// <param name="Name">The task's name, unique within its item; tasks are completed by name.</param>
/// <param name="Group">The assignment group that does the task, when one is named.</param>
/// <remarks>Immutable and thread-safe. Values are checked when a <see cref="RequestCatalog"/> is built.</remarks>
public sealed record FulfilmentTask(string Name, AssignmentGroupId? Group = null);
