using System;
using System.Collections.Generic;

namespace ItilCore;

/// <summary>
/// The checks that catalogue and configuration validation share, each adding a <see cref="ValidationProblem"/> with an
/// exact JSON path instead of throwing, so that every problem is reported at once.
/// </summary>
internal static class DefinitionChecks
{
    /// <summary>Returns the list, or an empty one after reporting that it is missing.</summary>
    public static IReadOnlyList<T> List<T>(IReadOnlyList<T>? items, string path, List<ValidationProblem> problems)
    {
        if (items is null)
        {
            problems.Add(new(path, "the list is missing"));
            return [];
        }

        return items;
    }

    /// <summary>Maps each id to the index of its first definition; missing items and default ids are skipped.</summary>
    public static Dictionary<TId, int> FirstIndexes<TItem, TId>(IReadOnlyList<TItem?> items, Func<TItem, TId> id)
        where TItem : class
        where TId : struct, IIdentifier<TId>
    {
        var indexes = new Dictionary<TId, int>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is { } item && id(item) is { Value: not null } key)
            {
                indexes.TryAdd(key, i);
            }
        }

        return indexes;
    }

    /// <summary>Checks that an element is present, the id is set and defined once, and the name is not empty.</summary>
    /// <returns><see langword="false"/> when the element itself is missing, so nothing else about it can be checked.</returns>
    public static bool Element<TItem, TId>(
        TItem? item,
        Func<TItem, TId> id,
        Func<TItem, string?> name,
        string section,
        int index,
        Dictionary<TId, int> firstIndexes,
        List<ValidationProblem> problems)
        where TItem : class
        where TId : struct, IIdentifier<TId>
    {
        var path = $"{section}[{index}]";
        if (item is null)
        {
            problems.Add(new(path, "the entry is missing (null)"));
            return false;
        }

        var key = id(item);
        if (key.Value is null)
        {
            problems.Add(new(path + ".id", $"the {TId.KindName} is missing"));
        }
        else if (firstIndexes[key] != index)
        {
            problems.Add(new(path + ".id", $"duplicate {TId.KindName} '{key.Value}'; it is first defined at {section}[{firstIndexes[key]}]"));
        }

        Name(name(item), path + ".name", problems);
        return true;
    }

    public static void Name(string? name, string path, List<ValidationProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add(new(path, name is null ? "the name is missing" : "the name is empty"));
        }
    }

    /// <summary>Checks optional text: absent is fine, present must not be empty or whitespace.</summary>
    public static void OptionalText(string? text, string path, string what, List<ValidationProblem> problems)
    {
        if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new(path, $"the {what} is empty; leave it out instead"));
        }
    }

    /// <summary>Checks a list of texts: each must be present and not empty.</summary>
    public static IReadOnlyList<string> Texts(IReadOnlyList<string>? texts, string path, string what, List<ValidationProblem> problems)
    {
        var list = List(texts, path, problems);
        for (var i = 0; i < list.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(list[i]))
            {
                problems.Add(new($"{path}[{i}]", $"the {what} is empty"));
            }
        }

        return list;
    }

    /// <summary>Checks a list of references: each must be set, known and listed once.</summary>
    public static IReadOnlyList<TId> References<TId>(IReadOnlyList<TId>? ids, string path, Func<TId, bool> isKnown, List<ValidationProblem> problems)
        where TId : struct, IIdentifier<TId>
    {
        var list = List(ids, path, problems);
        var seen = new HashSet<TId>();
        for (var i = 0; i < list.Count; i++)
        {
            Reference(list[i], $"{path}[{i}]", isKnown, problems);
            if (list[i].Value is not null && !seen.Add(list[i]))
            {
                problems.Add(new($"{path}[{i}]", $"{TId.KindName} '{list[i].Value}' is listed more than once"));
            }
        }

        return list;
    }

    /// <summary>Checks one reference: it must be set and known.</summary>
    /// <returns><see langword="true"/> when the reference is set and known.</returns>
    public static bool Reference<TId>(TId id, string path, Func<TId, bool> isKnown, List<ValidationProblem> problems)
        where TId : struct, IIdentifier<TId>
    {
        if (id.Value is null)
        {
            problems.Add(new(path, $"the {TId.KindName} is missing"));
            return false;
        }

        if (!isKnown(id))
        {
            problems.Add(new(path, $"unknown {TId.KindName} '{id.Value}'"));
            return false;
        }

        return true;
    }

    public static void Defined<TEnum>(TEnum value, string path, List<ValidationProblem> problems)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            problems.Add(new(path, $"{value} is not a defined {typeof(TEnum).Name}"));
        }
    }
}
