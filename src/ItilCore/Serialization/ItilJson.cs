using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace ItilCore.Serialization;

/// <summary>
/// The JSON settings every ItilCore document and event uses: camelCase names, NodaTime values in ISO form, enums as
/// strings, and domain events with a <c>$type</c> discriminator. Reading errors say where and what.
/// </summary>
/// <remarks>Thread-safe. <see cref="Options"/> is frozen; copy it (<c>new JsonSerializerOptions(ItilJson.Options)</c>) to change it.</remarks>
public static partial class ItilJson
{
    /// <summary>The discriminator property of domain events.</summary>
    internal const string EventDiscriminator = "$type";

    /// <summary>The discriminator property of SLA conditions.</summary>
    internal const string SlaConditionDiscriminator = "when";

    // Gathered from the types themselves (WireNameAttribute), so that this plumbing, which every layer uses, names none
    // of the layers above the foundation. First: the initializers below read it.
    private static readonly FrozenDictionary<string, WireFamily> Families = WireNames.Build(typeof(ItilJson).Assembly.GetTypes());

    /// <summary>
    /// The discriminator (<c>$type</c>) of every domain event type. Each event type declares its wire name where it is
    /// defined; this table gathers them. A name is never changed or reused for another event: stored histories depend on it.
    /// </summary>
    public static IReadOnlyDictionary<Type, string> EventTypeNames { get; } = Family(EventDiscriminator).Names;

    /// <summary>
    /// The <c>when</c> discriminator of every SLA condition type, the service level layer's own and the practices'. Each
    /// condition type declares its wire name where it is defined; this table gathers them. A name is never changed or
    /// reused for another condition.
    /// </summary>
    public static IReadOnlyDictionary<Type, string> SlaConditionTypeNames { get; } = Family(SlaConditionDiscriminator).Names;

