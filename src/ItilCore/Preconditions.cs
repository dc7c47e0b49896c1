using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace ItilCore;

/// <summary>Argument checks shared by the whole library, so that every misuse gets the same kind of exception.</summary>
internal static class Preconditions
{
    public static T NotNull<T>([NotNull] T? value, string paramName)
        where T : class
        => value ?? throw new ArgumentNullException(paramName);

    public static string NotBlank([NotNull] string? value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("The value must not be empty or whitespace.", paramName);
        }

        return value;
    }

    public static TEnum Defined<TEnum>(TEnum value, string paramName)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{value} is not a defined {typeof(TEnum).Name}.");
        }

        return value;
    }

    public static T NotDefault<T>(T value, string paramName)
        where T : struct, IEquatable<T>
    {
        if (value.Equals(default))
        {
            throw new ArgumentException($"A default (empty) {typeof(T).Name} is not allowed here.", paramName);
        }

        return value;
    }

    /// <summary>An optional id: absent is fine, given must not be the default (empty) value.</summary>
    public static T? NotDefaultIfGiven<T>(T? value, string paramName)
        where T : struct, IEquatable<T>
        => value is { } given ? NotDefault(given, paramName) : null;

    /// <summary>A list of ids none of which is the default (empty) value.</summary>
    public static IReadOnlyList<T> NoDefaultItems<T>([NotNull] IEnumerable<T>? items, string paramName)
        where T : struct, IEquatable<T>
    {
        var list = NoNullItems(items, paramName);
        foreach (var item in list)
        {
            NotDefault(item, paramName);
        }

        return list;
    }

    public static IReadOnlyList<T> NoNullItems<T>([NotNull] IEnumerable<T>? items, string paramName)
    {
        ArgumentNullException.ThrowIfNull(items, paramName);
        var list = new List<T>(items);
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentException($"Item {i} is null.", paramName);
            }
        }

        return list.AsReadOnly();
    }
}
