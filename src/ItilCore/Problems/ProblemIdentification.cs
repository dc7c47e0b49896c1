using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace ItilCore.Problems;

/// <summary>
/// Problem identification by trend analysis: finds recurring incidents (the same service, configuration item, category,
/// subcategory or symptom, at least <see cref="TrendAnalysisOptions.Threshold"/> of them within a sliding
/// <see cref="TrendAnalysisOptions.Window"/>) and duplicate incidents (the same symptom on the same service, item,
/// category and subcategory, close together), and proposes them as problem candidates with the incidents as evidence.
/// </summary>
/// <remarks>
/// <para>
/// Immutable and thread-safe. For each dimension the incidents that share a value are taken in opening order and cut
/// greedily into windows: a window starts at the first incident not yet taken and holds every later incident opened
/// less than the window after it; a window with enough incidents becomes a candidate and its incidents are taken,
/// otherwise the window moves on by one incident. So a candidate's evidence always spans less than the window and
/// meets the threshold, and no incident is evidence twice on the same dimension (it can be on different dimensions).
/// </para>
/// <para>
/// The result is deterministic: candidates are ordered by first opening time, kind, dimension, key (ordinal) and first
/// incident id; evidence by opening time, then id. The cost is one sort and one pass per dimension: O(n log n).
/// </para>
/// </remarks>
public sealed class ProblemIdentification
{
    /// <summary>Initializes trend analysis with its options.</summary>
    /// <param name="options">The options; <see cref="TrendAnalysisOptions.Default"/> when omitted.</param>
    /// <exception cref="InvalidDefinitionException">The options are invalid; every problem is listed with its JSON path.</exception>
    public ProblemIdentification(TrendAnalysisOptions? options = null)
    {
        // A copy of the dimensions, validated: a caller changing its array later changes neither the checks nor the results.
        Options = options is null ? TrendAnalysisOptions.Default : options with { Dimensions = options.Dimensions?.ToArray()! };
        Options.Validate();
    }

    /// <summary>Gets the options.</summary>
    public TrendAnalysisOptions Options { get; }

    /// <summary>Analyses incident records and proposes problem candidates.</summary>
    /// <param name="incidents">The incident records, in any order; each incident once.</param>
    /// <returns>The candidates, in the documented order.</returns>
    /// <exception cref="ArgumentException">A record is null or an incident appears twice.</exception>
    public IReadOnlyList<ProblemCandidate> Analyze(IEnumerable<IncidentRecord> incidents)
    {
        var records = Preconditions.NoNullItems(incidents, nameof(incidents)).ToArray();
        var ids = new HashSet<Incidents.IncidentId>(records.Length);
        foreach (var record in records)
        {
            if (record.Id.Value is null || !ids.Add(record.Id))
            {
                throw new ArgumentException($"Incident '{record.Id}' is empty or appears more than once.", nameof(incidents));
            }
        }

        Array.Sort(records, static (a, b) => a.OpenedAt != b.OpenedAt ? a.OpenedAt.CompareTo(b.OpenedAt) : string.CompareOrdinal(a.Id.Value, b.Id.Value));
        var candidates = new List<ProblemCandidate>();
        foreach (var dimension in Options.Dimensions)
        {
            Find(records, ProblemCandidateKind.Recurring, dimension, KeyOf(dimension), Options.Window, Options.Threshold, candidates);
        }

        if (Options.FindDuplicates)
        {
            Find(records, ProblemCandidateKind.Duplicate, TrendDimension.Symptom, DuplicateKey, Options.DuplicateWindow, Options.DuplicateThreshold, candidates);
        }

        candidates.Sort(static (a, b) =>
        {
            var c = a.FirstOpenedAt.CompareTo(b.FirstOpenedAt);
            c = c != 0 ? c : a.Kind.CompareTo(b.Kind);
            c = c != 0 ? c : a.Dimension.CompareTo(b.Dimension);
            c = c != 0 ? c : string.CompareOrdinal(a.Key, b.Key);
            return c != 0 ? c : string.CompareOrdinal(a.Evidence[0].Value, b.Evidence[0].Value);
        });
        return candidates;
    }

