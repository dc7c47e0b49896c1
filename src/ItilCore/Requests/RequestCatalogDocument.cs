using System.Collections.Generic;

namespace ItilCore.Requests;

/// <summary>The document form of a request catalogue: the JSON file where a team keeps its request items.</summary>
/// <remarks>
/// <para>
/// Nothing is checked here: <see cref="RequestCatalog.Create"/> validates a document against the service catalogue and
/// reports every problem with its JSON path, such as <c>$.items[2].approvals[0].quorum</c>.
/// </para>
/// <para>Immutable when built with read-only lists; equality compares the items. Thread-safe.</para>
/// </remarks>
public sealed record RequestCatalogDocument
{
    /// <summary>Gets the request items.</summary>
    public IReadOnlyList<RequestItem> Items { get; init; } = [];

    /// <summary>Tells whether another document has the same items.</summary>
    /// <param name="other">The other document.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(RequestCatalogDocument? other) => other is not null && Sequence.Equal(Items, other.Items);

    /// <inheritdoc />
    public override int GetHashCode() => Sequence.Hash(Items);
}
