using System.Collections.Generic;

namespace ItilCore.Replay;

/// <summary>Where an event log keeps a ticket's state, and how the log's state names map onto ItilCore's incident states.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record StateMapping
{
    /// <summary>Gets the columns whose values, joined by <see cref="Separator"/>, make the log's state name (usually one column).</summary>
    public IReadOnlyList<string> Columns { get; init; } = [];

    /// <summary>Gets the text put between the values of several <see cref="Columns"/>.</summary>
    public string Separator { get; init; } = " / ";

    /// <summary>Gets the log's state names mapped to ItilCore incident states in kebab case (<c>new</c>, <c>in-progress</c>, <c>on-hold</c>, <c>resolved</c>, <c>closed</c>, <c>canceled</c>).</summary>
    public IReadOnlyDictionary<string, string> Map { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets the log's state names that record work without changing the state (updates, notes); they are counted, not replayed.</summary>
    public IReadOnlyList<string>? Ignore { get; init; }
}
