using System;
using BenchmarkDotNet.Attributes;

namespace ItilCore.Benchmarks;

/// <summary>
/// What one event id costs, side by side: <see cref="Guid.NewGuid"/> (the previous default, baseline), the default
/// <see cref="EventIds.NewRandom"/>, and the counter source the lifecycle and rebuild benchmarks use.
/// </summary>
public class EventIdSourceBenchmarks
{
    private readonly CounterGuids _counter = new();

    [Benchmark(Baseline = true, Description = "Guid.NewGuid (previous default)")]
    public Guid NewGuid() => Guid.NewGuid();

    [Benchmark(Description = "EventIds.NewRandom (default source)")]
    public Guid NewRandom() => EventIds.NewRandom();

    [Benchmark(Description = "Counter GUID (benchmark source)")]
    public Guid Counter() => _counter.Next();
}
