namespace ItilCore.Configuration;

/// <summary>A typed relationship between two configuration items, read as "source kind target" ("app DependsOn db").</summary>
/// <param name="Source">The item the relationship starts from.</param>
/// <param name="Kind">How the source relates to the target.</param>
/// <param name="Target">The item the relationship points to; not the source itself.</param>
/// <remarks>Immutable and thread-safe. Values are checked when a <see cref="ConfigurationModel"/> is built.</remarks>
public sealed record ConfigurationRelationship(ConfigurationItemId Source, ConfigurationRelationshipKind Kind, ConfigurationItemId Target);
