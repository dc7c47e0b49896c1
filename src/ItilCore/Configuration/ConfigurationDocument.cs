using System.Collections.Generic;

namespace ItilCore.Configuration;

/// <summary>
/// The document form of a configuration model: configuration items and the relationships between them. In a file it
/// is the <c>configuration</c> section of the catalogue (see <see cref="ServiceModel"/>).
/// </summary>
/// <remarks>
/// Nothing is checked here: <see cref="ConfigurationModel.Create"/> validates a document and reports every problem
/// with its JSON path. Immutable when built with read-only lists; equality compares the lists item by item. Thread-safe.
/// </remarks>
public sealed record ConfigurationDocument
{
    /// <summary>Gets the configuration items.</summary>
    public IReadOnlyList<ConfigurationItem> Items { get; init; } = [];

    /// <summary>Gets the typed relationships between configuration items.</summary>
    public IReadOnlyList<ConfigurationRelationship> Relationships { get; init; } = [];

    /// <summary>Tells whether another document has the same items and relationships.</summary>
    /// <param name="other">The other document.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(ConfigurationDocument? other)
        => other is not null && Sequence.Equal(Items, other.Items) && Sequence.Equal(Relationships, other.Relationships);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Sequence.Hash(Items), Sequence.Hash(Relationships));
}
