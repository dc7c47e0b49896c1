using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using ItilCore.Changes;
using ItilCore.Configuration;
using NodaTime;

namespace ItilCore.Benchmarks;

/// <summary>
/// Conflicts on a change schedule: for one new change among 1,000 and 10,000 scheduled ones, and all conflicts among
/// 5,000, with the interval index beside a naive double loop over the same data (same-item conflicts; 2,000 items,
/// 1–3 items per change, windows of 1–8 hours over a year). The answers are checked equal in [GlobalSetup].
/// </summary>
public class ChangeScheduleBenchmarks
{
    private static readonly Instant Start = Instant.FromUtc(2026, 1, 1, 0, 0);

    private ScheduledChange[] _changes = [];
    private ChangeSchedule _schedule = null!;
    private ScheduledChange[] _candidates = [];

    [Params(1_000, 5_000, 10_000)]
    public int Scheduled { get; set; }

    [GlobalSetup]
    public void GlobalSetup()
    {
        var random = new Random(42);
        ScheduledChange Make(int i)
        {
            var start = Start + Duration.FromMinutes(random.Next(0, 365 * 24 * 60));
            var items = Enumerable.Range(0, random.Next(1, 4)).Select(_ => new ConfigurationItemId($"ci{random.Next(0, 2_000)}")).Distinct().ToArray();
            return new ScheduledChange(new ChangeId($"CHG{i:D7}"), new Interval(start, start + Duration.FromHours(random.Next(1, 9))), items);
        }

        _changes = Enumerable.Range(0, Scheduled).Select(Make).ToArray();
        _candidates = Enumerable.Range(Scheduled, 64).Select(Make).ToArray();
        _schedule = ChangeSchedule.Create(_changes);
        foreach (var candidate in _candidates)
        {
            var ours = _schedule.ConflictsWith(candidate).Select(c => c.OtherChange!.Value).OrderBy(c => c.Value, StringComparer.Ordinal);
            var naive = NaiveConflictsWith(candidate).OrderBy(c => c.Value, StringComparer.Ordinal);
            if (!ours.SequenceEqual(naive))
            {
                throw new InvalidOperationException($"The index and the naive loop disagree for {candidate.Change}.");
            }
        }

        if (_schedule.Conflicts().Count != NaiveAllConflicts())
        {
            throw new InvalidOperationException("The index and the naive double loop disagree on all conflicts.");
        }
    }

    [Benchmark(OperationsPerInvoke = 64)]
    public int ConflictsOfOneNewChange_Index()
    {
        var n = 0;
        foreach (var candidate in _candidates)
        {
            n += _schedule.ConflictsWith(candidate).Count;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = 64, Baseline = true)]
    public int ConflictsOfOneNewChange_NaiveLoop()
    {
        var n = 0;
        foreach (var candidate in _candidates)
        {
            n += NaiveConflictsWith(candidate).Count;
        }

        return n;
    }

    [Benchmark]
    public int AllConflicts_Index() => _schedule.Conflicts().Count;

    [Benchmark]
    public int AllConflicts_NaiveDoubleLoop() => NaiveAllConflicts();

    private List<ChangeId> NaiveConflictsWith(ScheduledChange candidate)
    {
        var found = new List<ChangeId>();
        foreach (var other in _changes)
        {
            if (Overlap(candidate, other) && candidate.Items.Any(other.Items.Contains))
            {
                found.Add(other.Change);
            }
        }

        return found;
    }

    private int NaiveAllConflicts()
    {
        var n = 0;
        for (var i = 0; i < _changes.Length; i++)
        {
            for (var j = i + 1; j < _changes.Length; j++)
            {
                if (Overlap(_changes[i], _changes[j]) && _changes[i].Items.Any(_changes[j].Items.Contains))
                {
                    n++;
                }
            }
        }

        return n;
    }

    private static bool Overlap(ScheduledChange a, ScheduledChange b) => a.Window.Start < b.Window.End && b.Window.Start < a.Window.End;
}
