using System;
using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using ItilCore.Incidents;

namespace ItilCore.Routing;

/// <summary>The text forms of field values and field names, in one place for conditions, compilation and explanations.</summary>
internal static class RoutingValues
{
    public const int FieldCount = 12;

    private static readonly string[] ChannelNames = ["", "phone", "email", "portal", "chat", "walk-in", "monitoring"];

    private static readonly string[] LevelTexts = ["", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];

    public static int ChannelCount => ChannelNames.Length - 1;

    public static string Format(ContactChannel channel)
        => (int)channel >= 1 && (int)channel < ChannelNames.Length ? ChannelNames[(int)channel] : ((int)channel).ToString(CultureInfo.InvariantCulture);

    public static string Format(int level) => level >= 1 && level <= Levels.Max ? LevelTexts[level] : level.ToString(CultureInfo.InvariantCulture);

    /// <summary>Whether the field takes its values from a small closed set (a channel or a level), so that a condition's accepted values can be listed.</summary>
    public static bool IsClosed(RoutingField field) => field is RoutingField.Channel or RoutingField.Impact or RoutingField.Urgency or RoutingField.Priority;

    /// <summary>Every value of a closed field, by number (channel number or level); index 0 is unused.</summary>
    public static int DomainSize(RoutingField field) => field == RoutingField.Channel ? ChannelCount : Levels.Max;

    /// <summary>Parses a closed field's value text to its number, or 0 when it is not a value of the field.</summary>
    public static int ParseClosed(RoutingField field, string? text)
    {
        if (text is null)
        {
            return 0;
        }

        if (field == RoutingField.Channel)
        {
            var i = Array.IndexOf(ChannelNames, text);
            return i > 0 ? i : 0;
        }

        var j = Array.IndexOf(LevelTexts, text);
        return j > 0 ? j : 0;
    }

    /// <summary>Gets the value of a closed field of a ticket as its number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ClosedValue(RoutingField field, RoutingTicket ticket) => field switch
    {
        RoutingField.Channel => (int)ticket.Channel,
        RoutingField.Impact => ticket.Impact.Level,
        RoutingField.Urgency => ticket.Urgency.Level,
        _ => ticket.Priority.Level,
    };

    /// <summary>Gets the text of an open (identifier or free-text) field of a ticket; <see langword="null"/> when the ticket has none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string? OpenValue(RoutingField field, RoutingTicket ticket) => field switch
    {
        RoutingField.Service => ticket.Service?.Value,
        RoutingField.Offering => ticket.Offering?.Value,
        RoutingField.Category => ticket.Category,
        RoutingField.Subcategory => ticket.Subcategory,
        RoutingField.ConfigurationItem => ticket.ConfigurationItem?.Value,
        RoutingField.ConfigurationItemClass => ticket.ConfigurationItemClass?.Value,
        RoutingField.Location => ticket.Location,
        RoutingField.Customer => ticket.Customer?.Value,
        _ => null,
    };

    /// <summary>Gets the value of any field as text, for explanations.</summary>
    public static string? Text(RoutingField field, RoutingTicket ticket)
        => IsClosed(field)
            ? (field == RoutingField.Channel ? Format(ticket.Channel) : Format(ClosedValue(field, ticket)))
            : OpenValue(field, ticket);

    public static string FieldName(RoutingField field) => field switch
    {
        RoutingField.Service => "service",
        RoutingField.Offering => "offering",
        RoutingField.Category => "category",
        RoutingField.Subcategory => "subcategory",
        RoutingField.ConfigurationItem => "configuration-item",
        RoutingField.ConfigurationItemClass => "configuration-item-class",
        RoutingField.Location => "location",
        RoutingField.Channel => "channel",
        RoutingField.Impact => "impact",
        RoutingField.Urgency => "urgency",
        RoutingField.Priority => "priority",
        RoutingField.Customer => "customer",
        _ => ((int)field).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// Folds one character for keyword matching: ASCII by bit; the rest to the invariant lower case of its invariant upper
    /// case, so that the letters that share an upper case match as simple case folding has them (final sigma ς with σ, the
    /// micro sign µ with μ, long s ſ with s), which lower-casing alone would leave apart.
    /// </summary>
    public static char Fold(char c)
    {
        if (c < 128)
        {
            return (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
        }

        return char.ToLowerInvariant(char.ToUpperInvariant(c));
    }

    public static string Fold(string text)
        => string.Create(text.Length, text, static (span, t) =>
        {
            for (var i = 0; i < t.Length; i++)
            {
                span[i] = Fold(t[i]);
            }
        });

    /// <summary>
    /// Whether the character before a match (at <paramref name="index"/>) belongs to a word, so that a whole-word match
    /// may not start after it: a letter or digit, a combining mark (of the letter before it), or a letter outside the
    /// Basic Multilingual Plane ending there.
    /// </summary>
    public static bool IsWordBefore(ReadOnlySpan<char> text, int index)
        => text[index] < 0x80 ? char.IsAsciiLetterOrDigit(text[index])
            : char.IsLowSurrogate(text[index]) ? Rune.DecodeLastFromUtf16(text[..(index + 1)], out var rune, out _) == OperationStatus.Done && Rune.IsLetterOrDigit(rune)
            : IsWordChar(text[index]);

    /// <summary>Whether the character after a match (at <paramref name="index"/>) belongs to a word, so that a whole-word match may not end before it.</summary>
    public static bool IsWordAfter(ReadOnlySpan<char> text, int index)
        => text[index] < 0x80 ? char.IsAsciiLetterOrDigit(text[index])
            : char.IsHighSurrogate(text[index]) ? Rune.DecodeFromUtf16(text[index..], out var rune, out _) == OperationStatus.Done && Rune.IsLetterOrDigit(rune)
            : IsWordChar(text[index]);

    // A letter or digit, or a combining mark, which continues the letter it follows (a decomposed "é" is "e" + U+0301).
    private static bool IsWordChar(char c)
        => char.IsLetterOrDigit(c)
            || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
