using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ItilCore.Serialization;

/// <summary>Reads and writes an <see cref="EventId"/> as a JSON string holding a GUID.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class EventIdJsonConverter : JsonConverter<EventId>
{
    /// <inheritdoc />
    public override EventId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TryGetGuid(out var guid) ? new EventId(guid) : throw new JsonException("An event id must be a GUID string.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, EventId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }
}
