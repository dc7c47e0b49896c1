using BenchmarkDotNet.Running;

namespace ItilCore.Benchmarks;

public static class Program
{
    public static void Main(string[] args)
        => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new SharedMachineConfig());
}
