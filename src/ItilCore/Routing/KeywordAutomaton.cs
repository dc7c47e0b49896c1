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
/// <remarks>
/// <para>Immutable and thread-safe once built.</para>
/// <para>
/// The DFA table has a row per state and a column per distinct keyword character. Keywords in a script with thousands
/// of characters (4,000 Chinese keywords: about 12,000 states × 3,000 characters, 169 MiB) would make it huge, so above
/// <see cref="DefaultDenseLimit"/> entries the automaton keeps each state's own transitions instead (sorted, with a
/// failure link): memory in proportion to the keywords' length, and a scan that follows failure links (amortized one
/// step per character). Both forms find the same keywords.
/// </para>
/// </remarks>
internal sealed class KeywordAutomaton
{
    /// <summary>The largest DFA table kept (states × columns): 4 Mi entries, 16 MiB.</summary>
    internal const long DefaultDenseLimit = 1 << 22;

    private readonly int[] _asciiClass = new int[128];
    private readonly FrozenDictionary<char, int> _otherClass;
    private readonly int _stride;

    // The DFA table (dense form), or null.
    private readonly int[]? _step;

    // The sparse form: the root's transitions by class, each other state's own transitions (sorted by class) and its failure link.
    private readonly int[] _rootNext = [];
    private readonly int[] _childStart = [];
    private readonly int[] _childClass = [];
    private readonly int[] _childNext = [];
    private readonly int[] _fail = [];
    private readonly SearchValues<char> _leaveRoot;
    private readonly int[] _outStart;
    private readonly int[] _outPatterns;
    private readonly int[] _patternLength;
    private readonly int[] _substringId;
    private readonly int[] _wholeWordId;

    /// <param name="patterns">Distinct folded keyword texts.</param>
    /// <param name="substringIds">Per pattern, the keyword id of its substring use, or -1.</param>
    /// <param name="wholeWordIds">Per pattern, the keyword id of its whole-word use, or -1.</param>
    /// <param name="denseLimit">The largest DFA table built (states × columns); a larger automaton takes the sparse form.</param>
    public KeywordAutomaton(IReadOnlyList<string> patterns, int[] substringIds, int[] wholeWordIds, long denseLimit = DefaultDenseLimit)
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

        var states = children.Count;
        if ((long)states * _stride > denseLimit)
        {
            _fail = SparseFailureLinks(children, outputs);
            (_outStart, _outPatterns) = Flatten(outputs);
            _rootNext = new int[_stride];
            foreach (var (cls, next) in children[0])
            {
                _rootNext[cls] = next;
            }

            _childStart = new int[states + 1];
            var transitions = 0;
            for (var s = 0; s < states; s++)
            {
                _childStart[s] = transitions;
                transitions += children[s].Count;
            }

            _childStart[states] = transitions;
            _childClass = new int[transitions];
            _childNext = new int[transitions];
            for (var s = 0; s < states; s++)
            {
                var at = _childStart[s];
                foreach (var (cls, next) in children[s])
                {
                    _childClass[at] = cls;
                    _childNext[at++] = next;
                }

                Array.Sort(_childClass, _childNext, _childStart[s], children[s].Count);
            }

            _leaveRoot = LeaveRoot(cls => _rootNext[cls] != 0);
            return;
        }

        // Failure links breadth-first, folded straight into the DFA table.
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

        (_outStart, _outPatterns) = Flatten(outputs);

        // The scan's table: each entry is the next state's row offset (state × stride), shifted left once, with the
        // low bit set when that state reports keywords; a scan thus needs no multiplication and no output lookup per
        // character.
        _step = new int[delta.Length];
        for (var i = 0; i < delta.Length; i++)
        {
            var next = delta[i];
            _step[i] = (checked(next * _stride * 2)) | (_outStart[next + 1] > _outStart[next] ? 1 : 0);
        }

        _leaveRoot = LeaveRoot(cls => delta[cls] != 0);
    }

    /// <summary>Gets whether the automaton is a DFA table (else the sparse form).</summary>
    internal bool IsDense => _step is not null;

    /// <summary>Gets the number of automaton states.</summary>
    public int StateCount => _outStart.Length - 1;

    /// <summary>
    /// Scans the first <paramref name="limit"/> characters of <paramref name="text"/> once and sets the bit of every
    /// keyword id found. Whole-word boundaries are judged on the full text.
    /// </summary>
    public void Scan(string text, int limit, Span<ulong> found)
    {
        if (_step is not { } step)
        {
            ScanSparse(text, limit, found);
            return;
        }

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

    private void ScanSparse(string text, int limit, Span<ulong> found)
    {
        var span = text.AsSpan(0, Math.Min(text.Length, limit));
        var state = 0;
        var i = 0;
        while (true)
        {
            if (state == 0)
            {
                var skip = span[i..].IndexOfAny(_leaveRoot);
                if (skip < 0)
                {
                    return;
                }

                i += skip;
            }

            var c = span[i];
            var cls = c < 128 ? _asciiClass[c] : NonAsciiClass(c);
            state = cls == 0 ? 0 : Next(state, cls);
            for (var o = _outStart[state]; o < _outStart[state + 1]; o++)
            {
                Report(text, i, _outPatterns[o], found);
            }

            if (++i >= span.Length)
            {
                return;
            }
        }
    }

    // The goto function with failure links: the state's own transition on the class, else its failure state's, down to the root.
    private int Next(int state, int cls)
    {
        while (state != 0)
        {
            var at = Array.BinarySearch(_childClass, _childStart[state], _childStart[state + 1] - _childStart[state], cls);
            if (at >= 0)
            {
                return _childNext[at];
            }

            state = _fail[state];
        }

        return _rootNext[cls];
    }

    // Failure links breadth-first over the trie's own transitions; each state's outputs gain its failure state's.
    private static int[] SparseFailureLinks(List<Dictionary<int, int>> children, List<List<int>> outputs)
    {
        var fail = new int[children.Count];
        var queue = new Queue<int>(children[0].Values);
        while (queue.Count > 0)
        {
            var s = queue.Dequeue();
            outputs[s].AddRange(outputs[fail[s]]);
            foreach (var (cls, next) in children[s])
            {
                var f = fail[s];
                while (true)
                {
                    if (children[f].TryGetValue(cls, out var target))
                    {
                        fail[next] = target;
                        break;
                    }

                    if (f == 0)
                    {
                        break;
                    }

                    f = fail[f];
                }

                queue.Enqueue(next);
            }
        }

        return fail;
    }

    private static (int[] Start, int[] Patterns) Flatten(List<List<int>> outputs)
    {
        var start = new int[outputs.Count + 1];
        var flat = new List<int>();
        for (var s = 0; s < outputs.Count; s++)
        {
            start[s] = flat.Count;
            flat.AddRange(outputs[s]);
        }

        start[outputs.Count] = flat.Count;
        return (start, flat.ToArray());
    }

    // The characters that leave the root: at the root, the scan jumps (vectorized) to the next one.
    private SearchValues<char> LeaveRoot(Func<int, bool> leavesRoot)
    {
        var starts = new List<char>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var cls = c < 128 ? _asciiClass[c] : _otherClass.GetValueOrDefault((char)c);
            if (cls != 0 && leavesRoot(cls))
            {
                starts.Add((char)c);
            }
        }

        return SearchValues.Create(starts.ToArray());
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
