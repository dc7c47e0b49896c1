using System;
using System.Collections.Concurrent;
using System.Threading;
using ItilCore.Analyzers.Internal;
using Xunit;

namespace ItilCore.Analyzers.Tests.Meta;

public class ItilSymbolsTests
{
    [Fact]
    public void Once_ComputesOnce_AndForgetsACancelledComputation()
    {
        var cache = new ConcurrentDictionary<string, Lazy<string?>>();
        var calls = 0;
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        // The first request is cancelled while it computes: a later request must compute again, not fail with it.
        Assert.Throws<OperationCanceledException>(() => ItilSymbols.Once(cache, "key", () =>
        {
            calls++;
            cancelled.Token.ThrowIfCancellationRequested();
            return "never";
        }));
        Assert.Equal("ids", ItilSymbols.Once(cache, "key", () => { calls++; return "ids"; }));
        Assert.Equal("ids", ItilSymbols.Once(cache, "key", () => { calls++; return "other"; }));
        Assert.Equal(2, calls);
    }
}
