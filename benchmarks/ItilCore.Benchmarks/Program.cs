using System.Linq;
using BenchmarkDotNet.Running;

namespace ItilCore.Benchmarks;

public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Contains("--quick-routing"))
        {
            QuickRouting.Run();
            return;
        }

        if (args.Contains("--profile-routing"))
        {
            // Routes the 1,000-rule workload for a few seconds, for a profiler (perf) to sample; prints nothing useful.
            var set = ItilCore.Routing.RoutingRuleSet.Create(RoutingWorkload.Rules(1_000));
            var tickets = RoutingWorkload.TicketsFor(1_000);
            var sum = 0;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (clock.ElapsedMilliseconds < 6_000)
            {
                foreach (var ticket in tickets)
                {
                    sum += set.Route(ticket).RuleIndex;
                }
            }

            System.Console.WriteLine(sum);
            return;
        }

        if (args.Contains("--check-routing"))
        {
            foreach (var rules in new[] { 10, 100, 1_000 })
            {
                new RoutingBenchmarks { Rules = rules }.GlobalSetup();
            }

            return;
        }

        if (args.Contains("--check-peers"))
        {
            // Every peer measured beside ItilCore must give the same answers, or its figures compare nothing: the setups
            // check that and throw otherwise. CI runs this, so a lifecycle or rule change that a peer lacks fails the build.
            new IncidentLifecycleBenchmarks().GlobalSetup();
            foreach (var rules in new[] { 10, 100, 1_000 })
            {
                new RoutingBenchmarks { Rules = rules }.GlobalSetup();
                new KeywordRoutingBenchmarks { Rules = rules, Script = "latin" }.GlobalSetup();
                new KeywordRoutingBenchmarks { Rules = rules, Script = "chinese" }.GlobalSetup();
            }

            System.Console.WriteLine("the benchmarks' peers agree with ItilCore");
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new SharedMachineConfig());
    }
}
