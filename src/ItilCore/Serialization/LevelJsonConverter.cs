using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ItilCore.Serialization;

/// <summary>Reads and writes an impact, urgency or priority as its level number.</summary>
/// <typeparam name="T">The level type.</typeparam>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class LevelJsonConverter<T> : JsonConverter<T>
    where T : struct, ILevel<T>
{
    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var level))
        {
            throw new JsonException($"Expected a whole number for {typeof(T).Name}, found {reader.TokenType}.");
        }

        if (level is < 1 or > Levels.Max)
        {
            throw new JsonException($"{typeof(T).Name} {level} is out of range; levels run from 1 to {Levels.Max}.");
        }

        return T.FromLevel(level);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.Level);
    }
}
