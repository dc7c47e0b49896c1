using System;
using System.Collections.Generic;

namespace ItilCore.Replay;

/// <summary>Gives each distinct cell text a small number, reading spans without allocating once a text is known.</summary>
internal sealed class Interner
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _spans;

    public Interner() => _spans = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
#endif

    public List<string> Names { get; } = [];

    public int Id(ReadOnlySpan<char> text)
    {
#if NET9_0_OR_GREATER
        if (_spans.TryGetValue(text, out var id))
        {
            return id;
        }
#endif
        return Id(text.ToString());
    }

    public int Id(string text)
    {
        if (_ids.TryGetValue(text, out var id))
        {
            return id;
        }

        id = Names.Count;
        Names.Add(text);
        _ids.Add(text, id);
        return id;
    }
}
