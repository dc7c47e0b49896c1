using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using BenchmarkDotNet.Attributes;
using ItilCore.Configuration;
using ItilCore.Incidents;
using ItilCore.Problems;
using NodaTime;

namespace ItilCore.Benchmarks;

/// <summary>
/// Trend analysis (problem identification) over the 24,918 incidents of the real UCI log: per incident its first row's
/// opened_at, category, subcategory, u_symptom and cmdb_ci, read once in [GlobalSetup]. Default options: 3 incidents
/// within 7 days on every dimension, 2 identical incidents within 1 hour.
/// </summary>
public class ProblemIdentificationBenchmarks
{
    private IncidentRecord[] _records = [];
    private ProblemIdentification _identification = null!;

    [GlobalSetup]
    public void GlobalSetup()
    {
        _records = ReadUciLog();
        _identification = new ProblemIdentification();
        if (_records.Length != 24_918 || Analyze() == 0)
        {
            throw new InvalidOperationException($"Expected 24,918 incidents and some candidates; got {_records.Length}.");
        }
    }

    [Benchmark(Description = "ProblemIdentification.Analyze, UCI log (24,918 incidents)")]
    public int Analyze() => _identification.Analyze(_records).Count;

    private static IncidentRecord[] ReadUciLog()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ItilCore.sln")))
        {
            dir = dir.Parent;
        }

        var path = Path.Combine(dir?.FullName ?? throw new InvalidOperationException("ItilCore.sln not found."), "../shared/data/uci-incident-eventlog/incident_event_log.csv.gz");
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        var header = reader.ReadLine()!.Split(',');
        int Column(string name) => Array.IndexOf(header, name);
        var (number, opened, category, subcategory, symptom, item) = (Column("number"), Column("opened_at"), Column("category"), Column("subcategory"), Column("u_symptom"), Column("cmdb_ci"));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var records = new List<IncidentRecord>(25_000);
        static string? Value(string field) => field == "?" ? null : field;
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split(','); // the file has no quoted fields (SOURCE.md)
            if (seen.Add(f[number]))
            {
                var t = f[opened].Split('/', ' ', ':').Select(int.Parse).ToArray();
                records.Add(new IncidentRecord(new IncidentId(f[number]), Instant.FromUtc(t[2], t[1], t[0], t[3], t[4]))
                {
                    Category = Value(f[category]),
                    Subcategory = Value(f[subcategory]),
                    Symptom = Value(f[symptom]),
                    ConfigurationItem = Value(f[item]) is { } ci ? new ConfigurationItemId(ci.Replace(' ', '-')) : null,
                });
            }
        }

        return [.. records];
    }
}
