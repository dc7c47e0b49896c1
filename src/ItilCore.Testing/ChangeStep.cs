using ItilCore.Changes;

namespace ItilCore.Testing;

/// <summary>What one step of a change scenario did: the change before and after, and the command's result.</summary>
/// <param name="Command">The step.</param>
/// <param name="Before">The change before the step.</param>
/// <param name="After">The change after the step.</param>
/// <param name="Result">The command's result, or <see langword="null"/> when the step was not a command.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ChangeStep(ChangeCommand Command, ChangeSnapshot Before, ChangeSnapshot After, CommandResult? Result);
