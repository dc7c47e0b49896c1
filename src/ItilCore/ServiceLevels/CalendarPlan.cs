using System;
using System.Collections.Generic;

namespace ItilCore.ServiceLevels;

/// <summary>
/// One bucket of a calendar's working time: sorted, disjoint, non-adjacent UTC intervals (nanoseconds since the Unix
/// epoch) clipped to the bucket, with prefix sums of working time. Immutable once built.
/// </summary>
internal sealed class CalendarPlan
{
    public CalendarPlan(long[] starts, long[] ends)
    {
        Starts = starts;
        Ends = ends;
        Count = starts.Length;
        Before = new long[Count + 1];
        for (var i = 0; i < Count; i++)
        {
            Before[i + 1] = Before[i] + (ends[i] - starts[i]);
        }
    }

    public long[] Starts { get; }

    public long[] Ends { get; }

    /// <summary>Gets the working time before interval i (index Count: the bucket's total).</summary>
    public long[] Before { get; }

    public int Count { get; }

    public long Total => Before[Count];

    /// <summary>Builds a plan from intervals in any order, dropping empty ones and merging overlapping or touching ones.</summary>
    public static CalendarPlan FromUnordered(List<(long Start, long End)> intervals)
    {
        intervals.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var starts = new List<long>(intervals.Count);
        var ends = new List<long>(intervals.Count);
        foreach (var (start, end) in intervals)
        {
            if (end <= start)
            {
                continue;
            }

            if (ends.Count > 0 && start <= ends[^1])
            {
                ends[^1] = Math.Max(ends[^1], end);
            }
            else
            {
                starts.Add(start);
                ends.Add(end);
            }
        }

        return new CalendarPlan([.. starts], [.. ends]);
    }

    /// <summary>The index of the first interval that ends after the instant (Count when none does).</summary>
    public int FirstEndingAfter(long at)
    {
        var ends = Ends;
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (ends[mid] > at)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    /// <summary>The working time in the bucket before an instant.</summary>
    public long WorkBefore(long at)
    {
        var i = FirstEndingAfter(at);
        if (i == Count)
        {
            return Before[Count];
        }

        var inside = at - Starts[i];
        return inside > 0 ? Before[i] + inside : Before[i];
    }

    /// <summary>The instant at which <paramref name="work"/> (0 &lt; work ≤ Total) of working time has elapsed from the bucket's start.</summary>
    public long InstantAfterWork(long work)
    {
        // Smallest k in [1, Count] with Before[k] >= work; the result lies in interval k - 1 (its end when equal).
        var before = Before;
        int lo = 1, hi = Count;
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (before[mid] >= work)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return Starts[lo - 1] + (work - before[lo - 1]);
    }

    /// <summary>The latest instant with exactly <paramref name="work"/> (0 ≤ work &lt; Total) of working time before it.</summary>
    public long InstantBeforeWork(long work)
    {
        // Smallest k in [1, Count] with Before[k] > work; the result lies in interval k - 1 (its start when equal).
        var before = Before;
        int lo = 1, hi = Count;
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (before[mid] > work)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return Starts[lo - 1] + (work - before[lo - 1]);
    }
}
