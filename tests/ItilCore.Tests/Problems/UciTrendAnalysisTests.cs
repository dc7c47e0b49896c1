using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using ItilCore.Configuration;
using ItilCore.Incidents;
using ItilCore.Problems;
using ItilCore.Tests.Support;
using NodaTime;
using Xunit;
using Xunit.Abstractions;

namespace ItilCore.Tests.Problems;

/// <summary>Trend analysis over the real UCI incident log (24,918 incidents; see ../shared/data/uci-incident-eventlog/SOURCE.md).</summary>
public sealed class UciTrendAnalysisTests(ITestOutputHelper output)
{
    private const string DataPath = "../shared/data/uci-incident-eventlog/incident_event_log.csv.gz";

    [Fact]
    public void Analyze_UciLog_FindsCandidatesWhoseEvidenceMeetsWindowAndThreshold()
    {
        var records = ReadUciLog();
        var options = TrendAnalysisOptions.Default;
        var identification = new ProblemIdentification(options);
        var byId = records.ToDictionary(r => r.Id);

        var candidates = identification.Analyze(records);

        Assert.Equal(24_918, records.Length);
        var recurring = candidates.Where(c => c.Kind == ProblemCandidateKind.Recurring).ToArray();
        var duplicates = candidates.Where(c => c.Kind == ProblemCandidateKind.Duplicate).ToArray();
        Assert.NotEmpty(recurring);
        Assert.NotEmpty(duplicates);
        foreach (var c in candidates)
        {
            var evidence = c.Evidence.Select(id => byId[id]).ToArray();
            var (window, threshold) = c.Kind == ProblemCandidateKind.Duplicate ? (options.DuplicateWindow, options.DuplicateThreshold) : (options.Window, options.Threshold);
            Assert.True(evidence.Length >= threshold, c.Summary);
            Assert.True(evidence[^1].OpenedAt - evidence[0].OpenedAt < window, c.Summary);
            Assert.Equal((evidence[0].OpenedAt, evidence[^1].OpenedAt), (c.FirstOpenedAt, c.LastOpenedAt));
            Assert.True(evidence.Zip(evidence.Skip(1)).All(p => p.First.OpenedAt <= p.Second.OpenedAt), c.Summary);
            Assert.All(evidence, r => Assert.Equal(c.Key, KeyOf(c, r)));
        }

        Assert.Equal(candidates, identification.Analyze(records.Reverse()));

        output.WriteLine($"{records.Length} incidents → {candidates.Count} candidates ({recurring.Length} recurring, {duplicates.Length} duplicate) (speed is measured in benchmarks/RESULTS.md)");
        foreach (var group in recurring.GroupBy(c => c.Dimension))
        {
            output.WriteLine($"  recurring by {group.Key}: {group.Count()} candidates, {group.Sum(c => c.Evidence.Count)} evidence links, largest {group.Max(c => c.Evidence.Count)}");
        }

        output.WriteLine($"  duplicates: {duplicates.Length} candidates, {duplicates.Sum(c => c.Evidence.Count)} incidents, largest {duplicates.Max(c => c.Evidence.Count)}");
        output.WriteLine($"  first: {candidates[0].Summary}");
    }

    private static string? KeyOf(ProblemCandidate c, IncidentRecord r) => c.Kind == ProblemCandidateKind.Duplicate ? r.Symptom : c.Dimension switch
    {
        TrendDimension.Service => r.Service?.Value,
        TrendDimension.ConfigurationItem => r.ConfigurationItem?.Value,
        TrendDimension.Category => r.Category,
        TrendDimension.Subcategory => (r.Category ?? "(none)") + " / " + r.Subcategory,
        TrendDimension.Symptom => r.Symptom,
        _ => null,
    };

    /// <summary>Reads the first row of each incident: number, opened_at, category, subcategory, u_symptom, cmdb_ci.</summary>
    internal static IncidentRecord[] ReadUciLog()
    {
        var path = Path.GetFullPath(Path.Combine(Repository.Root, DataPath));
        Assert.True(File.Exists(path), $"The UCI incident log is missing: expected {path} (see SOURCE.md in that folder). This test needs the real data and does not skip.");
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var header = SplitCsv(reader.ReadLine() ?? throw new InvalidDataException("The log is empty."));
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new InvalidDataException($"Column {name} is missing.");
        var (number, opened, category, subcategory, symptom, item) = (Column("number"), Column("opened_at"), Column("category"), Column("subcategory"), Column("u_symptom"), Column("cmdb_ci"));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var records = new List<IncidentRecord>(25_000);
        while (reader.ReadLine() is { } line)
        {
            var fields = SplitCsv(line);
            if (!seen.Add(fields[number]))
            {
                continue;
            }

            records.Add(new IncidentRecord(new IncidentId(fields[number]), ParseUciTime(fields[opened]))
            {
                Category = Value(fields[category]),
                Subcategory = Value(fields[subcategory]),
                Symptom = Value(fields[symptom]),
                ConfigurationItem = Value(fields[item]) is { } ci ? new ConfigurationItemId(ci.Replace(' ', '-')) : null,
            });
        }

        return [.. records];
    }

    private static string? Value(string field) => field == "?" || field.Length == 0 ? null : field;

    // d/m/yyyy HH:MM, no zone (taken as UTC).
    private static Instant ParseUciTime(string text)
    {
        var parts = text.Split('/', ' ', ':');
        int P(int i) => int.Parse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture);
        return Instant.FromUtc(P(2), P(1), P(0), P(3), P(4));
    }

    // A small CSV splitter: commas, double-quoted fields with "" escapes.
    private static string[] SplitCsv(string line)
    {
        var fields = new List<string>(36);
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(ch);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }
}
