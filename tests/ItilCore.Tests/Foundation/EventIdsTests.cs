using System;
using System.Linq;
using Xunit;

namespace ItilCore.Tests.Foundation;

public sealed class EventIdsTests
{
    [Fact]
    public void NewRandom_IsVersion4WithTheRfcVariant()
    {
        var text = EventIds.NewRandom().ToString();

        Assert.Equal('4', text[14]);
        Assert.Contains(text[19], "89ab");
    }

    [Fact]
    public void NewRandom_HundredThousandIds_AreDistinct()
    {
        var ids = Enumerable.Range(0, 100_000).Select(_ => EventIds.NewRandom()).ToHashSet();

        Assert.Equal(100_000, ids.Count);
        Assert.DoesNotContain(Guid.Empty, ids);
    }
}
