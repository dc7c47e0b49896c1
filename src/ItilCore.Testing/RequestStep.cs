using ItilCore.Requests;

namespace ItilCore.Testing;

/// <summary>What one step of a request scenario did: the request before and after, and the command's result.</summary>
/// <param name="Command">The step.</param>
/// <param name="Before">The request before the step.</param>
/// <param name="After">The request after the step.</param>
/// <param name="Result">The command's result, or <see langword="null"/> when the step was not a command.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RequestStep(RequestCommand Command, RequestSnapshot Before, RequestSnapshot After, CommandResult? Result);
