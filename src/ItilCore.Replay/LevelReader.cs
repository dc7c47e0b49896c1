using System;
using System.Collections.Generic;
using System.Globalization;

namespace ItilCore.Replay;

/// <summary>Reads a level cell (impact, urgency, priority), remembering each distinct text's answer: 0 for no value, -1 for an unreadable one.</summary>
internal sealed class LevelReader(LevelMapping mapping, IReadOnlySet<string> missing)
{
    private readonly Interner _texts = new();
    private readonly List<int> _levels = [];

    public LevelMapping Mapping { get; } = mapping;

    public int Read(ReadOnlySpan<char> text)
    {
        var id = _texts.Id(text);
        while (_levels.Count <= id)
        {
            _levels.Add(Compute(_texts.Names[_levels.Count]));
        }

        return _levels[id];
    }

    private int Compute(string text)
    {
        if (text.Length == 0 || missing.Contains(text))
        {
            return 0;
        }

        if (Mapping.Values is { } values)
        {
            return values.TryGetValue(text, out var level) ? level : -1;
        }

        var start = text.AsSpan().IndexOfAnyInRange('0', '9');
        if (start < 0)
        {
            return -1;
        }

        var digits = text.AsSpan(start);
        var end = digits.IndexOfAnyExceptInRange('0', '9');
        return int.TryParse(end < 0 ? digits : digits[..end], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= Levels.Max ? n : -1;
    }
}