    private static Func<IncidentRecord, (string Group, string Key)?> KeyOf(TrendDimension dimension) => dimension switch
    {
        TrendDimension.Service => static r => r.Service is { } s ? (s.Value, s.Value) : null,
        TrendDimension.ConfigurationItem => static r => r.ConfigurationItem is { } c ? (c.Value, c.Value) : null,
        TrendDimension.Category => static r => r.Category is { } c ? (c, c) : null,
        TrendDimension.Subcategory => static r => r.Subcategory is { } s ? ((r.Category ?? string.Empty) + "\u001f" + s, (r.Category ?? "(none)") + " / " + s) : null,
        TrendDimension.Symptom => static r => r.Symptom is { } s ? (s, s) : null,
        _ => throw new InvalidOperationException("Unreachable: the options are validated."),
    };

    // Duplicates: the same symptom with everything else that is recorded equal, too.
    private static (string Group, string Key)? DuplicateKey(IncidentRecord r)
        => r.Symptom is { } symptom
            ? (string.Join('\u001f', r.Service?.Value, r.ConfigurationItem?.Value, r.Category, r.Subcategory, symptom), symptom)
            : null;

    private static void Find(
        IncidentRecord[] sorted,
        ProblemCandidateKind kind,
        TrendDimension dimension,
        Func<IncidentRecord, (string Group, string Key)?> keyOf,
        Duration window,
        int threshold,
        List<ProblemCandidate> candidates)
    {
        // Records are sorted, so each group's list is in opening order as it is filled.
        var groups = new Dictionary<string, (string Key, List<IncidentRecord> Records)>(StringComparer.Ordinal);
        foreach (var record in sorted)
        {
            if (keyOf(record) is not { } key)
            {
                continue;
            }

            if (!groups.TryGetValue(key.Group, out var group))
            {
                group = (key.Key, new List<IncidentRecord>());
                groups.Add(key.Group, group);
            }

            group.Records.Add(record);
        }

        foreach (var (key, records) in groups.Values)
        {
            if (records.Count < threshold)
            {
                continue;
            }

            var start = 0;
            while (start <= records.Count - threshold)
            {
                var end = start;
                // A window longer than what is left of NodaTime's range (someone asking for "all time") reaches its end.
                var limit = Instant.MaxValue - records[start].OpenedAt > window ? records[start].OpenedAt + window : Instant.MaxValue;
                while (end + 1 < records.Count && records[end + 1].OpenedAt < limit)
                {
                    end++;
                }

                if (end - start + 1 >= threshold)
                {
                    candidates.Add(Candidate(kind, dimension, key, records, start, end));
                    start = end + 1;
                }
                else
                {
                    start++;
                }
            }
        }
    }

    private static ProblemCandidate Candidate(ProblemCandidateKind kind, TrendDimension dimension, string key, List<IncidentRecord> records, int start, int end)
    {
        var evidence = new Incidents.IncidentId[end - start + 1];
        var first = records[start];
        var service = first.Service;
        var item = first.ConfigurationItem;
        var category = first.Category;
        var subcategory = first.Subcategory;
        var symptom = first.Symptom;
        for (var i = start; i <= end; i++)
        {
            var r = records[i];
            evidence[i - start] = r.Id;
            service = service == r.Service ? service : null;
            item = item == r.ConfigurationItem ? item : null;
            category = category == r.Category ? category : null;
            subcategory = subcategory == r.Subcategory ? subcategory : null;
            symptom = symptom == r.Symptom ? symptom : null;
        }

        return new ProblemCandidate
        {
            Kind = kind,
            Dimension = dimension,
            Key = key,
            Evidence = evidence,
            FirstOpenedAt = first.OpenedAt,
            LastOpenedAt = records[end].OpenedAt,
            Service = service,
            ConfigurationItem = item,
            Category = category,
            Subcategory = subcategory,
            Symptom = symptom,
        };
    }
}
