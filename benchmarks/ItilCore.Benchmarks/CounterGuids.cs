using System;

namespace ItilCore.Benchmarks;

/// <summary>A cheap, deterministic event-id source (a counter in a GUID), so that benchmarks measure ItilCore, not the OS's random source.</summary>
public sealed class CounterGuids
{
    private long _next;

    public Guid Next()
    {
        var n = ++_next;
        return new Guid((int)n, (short)(n >> 32), (short)(n >> 48), 0, 0, 0, 0, 0, 0, 0, 1);
    }
}
