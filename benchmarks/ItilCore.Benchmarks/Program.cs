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

        if (args.Contains("--check-routing"))
        {
            foreach (var rules in new[] { 10, 100, 1_000 })
            {
                new RoutingBenchmarks { Rules = rules }.GlobalSetup();
            }

            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new SharedMachineConfig());
    }
}
