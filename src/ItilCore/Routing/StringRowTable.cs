using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ItilCore.Routing;

/// <summary>
/// Maps the value texts one field's rules name to their index rows. At compile time it searches for a multiplier that
/// sends every stored value to its own slot of a power-of-two table (a perfect hash), so a lookup is one cheap hash,
/// one slot and one ordinal comparison: no probing loop. The cheap hash reads only the length and the first and last
/// four characters (two unaligned 8-byte loads); when two stored values agree on those, the hash reads every
/// character instead. Only the rule set's own values are stored, so ticket values cannot crowd the table.
/// </summary>
/// <remarks>
/// Immutable and thread-safe once built. Should no multiplier separate the values (in practice never: it would take
/// two values whose 64-bit hashes collide), lookups fall back to an ordinal <see cref="Dictionary{TKey, TValue}"/>.
/// </remarks>
internal sealed class StringRowTable
{
    // One compact entry per slot and every key's characters in one array: a lookup touches two small arrays, not a
    // string object per key scattered over the heap.
    private readonly Entry[] _entries = [];
    private readonly char[] _chars = [];
    private readonly ulong _multiplier;
    private readonly int _shift;
    private readonly bool _full;
    private readonly Dictionary<string, int>? _fallback;

    /// <param name="rows">Each value and its row (rows are positive; 0 means "no value listed").</param>
    public StringRowTable(IReadOnlyDictionary<string, int> rows)
    {
        foreach (var full in new[] { false, true })
        {
            var hashes = new List<ulong>(rows.Count);
            foreach (var key in rows.Keys)
            {
                hashes.Add(full ? FullHash(key) : CheapHash(key));
            }

            if (new HashSet<ulong>(hashes).Count < hashes.Count)
            {
                continue;
            }

            // Table sizes from 2× the value count up, a few deterministic multipliers each.
            var bits = BitOperations.Log2(BitOperations.RoundUpToPowerOf2((uint)Math.Max(2, rows.Count * 2)));
            var random = new Random(12345);
            for (; bits <= 24 && (1 << bits) <= Math.Max(64, rows.Count * 64); bits++)
            {
                var size = 1 << bits;
                var used = new bool[size];
                for (var attempt = 0; attempt < 64; attempt++)
                {
                    var multiplier = (ulong)random.NextInt64() | 1UL;
                    Array.Clear(used);
                    var ok = true;
                    foreach (var h in hashes)
                    {
                        var slot = (int)((h * multiplier) >> (64 - bits));
                        if (used[slot])
                        {
                            ok = false;
                            break;
                        }

                        used[slot] = true;
                    }

                    if (!ok)
                    {
                        continue;
                    }

                    _entries = new Entry[size];
                    _multiplier = multiplier;
                    _shift = 64 - bits;
                    _full = full;
                    var chars = new List<char>();
                    foreach (var (key, row) in rows)
                    {
                        var hash = full ? FullHash(key) : CheapHash(key);
                        var slot = (int)((hash * multiplier) >> _shift);
                        _entries[slot] = new Entry(hash, row, chars.Count, key.Length);
                        chars.AddRange(key);
                    }

                    _chars = chars.ToArray();

                    return;
                }
            }
        }

        _fallback = new Dictionary<string, int>(rows, StringComparer.Ordinal);
    }

    /// <summary>Gets the row of a value, or 0 when no rule names it (or it is absent).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int RowOf(string? value)
    {
        if (value is null)
        {
            return 0;
        }

        if (_fallback is not null)
        {
            return _fallback.GetValueOrDefault(value);
        }

        var hash = _full ? FullHash(value) : CheapHash(value);
        var slot = (int)((hash * _multiplier) >> _shift);
        // The slot is below the table size by construction (the shift keeps log2(size) bits); the JIT cannot see it.
        ref readonly var entry = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_entries), slot);
        return entry.Hash == hash && entry.Row != 0 && entry.Length == value.Length && _chars.AsSpan(entry.Start, entry.Length).SequenceEqual(value)
            ? entry.Row
            : 0;
    }

    private readonly record struct Entry(ulong Hash, int Row, int Start, int Length);

    /// <summary>The length and the first and last four characters (all of them up to eight characters).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong CheapHash(string text)
    {
        const ulong K = 0x9E3779B97F4A7C15;
        var length = text.Length;
        ref var start = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(text.AsSpan()));
        ulong head, tail;
        if (length >= 4)
        {
            // Two unaligned 8-byte reads inside the string: characters [0, 4) and [length - 4, length).
            head = Unsafe.ReadUnaligned<ulong>(ref start);
            tail = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref start, (length - 4) * 2));
        }
        else
        {
            // Up to three characters: first, middle and last cover them all.
            head = length == 0 ? 0 : text[0] | ((ulong)text[length >> 1] << 16) | ((ulong)text[length - 1] << 32);
            tail = 0;
        }

        return ((head * K) ^ BitOperations.RotateLeft(tail, 31) ^ (ulong)length) * K;
    }

    private static ulong FullHash(string text)
    {
        const ulong K = 0x9E3779B97F4A7C15;
        var span = text.AsSpan();
        var h = (ulong)span.Length * K;
        foreach (var chunk in MemoryMarshal.Cast<char, ulong>(span))
        {
            h = BitOperations.RotateLeft((h ^ chunk) * K, 27);
        }

        for (var i = span.Length & ~3; i < span.Length; i++)
        {
            h = (h ^ span[i]) * K;
        }

        return h ^ (h >> 29);
    }
}
