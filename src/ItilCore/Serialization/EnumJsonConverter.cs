using System;
using System.Buffers;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ItilCore.Serialization;

/// <summary>
/// Reads and writes every enum as its name under a naming policy, as <see cref="JsonStringEnumConverter"/> does (which
/// does the work), but says which value was wrong and which names are accepted instead of blaming the containing type.
/// </summary>
/// <remarks>Thread-safe.</remarks>
internal sealed class EnumJsonConverter(JsonNamingPolicy namingPolicy, bool allowIntegerValues) : JsonConverterFactory
{
    private readonly JsonStringEnumConverter _names = new(namingPolicy, allowIntegerValues);

    public override bool CanConvert(Type typeToConvert) => _names.CanConvert(typeToConvert);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
        => (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert), _names.CreateConverter(typeToConvert, options))!;

    private sealed class Converter<TEnum>(JsonConverter<TEnum> names) : JsonConverter<TEnum>
        where TEnum : struct, Enum
    {
        // JsonStringEnumConverter combines comma-separated names for any enum; only a [Flags] enum may take several.
        private static readonly bool IsFlags = typeof(TEnum).IsDefined(typeof(FlagsAttribute), inherit: false);

        // A null for an enum is a wrong value like any other, and is told so with the accepted names.
        public override bool HandleNull => true;

        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            try
            {
                return IsSeveral(ref reader) ? throw new JsonException() : names.Read(ref reader, typeToConvert, options);
            }
            catch (JsonException)
            {
                throw new JsonException(Rejection(ref reader, options));
            }
        }

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => names.Write(writer, value, options);

        public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            try
            {
                return IsSeveral(ref reader) ? throw new JsonException() : names.ReadAsPropertyName(ref reader, typeToConvert, options);
            }
            catch (JsonException)
            {
                throw new JsonException(Rejection(ref reader, options));
            }
        }

        public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => names.WriteAsPropertyName(writer, value, options);

        private static bool IsSeveral(ref Utf8JsonReader reader)
            => !IsFlags && reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName
                && (reader.ValueIsEscaped || reader.HasValueSequence ? reader.GetString()!.Contains(',', StringComparison.Ordinal) : reader.ValueSpan.IndexOf((byte)',') >= 0);

        // Only on failure: the accepted names are written by the same converter that reads them, so they cannot differ.
        private string Rejection(ref Utf8JsonReader reader, JsonSerializerOptions options)
        {
            var given = reader.TokenType switch
            {
                JsonTokenType.String or JsonTokenType.PropertyName => "\"" + reader.GetString() + "\"",
                JsonTokenType.Number => Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan),
                JsonTokenType.True => "true",
                JsonTokenType.False => "false",
                JsonTokenType.Null => "null",
                JsonTokenType.StartArray => "An array",
                _ => "An object",
            };
            var accepted = Enum.GetValues<TEnum>().Select(value => WireName(value, options)).Distinct().ToList();
            var expected = accepted.Count < 2 ? string.Concat(accepted) : string.Join(", ", accepted.Take(accepted.Count - 1)) + " or " + accepted[^1];
            return $"{given} is not a valid {typeof(TEnum).Name}; expected {expected}.";
        }

        private string WireName(TEnum value, JsonSerializerOptions options)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                names.Write(writer, value, options);
            }

            var reader = new Utf8JsonReader(buffer.WrittenSpan);
            reader.Read();
            return reader.GetString()!;
        }
    }
}
