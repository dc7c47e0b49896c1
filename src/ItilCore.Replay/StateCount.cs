namespace ItilCore.Replay;

/// <summary>How many rows carry one of the log's state names, and what ItilCore makes of it.</summary>
/// <param name="Name">The log's state name.</param>
/// <param name="Rows">How many rows carry it.</param>
/// <param name="MapsTo">The ItilCore state in kebab case, <c>ignored</c> for names that record work, or <c>unknown</c> for names the mapping lacks.</param>
public sealed record StateCount(string Name, long Rows, string MapsTo);
