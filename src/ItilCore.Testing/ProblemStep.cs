using ItilCore.Problems;

namespace ItilCore.Testing;

/// <summary>What one step of a problem scenario did: the problem before and after, and the command's result.</summary>
/// <param name="Command">The step.</param>
/// <param name="Before">The problem before the step.</param>
/// <param name="After">The problem after the step.</param>
/// <param name="Result">The command's result, or <see langword="null"/> when the step was not a command.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ProblemStep(ProblemCommand Command, ProblemSnapshot Before, ProblemSnapshot After, CommandResult? Result);
