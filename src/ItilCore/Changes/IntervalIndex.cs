using System;
using System.Collections.Generic;

namespace ItilCore.Changes;

/// <summary>
/// An interval index: half-open intervals sorted by start, with an implicit balanced tree over the sorted array whose
/// nodes keep the largest end of their subtree. A query visits only subtrees that can overlap, so it costs
/// O(log n + k) for k answers instead of a scan.
/// </summary>
/// <remarks>Immutable and thread-safe once built.</remarks>
internal sealed class IntervalIndex
{
    private readonly long[] _starts;
    private readonly long[] _ends;
    private readonly long[] _maxEnds;
    private readonly int[] _ids;

    /// <summary>Builds the index; ids are the caller's indexes of the intervals.</summary>
    public IntervalIndex(long[] starts, long[] ends)
    {
        var order = new int[starts.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var keys = (long[])starts.Clone();
        Array.Sort(keys, order);
        _starts = keys;
        _ends = new long[order.Length];
        _ids = order;
        for (var i = 0; i < order.Length; i++)
        {
            _ends[i] = ends[order[i]];
        }

        _maxEnds = new long[order.Length];
        Build(0, order.Length);
    }

    /// <summary>Gets the number of intervals.</summary>
    public int Count => _ids.Length;

    /// <summary>Gets the id at a sorted position.</summary>
    public int IdAt(int position) => _ids[position];

    /// <summary>Gets the start at a sorted position.</summary>
    public long StartAt(int position) => _starts[position];

    /// <summary>Adds the ids of every interval that overlaps [start, end).</summary>
    public void Overlapping(long start, long end, List<int> ids) => Query(0, _ids.Length, start, end, ids);

    private long Build(int lo, int hi)
    {
        if (lo >= hi)
        {
            return long.MinValue;
        }

        var mid = (lo + hi) >>> 1;
        var max = Math.Max(_ends[mid], Math.Max(Build(lo, mid), Build(mid + 1, hi)));
        _maxEnds[mid] = max;
        return max;
    }

    private void Query(int lo, int hi, long start, long end, List<int> ids)
    {
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_maxEnds[mid] <= start)
            {
                return;
            }

            Query(lo, mid, start, end, ids);
            if (_starts[mid] >= end)
            {
                return;
            }

            if (_ends[mid] > start)
            {
                ids.Add(_ids[mid]);
            }

            lo = mid + 1;
        }
    }
}
