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

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new SharedMachineConfig());
    }
}
