using ItilCore.Incidents;

namespace ItilCore.Testing;

/// <summary>What one step of a scenario did: the incident before and after, and the command's result.</summary>
/// <param name="Command">The step.</param>
/// <param name="Before">The incident before the step.</param>
/// <param name="After">The incident after the step.</param>
/// <param name="Result">The command's result, or <see langword="null"/> when the step was not a command.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record IncidentStep(IncidentCommand Command, IncidentSnapshot Before, IncidentSnapshot After, CommandResult? Result);
