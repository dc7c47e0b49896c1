using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ItilCore.Serialization;

/// <summary>Reads and writes a strongly typed identifier as a JSON string, and as a property name in dictionaries.</summary>
/// <typeparam name="T">The identifier type.</typeparam>
/// <remarks>Thread-safe.</remarks>
public sealed class IdentifierJsonConverter<T> : JsonConverter<T>
    where T : struct, IIdentifier<T>
{
    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string for a {T.KindName}, found {reader.TokenType}.");
        }

        return FromText(reader.GetString());
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }

    /// <inheritdoc />
    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => FromText(reader.GetString());

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.Value);
    }

    private static T FromText(string? text)
    {
        var problem = Identifier.Check(text);
        return problem is null ? T.FromValidated(text!) : throw new JsonException($"The {T.KindName} {problem}.");
    }
}
