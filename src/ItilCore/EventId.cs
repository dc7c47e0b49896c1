using System;
using System.Text.Json.Serialization;

namespace ItilCore;

/// <summary>Uniquely identifies one domain event.</summary>
/// <param name="Value">The underlying GUID.</param>
/// <remarks>Immutable and thread-safe. Serialized as the GUID's text.</remarks>
[JsonConverter(typeof(Serialization.EventIdJsonConverter))]
public readonly record struct EventId(Guid Value)
{
    /// <summary>Returns the GUID in its standard text form.</summary>
    /// <returns>The GUID text.</returns>
    public override string ToString() => Value.ToString();
}
