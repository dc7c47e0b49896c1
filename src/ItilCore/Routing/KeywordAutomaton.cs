using System;
using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace ItilCore.Routing;

/// <summary>
/// An Aho–Corasick automaton over folded characters, compiled to a DFA: one pass over the text finds every keyword of
/// the rule set, each character costing one table step. Characters that occur in no keyword share one column (class 0)
/// that always leads back to the root, so the table has one column per distinct keyword character only.
/// </summary>
/// <remarks>Immutable and thread-safe once built.</remarks>
internal sealed class KeywordAutomaton
{
    private readonly int[] _asciiClass = new int[128];
    private readonly FrozenDictionary<char, int> _otherClass;
    private readonly int _stride;
    private readonly int[] _step;
    private readonly SearchValues<char> _leaveRoot;
    private readonly int[] _outStart;
    private readonly int[] _outPatterns;
    private readonly int[] _patternLength;
    private readonly int[] _substringId;
    private readonly int[] _wholeWordId;

    /// <param name="patterns">Distinct folded keyword texts.</param>
    /// <param name="substringIds">Per pattern, the keyword id of its substring use, or -1.</param>
    /// <param name="wholeWordIds">Per pattern, the keyword id of its whole-word use, or -1.</param>
    public KeywordAutomaton(IReadOnlyList<string> patterns, int[] substringIds, int[] wholeWordIds)
    {
        _substringId = substringIds;
        _wholeWordId = wholeWordIds;
        _patternLength = new int[patterns.Count];

        // Character classes: ASCII in a table; anything else (rare in keywords) in a frozen dictionary.
        var classes = new Dictionary<char, int>();
        foreach (var p in patterns)
        {
            foreach (var c in p)
            {
                if (!classes.ContainsKey(c))
                {
                    classes.Add(c, classes.Count + 1);
                }
            }
        }

        _stride = classes.Count + 1;
        var other = new Dictionary<char, int>();
        for (var c = 0; c < 128; c++)
        {
            var folded = RoutingValues.Fold((char)c);
            _asciiClass[c] = classes.TryGetValue(folded, out var k) ? k : 0;
        }

        // Every non-ASCII character whose folded form is a keyword character (the Kelvin sign folds to 'k').
        for (var c = 128; c <= char.MaxValue; c++)
        {
            if (classes.TryGetValue(RoutingValues.Fold((char)c), out var cls))
            {
                other[(char)c] = cls;
            }
        }

        _otherClass = other.ToFrozenDictionary();

        // Trie.
        var children = new List<Dictionary<int, int>> { new() };
        var outputs = new List<List<int>> { new() };
        for (var p = 0; p < patterns.Count; p++)
        {
            var state = 0;
            foreach (var c in patterns[p])
            {
                var cls = classes[c];
                if (!children[state].TryGetValue(cls, out var next))
                {
                    next = children.Count;
                    children.Add(new());
                    outputs.Add(new());
                    children[state].Add(cls, next);
                }

                state = next;
            }

            outputs[state].Add(p);
            _patternLength[p] = patterns[p].Length;
        }

        // Failure links breadth-first, folded straight into the DFA table.
        var states = children.Count;
        var delta = new int[states * _stride];
        var fail = new int[states];
        var queue = new Queue<int>();
        foreach (var (cls, next) in children[0])
        {
            delta[cls] = next;
            queue.Enqueue(next);
        }

        while (queue.Count > 0)
        {
            var s = queue.Dequeue();
            outputs[s].AddRange(outputs[fail[s]]);
            for (var cls = 0; cls < _stride; cls++)
            {
                if (cls != 0 && children[s].TryGetValue(cls, out var next))
                {
                    fail[next] = delta[(fail[s] * _stride) + cls];
                    delta[(s * _stride) + cls] = next;
                    queue.Enqueue(next);
                }
                else
                {
                    delta[(s * _stride) + cls] = cls == 0 ? 0 : delta[(fail[s] * _stride) + cls];
                }
            }
        }

        _outStart = new int[states + 1];
        var flat = new List<int>();
        for (var s = 0; s < states; s++)
        {
            _outStart[s] = flat.Count;
            flat.AddRange(outputs[s]);
        }

        _outStart[states] = flat.Count;
        _outPatterns = flat.ToArray();

        // The scan's table: each entry is the next state's row offset (state × stride), shifted left once, with the
        // low bit set when that state reports keywords; a scan thus needs no multiplication and no output lookup per
        // character.
        _step = new int[delta.Length];
        for (var i = 0; i < delta.Length; i++)
        {
            var next = delta[i];
            _step[i] = (checked(next * _stride * 2)) | (_outStart[next + 1] > _outStart[next] ? 1 : 0);
        }

        // At the root, the scan jumps (vectorized) to the next character that starts some keyword.
        var starts = new List<char>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var cls = c < 128 ? _asciiClass[c] : _otherClass.GetValueOrDefault((char)c);
            if (cls != 0 && delta[cls] != 0)
            {
                starts.Add((char)c);
            }
        }

        _leaveRoot = SearchValues.Create(starts.ToArray());
    }

    /// <summary>Gets the number of automaton states.</summary>
    public int StateCount => _outStart.Length - 1;

    /// <summary>
    /// Scans the first <paramref name="limit"/> characters of <paramref name="text"/> once and sets the bit of every
    /// keyword id found. Whole-word boundaries are judged on the full text.
    /// </summary>
    public void Scan(string text, int limit, Span<ulong> found)
    {
        var step = _step;
        var asciiClass = _asciiClass;
        var span = text.AsSpan(0, Math.Min(text.Length, limit));
        var offset = 0;
        var i = 0;
        while (true)
        {
            if (offset == 0)
            {
                var skip = span[i..].IndexOfAny(_leaveRoot);
                if (skip < 0)
                {
                    return;
                }

                i += skip;
            }

            var c = span[i];
            var entry = step[offset + (c < 128 ? asciiClass[c] : NonAsciiClass(c))];
            offset = entry >> 1;
            if ((entry & 1) != 0)
            {
                var state = offset / _stride;
                for (var o = _outStart[state]; o < _outStart[state + 1]; o++)
                {
                    Report(text, i, _outPatterns[o], found);
                }
            }

            if (++i >= span.Length)
            {
                return;
            }
        }
    }

    private int NonAsciiClass(char c) => _otherClass.TryGetValue(c, out var cls) ? cls : 0;

    private void Report(string text, int last, int pattern, Span<ulong> found)
    {
        var id = _substringId[pattern];
        if (id >= 0)
        {
            found[id >> 6] |= 1UL << id;
        }

        id = _wholeWordId[pattern];
        if (id >= 0)
        {
            var first = last - _patternLength[pattern] + 1;
            if ((first == 0 || !RoutingValues.IsWordBefore(text, first - 1))
                && (last + 1 >= text.Length || !RoutingValues.IsWordAfter(text, last + 1)))
            {
                found[id >> 6] |= 1UL << id;
            }
        }
    }
}
