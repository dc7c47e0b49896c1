using System;
using System.IO;
using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using ItilCore.Replay;

namespace ItilCore.Benchmarks;

/// <summary>
/// The whole UCI ServiceNow audit log (141,712 rows, 24,918 incidents, 2.4 MB gzip, 46 MB CSV) read from its .gz,
/// replayed through the incident lifecycle, the SLA (24x7) and the priority matrix, and reported, with the shipped
/// mapping; beside plain decompression of the same file to Stream.Null. Budget: ≤ 1.5 s end to end.
/// </summary>
public class ReplayBenchmarks
{
    private string _log = "";
    private ReplayMapping _mapping = null!;

    [GlobalSetup]
    public void GlobalSetup()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ItilCore.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException("ItilCore.sln not found above " + AppContext.BaseDirectory);
        }

        _log = Path.GetFullPath(Path.Combine(root.FullName, "..", "shared", "data", "uci-incident-eventlog", "incident_event_log.csv.gz"));
        if (!File.Exists(_log))
        {
            throw new InvalidOperationException($"The UCI log is missing at {_log}.");
        }

        _mapping = ReplayMapping.Load(Path.Combine(root.FullName, "samples", "ItilCore.ServiceDesk", "mappings", "uci.json"));
    }

    [Benchmark(Baseline = true)]
    public long DecompressOnly()
    {
        using var file = new FileStream(_log, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        var buffer = new byte[1 << 16];
        long total = 0;
        int read;
        while ((read = gzip.Read(buffer, 0, buffer.Length)) > 0)
        {
            total += read;
        }

        return total;
    }

    [Benchmark]
    public long ReplayAndReport() => EventLogReplay.Run(_log, _mapping).Tickets;
}
