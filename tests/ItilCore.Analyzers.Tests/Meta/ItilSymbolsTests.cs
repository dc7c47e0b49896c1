using System;
using System.Threading;
using ItilCore.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ItilCore.Analyzers.Tests.Meta;

public class ItilSymbolsTests
{
    [Fact]
    public void Once_ComputesOnce_AndForgetsACancelledComputation()
    {
        var symbols = Symbols();
        var calls = 0;
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        // The first request is cancelled while it computes: a later request must compute again, not fail with it.
        Assert.Throws<OperationCanceledException>(() => symbols.Once<string>("key", () =>
        {
            calls++;
            cancelled.Token.ThrowIfCancellationRequested();
            return "never";
        }));
        Assert.Equal("ids", symbols.Once<string>("key", () => { calls++; return "ids"; }));
        Assert.Equal("ids", symbols.Once<string>("key", () => { calls++; return "other"; }));
        Assert.Equal(2, calls);
    }

    private static ItilSymbols Symbols()
    {
        var compilation = CSharpCompilation.Create(
            "Once",
            references: [MetadataReference.CreateFromFile(typeof(object).Assembly.Location), MetadataReference.CreateFromFile(typeof(CommandResult).Assembly.Location)]);
        return ItilSymbols.TryCreate(compilation) ?? throw new InvalidOperationException("ItilCore was not found in the test compilation");
    }
}
