using System;
using ItilCore.Replay;
using NodaTime;
using Xunit;

namespace ItilCore.Cli.Tests;

public sealed class DurationTextTests
{
    [Theory]
    [InlineData("4h", 4 * 60)]
    [InlineData("90m", 90)]
    [InlineData("1d12h30m", (36 * 60) + 30)]
    [InlineData(" 3D ", 3 * 24 * 60)]
    public void Parse_ReadsUnits(string text, int minutes)
        => Assert.Equal(Duration.FromMinutes(minutes), DurationText.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("4")]
    [InlineData("h")]
    [InlineData("4x")]
    [InlineData("-4h")]
    [InlineData("4h3")]
    [InlineData("1d2h30")]
    public void TryParse_Garbage_IsFalse_AndGivesZero(string text)
    {
        // A failed read gives no part of the text ("4h3" is not 4 hours).
        Assert.False(DurationText.TryParse(text, out var duration));
        Assert.Equal(NodaTime.Duration.Zero, duration);
    }

    [Theory]
    [InlineData("999999999d")]
    [InlineData("500000000h")]
    [InlineData("16000000d16000000d")]
    public void TryParse_BeyondWhatADurationHolds_IsFalse(string text)
    {
        // NodaTime's Duration holds about 16.7 million days; FromDays/FromHours threw ArgumentOutOfRangeException out of TryParse.
        Assert.False(DurationText.TryParse(text, out _));
        Assert.Throws<FormatException>(() => DurationText.Parse(text));
    }

    [Fact]
    public void Format_RoundTrips()
    {
        var duration = Duration.FromMinutes((26 * 60) + 5);

        Assert.Equal("1d2h5m", DurationText.Format(duration));
        Assert.Equal(duration, DurationText.Parse(DurationText.Format(duration)));
        Assert.Equal("0m", DurationText.Format(Duration.Zero));
        Assert.Throws<FormatException>(() => DurationText.Parse("soon"));
    }
}
