using System;
using System.Diagnostics;
using System.Linq;
using ItilCore.Routing;

namespace ItilCore.Benchmarks;

/// <summary>A Stopwatch loop for quick profiling between full BenchmarkDotNet runs (<c>-- --quick-routing</c>); not a result.</summary>
public static class QuickRouting
{
    private static double Time(Func<int> body, int count)
    {
        var best = double.MaxValue;
        for (var round = 0; round < 40; round++)
        {
            var sw = Stopwatch.StartNew();
            for (var r = 0; r < 20; r++)
            {
                body();
            }

            best = Math.Min(best, sw.Elapsed.TotalNanoseconds / (20.0 * count));
        }

        return best;
    }

    public static void Run()
    {
        foreach (var n in new[] { 10, 100, 1_000 })
        {
            var set = RoutingRuleSet.Create(RoutingWorkload.Rules(n));
            var tickets = RoutingWorkload.TicketsFor(n);
            var best = double.MaxValue;
            var sum = 0;
            for (var round = 0; round < 40; round++)
            {
                var sw = Stopwatch.StartNew();
                for (var r = 0; r < 20; r++)
                {
                    foreach (var t in tickets)
                    {
                        sum += set.Route(t).RuleIndex;
                    }
                }

                best = Math.Min(best, sw.Elapsed.TotalNanoseconds / (20.0 * tickets.Length));
            }

            var before = GC.GetAllocatedBytesForCurrentThread();
            foreach (var t in tickets)
            {
                sum += set.Route(t).RuleIndex;
            }

            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            var dict = System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(System.Linq.Enumerable.Range(0, n).Select(i => $"cat-{i % 40}").Distinct().Select((c, i) => new System.Collections.Generic.KeyValuePair<string, int>(c, i)), StringComparer.Ordinal);
            var bestLookup = Time(() => { var s = 0; foreach (var t in tickets) { s += dict.TryGetValue(t.Category!, out var row) ? row : 0; } return s; }, tickets.Length);
            var table = new StringRowTable(dict);
            var bestTable = Time(() => { var s = 0; foreach (var t in tickets) { s += table.RowOf(t.Category); } return s; }, tickets.Length);
            var bestLoop = Time(() => { var s = 0; foreach (var t in tickets) { s += t.Category!.Length; } return s; }, tickets.Length);
            var one = tickets[0].Category;
            var bestSame = Time(() => { var s = 0; for (var i = 0; i < 4096; i++) { s += table.RowOf(one); } return s; }, tickets.Length);
            Console.WriteLine($"   same-string table {bestSame:F1} ns");
            Console.WriteLine($"   table {bestTable:F1} ns, empty loop {bestLoop:F1} ns");
            var automaton = new KeywordAutomaton(System.Linq.Enumerable.Range(0, n).Where(i => i % 10 < 3).SelectMany(i => new[] { $"kw{i}a", $"kw{i}b" }).ToArray(), System.Linq.Enumerable.Range(0, n).Where(i => i % 10 < 3).SelectMany(i => new[] { i, i }).ToArray(), System.Linq.Enumerable.Repeat(-1, 2 * n).ToArray());
            var found = new ulong[(2 * n + 63) / 64];
            var bestScan = Time(() => { foreach (var t in tickets) { automaton.Scan(t.ShortDescription, 1024, found); } return (int)found[0]; }, tickets.Length);
            Console.WriteLine($"   lookup {bestLookup:F1} ns, scan {bestScan:F1} ns (len {tickets.Average(t => t.ShortDescription.Length):F0})");
            Console.WriteLine($"{n,5} rules: best {best,7:F1} ns/ticket, {allocated} B per {tickets.Length} tickets ({sum})");
        }
    }
}
