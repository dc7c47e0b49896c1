using System.IO;
using ItilCore.Replay;

namespace ItilCore.Cli.Tests;

/// <summary>One replay of the whole UCI log, shared by the tests that check its figures.</summary>
public sealed class UciReplayFixture
{
    public UciReplayFixture()
    {
        Report = EventLogReplay.Run(RealData.Uci, ReplayMapping.Load(Path.Combine(RealData.Repo("samples/ItilCore.ServiceDesk/mappings"), "uci.json")));
    }

    public ReplayReport Report { get; }
}
