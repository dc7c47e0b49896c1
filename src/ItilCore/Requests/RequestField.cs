using System.Collections.Generic;

namespace ItilCore.Requests;

/// <summary>One piece of data a request item needs from the requester (ServiceNow's catalogue variable).</summary>
/// <param name="Name">The field's name, unique within its item; submitted data is keyed by it.</param>
/// <param name="Kind">What kind of value the field takes.</param>
/// <param name="Required">Whether a request without this field is rejected.</param>
/// <remarks>
/// Immutable and thread-safe. Equality compares every member, <see cref="Options"/> by its items. Values are checked
/// when a <see cref="RequestCatalog"/> is built.
/// </remarks>
public sealed record RequestField(string Name, RequestFieldKind Kind, bool Required = false)
{
    /// <summary>Gets the allowed values of a <see cref="RequestFieldKind.Choice"/> field (at least one, each once); empty for other kinds.</summary>
    public IReadOnlyList<string> Options { get; init; } = [];

    /// <summary>Tells whether another field has the same members and options.</summary>
    /// <param name="other">The other field.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(RequestField? other)
        => other is not null && Name == other.Name && Kind == other.Kind && Required == other.Required && Sequence.Equal(Options, other.Options);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Name, Kind, Required, Sequence.Hash(Options));
}