    /// <summary>Gets the shared, frozen serializer options.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Serializes a value to indented JSON.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>Deserializes JSON, turning every failure into a <see cref="JsonReadException"/> that says where and what.</summary>
    /// <typeparam name="T">The expected type.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">What is being read, for messages (a file name, for example).</param>
    /// <returns>The value.</returns>
    public static T Deserialize<T>(string json, string source = "JSON")
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options)
                ?? throw new JsonReadException(source, "$", null, null, "the document is null", null);
        }
        catch (JsonException e)
        {
            throw Wrap(e, source);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException or NotSupportedException)
        {
            throw Wrap(e, source);
        }
    }

    /// <summary>Reads a JSON file; see <see cref="Deserialize{T}(string, string)"/>.</summary>
    /// <typeparam name="T">The expected type.</typeparam>
    /// <param name="path">The file path.</param>
    /// <returns>The value.</returns>
    public static T ReadFile<T>(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Deserialize<T>(File.ReadAllText(path), path);
    }

    /// <summary>
    /// Reads a definition from a JSON file and builds it, the one way every <c>Load(path)</c> does: a read error names the
    /// file and the line (<see cref="JsonReadException"/>), and so does an invalid definition, whose
    /// <see cref="InvalidDefinitionException"/> then says which file it was ("The service catalogue in 'a.json' is invalid").
    /// </summary>
    internal static TResult LoadFile<TDefinition, TResult>(string path, Func<TDefinition, TResult> build)
    {
        var definition = ReadFile<TDefinition>(path);
        try
        {
            return build(definition);
        }
        catch (InvalidDefinitionException e)
        {
            throw new InvalidDefinitionException($"{e.Definition} in '{path}'", e.Problems);
        }
    }

    /// <summary>Writes a value to a JSON file (indented, UTF-8).</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="path">The file path.</param>
    /// <param name="value">The value.</param>
    public static void WriteFile<T>(string path, T value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        File.WriteAllText(path, Serialize(value));
    }

    private static JsonReadException Wrap(JsonException e, string source)
    {
        // System.Text.Json reports 0-based lines and positions; people count from 1.
        long? line = e.LineNumber is { } l ? l + 1 : null;
        long? position = e.BytePositionInLine is { } p ? p + 1 : null;
        return new JsonReadException(source, e.Path, line, position, Problem(e.InnerException?.Message ?? e.Message, e.Path), e);
    }

    // Other failures (a type that cannot be created, for example) carry where they happened only in their message.
    private static JsonReadException Wrap(Exception e, string source)
    {
        var where = WhereInMessage().Match(e.Message);
        return where.Success
            ? new JsonReadException(source, where.Groups[1].Value, long.Parse(where.Groups[2].Value, CultureInfo.InvariantCulture) + 1, long.Parse(where.Groups[3].Value, CultureInfo.InvariantCulture) + 1, Problem(e.Message, where.Groups[1].Value), e)
            : new JsonReadException(source, null, null, null, e.Message, e);
    }

    private static readonly string[] WhereNotes = [" Path: ", " LineNumber: "];

    // The problem without System.Text.Json's own, 0-based, note of where: the exception says where, counted from 1.
    private static string Problem(string message, string? path)
    {
        foreach (var note in WhereNotes)
        {
            var cut = message.IndexOf(note, StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }
        }

        // Two of System.Text.Json's messages name .NET types and annotations rather than the JSON: say what the JSON lacks.
        if (MissingRequired().Match(message) is { Success: true } missing)
        {
            var names = missing.Groups[1].Value;
            return names.Contains(',', StringComparison.Ordinal) ? $"the required properties {names} are missing" : $"the required property {names} is missing";
        }

        // The JSON's own name is the path's last member (the message names the .NET parameter or property).
        if (NullNotAllowed().Match(message) is not { Success: true } nulled)
        {
            return message;
        }

        var last = path?[(path.LastIndexOf('.') + 1)..];
        return $"'{(last is { Length: > 0 } && !last.Contains('[', StringComparison.Ordinal) && !last.StartsWith('$') ? last : nulled.Groups[1].Value)}' may not be null";
    }

    [GeneratedRegex(@"^JSON deserialization for type '[^']+' was missing required properties including: (.+)\.$", RegexOptions.CultureInvariant)]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"^The (?:property or field|constructor parameter) '([^']+)' on type '[^']+' doesn't allow (?:setting |getting )?null values\.", RegexOptions.CultureInvariant)]
    private static partial Regex NullNotAllowed();

    [GeneratedRegex(@"Path: (\S+) \| LineNumber: (\d+) \| BytePositionInLine: (\d+)\.", RegexOptions.CultureInvariant)]
    private static partial Regex WhereInMessage();

    private static JsonSerializerOptions CreateOptions()
    {
        // General defaults, not Web: property names are case-sensitive and numbers are never read from strings.
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = JsonNamingPolicy.CamelCase,
            NumberHandling = JsonNumberHandling.Strict,
            WriteIndented = true,

            // Documents and events are files and stores, never HTML: text is written as people wrote it ("Réseau & VPN",
            // not "R\u00E9seau \u0026 VPN"). The relaxed encoder escapes what JSON requires (quotes, backslashes, controls)
            // and still writes a few characters as \uXXXX: those outside the basic multilingual plane (an emoji is a
            // surrogate pair of escapes) and a few format or separator characters such as U+2028 and U+FEFF. All read back as written.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowTrailingCommas = false,
            AllowDuplicateProperties = false,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { AddPolymorphism, OmitNullsInDocuments } },
        };
        options.Converters.Add(new EnumJsonConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.MakeReadOnly();
        return options;
    }

    // Documents people edit (catalogues, matrices) leave out what is not set, but for what a constructor requires; events
    // write every field, so that a stored history says explicitly what was empty (their constructors require every parameter).
    private static void OmitNullsInDocuments(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || typeof(DomainEvent).IsAssignableFrom(info.Type))
        {
            return;
        }

        foreach (var property in info.Properties)
        {
            // A constructor parameter without a default must be present to read back, so it is written even when null.
            if (property.AssociatedParameter is { HasDefaultValue: false })
            {
                continue;
            }

            if (!property.PropertyType.IsValueType || Nullable.GetUnderlyingType(property.PropertyType) is not null)
            {
                property.ShouldSerialize = static (_, value) => value is not null;
            }
        }
    }

    private static WireFamily Family(string discriminator) => Families.TryGetValue(discriminator, out var family)
        ? family
        : throw new InvalidOperationException($"No ItilCore type is marked [WireDiscriminator(\"{discriminator}\")].");

    // Every abstract type of a family (DomainEvent, IncidentEvent, SlaCondition) reads and writes its concrete types by
    // their wire names.
    private static void AddPolymorphism(JsonTypeInfo info)
    {
        if (!info.Type.IsAbstract)
        {
            return;
        }

        foreach (var family in Families.Values)
        {
            if (family.BaseType.IsAssignableFrom(info.Type))
            {
                info.PolymorphismOptions = Polymorphism(info.Type, family.Discriminator, family.Names);
                return;
            }
        }
    }

    private static JsonPolymorphismOptions Polymorphism(Type baseType, string discriminator, IReadOnlyDictionary<Type, string> names)
    {
        var options = new JsonPolymorphismOptions
        {
            TypeDiscriminatorPropertyName = discriminator,
            UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization,
        };
        foreach (var (type, name) in names.OrderBy(p => p.Value, StringComparer.Ordinal))
        {
            if (baseType.IsAssignableFrom(type))
            {
                options.DerivedTypes.Add(new JsonDerivedType(type, name));
            }
        }

        return options;
    }
}
