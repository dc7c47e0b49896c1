namespace ItilCore.Configuration;

/// <summary>A configuration item reached while following DependsOn and RunsOn relationships, with how far away it is.</summary>
/// <param name="Item">The item reached.</param>
/// <param name="Depth">The number of relationships on the shortest path to it (1 for a direct dependency).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct ConfigurationDependency(ConfigurationItemId Item, int Depth);
