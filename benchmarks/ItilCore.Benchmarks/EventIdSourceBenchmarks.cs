using System;
using BenchmarkDotNet.Attributes;

namespace ItilCore.Benchmarks;

/// <summary>What one event id costs: the counter source the lifecycle benchmark uses, and the default <see cref="Guid.NewGuid"/>.</summary>
public class EventIdSourceBenchmarks
{
    private readonly CounterGuids _counter = new();

    [Benchmark(Baseline = true, Description = "Counter GUID (benchmark source)")]
    public Guid Counter() => _counter.Next();

    [Benchmark(Description = "Guid.NewGuid (default source)")]
    public Guid NewGuid() => Guid.NewGuid();
}
