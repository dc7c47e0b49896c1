using System;
using System.Collections.Generic;
using System.Collections.Frozen;
using System.Globalization;
using System.IO;
using System.Linq;
using ItilCore.Incidents;
using ItilCore.Serialization;
using ItilCore.ServiceLevels;
using NodaTime;
using NodaTime.Text;

namespace ItilCore.Replay;

/// <summary>A checked mapping from an event-log export onto ItilCore: columns, time format and zone, state names, levels, priority matrix and SLA.</summary>
/// <remarks>Immutable and thread-safe. Every problem in the document is reported at once, each with the JSON path of its key.</remarks>
public sealed class ReplayMapping
{
    private static readonly string StateNames = string.Join(", ", Enum.GetValues<IncidentState>().Select(Kebab));

    private ReplayMapping(ReplayMappingDocument document, string source)
    {
        Document = document;
        Source = source;
        Name = document.Name ?? source;
        Missing = (document.Missing ?? []).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Gets the document the mapping was built from.</summary>
    public ReplayMappingDocument Document { get; }

    /// <summary>Gets where the mapping came from (a file path or <c>JSON</c>).</summary>
    public string Source { get; }

    /// <summary>Gets the log's name for reports.</summary>
    public string Name { get; }

    /// <summary>Gets the column separator.</summary>
    public char Delimiter { get; private set; } = ',';

    /// <summary>Gets the cell values that mean "no value".</summary>
    public IReadOnlySet<string> Missing { get; }

    /// <summary>Gets the zone local times are read in, or <see langword="null"/> when a fixed <see cref="Offset"/> is used.</summary>
    public DateTimeZone? Zone { get; private set; }

    /// <summary>Gets the fixed offset local times are read in (UTC when neither a zone nor an offset is given).</summary>
    public Offset Offset { get; private set; }

    /// <summary>Gets the pattern event times are read with.</summary>
    public LocalDateTimePattern TimestampPattern { get; private set; } = LocalDateTimePattern.ExtendedIso;

    /// <summary>Gets the log's state names and the ItilCore states they map to; <see langword="null"/> marks a name that records work without changing state.</summary>
    public IReadOnlyDictionary<string, IncidentState?> States { get; private set; } = FrozenDictionary<string, IncidentState?>.Empty;

    /// <summary>Gets the priority matrix the priority check uses.</summary>
    public PriorityMatrix PriorityMatrix { get; private set; } = PriorityMatrix.ServiceNowDefault;

    /// <summary>Gets the SLA calendar named by the mapping, or <see langword="null"/>.</summary>
    public BusinessCalendar? Calendar { get; private set; }

    /// <summary>Gets the resolution targets per priority level named by the mapping (empty when none).</summary>
    public IReadOnlyDictionary<int, Duration> Targets { get; private set; } = FrozenDictionary<int, Duration>.Empty;

    /// <summary>Reads and checks a mapping file; a relative calendar path is resolved against the file's folder.</summary>
    /// <param name="path">The mapping file.</param>
    /// <returns>The mapping.</returns>
    /// <exception cref="JsonReadException">The file is not valid JSON for a mapping (unknown key, wrong type); the message says where.</exception>
    /// <exception cref="InvalidDefinitionException">The mapping's values are wrong; every problem is named with its JSON path.</exception>
    public static ReplayMapping Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var document = ItilJson.ReadFile<ReplayMappingDocument>(path);
        return Create(document, path, Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".");
    }

    /// <summary>Reads and checks a mapping from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">What is being read, for messages.</param>
    /// <param name="baseDirectory">The folder a relative calendar path is resolved against.</param>
    /// <returns>The mapping.</returns>
    public static ReplayMapping FromJson(string json, string source = "JSON", string? baseDirectory = null)
        => Create(ItilJson.Deserialize<ReplayMappingDocument>(json, source), source, baseDirectory ?? Directory.GetCurrentDirectory());

    /// <summary>Checks a mapping document and builds the mapping.</summary>
    /// <param name="document">The document.</param>
    /// <param name="source">What the document came from, for messages.</param>
    /// <param name="baseDirectory">The folder a relative calendar path is resolved against.</param>
    /// <returns>The mapping.</returns>
    /// <exception cref="InvalidDefinitionException">Some values are wrong; every problem is named with its JSON path.</exception>
    public static ReplayMapping Create(ReplayMappingDocument document, string source, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(baseDirectory);
        var problems = new List<ValidationProblem>();
        var mapping = new ReplayMapping(document, source);

        if (document.Delimiter is { } delimiter)
        {
            if (delimiter.Length == 1)
            {
                mapping.Delimiter = delimiter[0];
            }
            else
            {
                problems.Add(new("$.delimiter", $"'{delimiter}' is not one character"));
            }
        }

        Required(document.TicketId, "$.ticketId", problems);
        if (document.Timestamp is not { } timestamp)
        {
            problems.Add(new("$.timestamp", "is required: the column with each event's time, its format and its zone or offset"));
        }
        else
        {
            Required(timestamp.Column, "$.timestamp.column", problems);
            if (string.IsNullOrWhiteSpace(timestamp.Format))
            {
                problems.Add(new("$.timestamp.format", "is required, a NodaTime pattern such as 'd/M/yyyy HH:mm' or 'yyyy-MM-dd HH:mm:ss'"));
            }
            else
            {
                try
                {
                    mapping.TimestampPattern = LocalDateTimePattern.CreateWithInvariantCulture(timestamp.Format);
                }
                catch (InvalidPatternException e)
                {
                    problems.Add(new("$.timestamp.format", $"'{timestamp.Format}' is not a date-time pattern: {e.Message}"));
                }
            }

            if (timestamp.TimeZone is not null && timestamp.Offset is not null)
            {
                problems.Add(new("$.timestamp", "give a timeZone or an offset, not both"));
            }

            if (timestamp.TimeZone is { } zoneId)
            {
                mapping.Zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId);
                if (mapping.Zone is null)
                {
                    problems.Add(new("$.timestamp.timeZone", $"'{zoneId}' is not an IANA time zone (for example Europe/Rome, America/New_York, UTC)"));
                }
            }
            else if (timestamp.Offset is { } offsetText)
            {
                var parsed = OffsetPattern.GeneralInvariantWithZ.Parse(offsetText);
                if (parsed.Success)
                {
                    mapping.Offset = parsed.Value;
                }
                else
                {
                    problems.Add(new("$.timestamp.offset", $"'{offsetText}' is not a UTC offset such as +01:00 or -05:00"));
                }
            }
        }

        if (document.State is not { } state)
        {
            problems.Add(new("$.state", "is required: the column(s) with the ticket's state and how its names map onto ItilCore states"));
        }
        else
        {
            mapping.States = ReadStates(state, problems);
        }

        CheckLevel(document.Impact, "$.impact", problems);
        CheckLevel(document.Urgency, "$.urgency", problems);
        CheckLevel(document.Priority, "$.priority", problems);
        if (document.SortByTime is false && document.TieBreak is not null)
        {
            problems.Add(new("$.tieBreak", "only applies when sortByTime is true"));
        }

        if (document.PriorityMatrix is { } matrix)
        {
            try
            {
                mapping.PriorityMatrix = PriorityMatrix.Create(matrix);
            }
            catch (InvalidDefinitionException e)
            {
                problems.AddRange(e.Problems.Select(p => p with { Path = "$.priorityMatrix" + p.Path.TrimStart('$') }));
            }
        }

        if (document.Sla is { } sla)
        {
            mapping.Targets = ReadTargets(sla.Targets, "$.sla.targets", problems, mapping.PriorityMatrix);
            if (sla.Calendar is { } calendarPath)
            {
                var full = Path.GetFullPath(Path.Combine(baseDirectory, calendarPath));
                try
                {
                    mapping.Calendar = BusinessCalendar.Load(full);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonReadException or InvalidDefinitionException)
                {
                    problems.Add(new("$.sla.calendar", $"cannot load '{full}': {e.Message}"));
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidDefinitionException($"replay mapping {source}", problems);
        }

        return mapping;
    }

    /// <summary>Reads SLA targets written as priority level → duration text (<c>{"1": "4h"}</c>).</summary>
    /// <param name="targets">The targets.</param>
    /// <param name="path">The JSON path or option name the targets came from, for messages.</param>
    /// <param name="problems">Where problems are added: a key that is not a priority of <paramref name="matrix"/>, one
    /// priority written twice (<c>"4"</c> and <c>"P4"</c>), a duration that is not positive.</param>
    /// <param name="matrix">The priority matrix whose priorities the targets are for.</param>
    /// <returns>The targets by priority level.</returns>
    public static IReadOnlyDictionary<int, Duration> ReadTargets(IReadOnlyDictionary<string, string> targets, string path, ICollection<ValidationProblem> problems, PriorityMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(matrix);
        var result = new Dictionary<int, Duration>();
        var keys = new Dictionary<int, string>();
        foreach (var (key, value) in targets)
        {
            var keyText = key.StartsWith('P') || key.StartsWith('p') ? key[1..] : key;
            if (!int.TryParse(keyText, NumberStyles.None, CultureInfo.InvariantCulture, out var level) || level < 1)
            {
                problems.Add(new($"{path}.{key}", "the key must be a priority level such as 1 or P1"));
            }
            else if (!matrix.Contains(new Priority(level)))
            {
                problems.Add(new($"{path}.{key}", $"the priority matrix has priorities P1 to P{matrix.PriorityLevels}; P{level} is not one of them"));
            }
            else if (!keys.TryAdd(level, key))
            {
                problems.Add(new($"{path}.{key}", $"priority P{level} already has a target (written as \"{keys[level]}\")"));
            }
            else if (!DurationText.TryParse(value, out var duration) || duration <= Duration.Zero)
            {
                problems.Add(new($"{path}.{key}", $"'{value}' is not a positive duration such as 4h, 90m, 3d or 1d12h"));
            }
            else
            {
                result[level] = duration;
            }
        }

        return result.ToFrozenDictionary();
    }

    /// <summary>Turns a local time read from the log into an instant with the mapping's zone or offset.</summary>
    /// <param name="local">The local time.</param>
    /// <returns>The instant.</returns>
    public Instant ToInstant(LocalDateTime local)
        => Zone is { } zone ? local.InZoneLeniently(zone).ToInstant() : local.WithOffset(Offset).ToInstant();

    // The state's wire name, by the same naming policy ItilJson writes enums with.
    internal static string Kebab(IncidentState state) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(state.ToString());

    private static FrozenDictionary<string, IncidentState?> ReadStates(StateMapping state, List<ValidationProblem> problems)
    {
        if (state.Columns.Count == 0)
        {
            problems.Add(new("$.state.columns", "name at least one column"));
        }

        for (var i = 0; i < state.Columns.Count; i++)
        {
            Required(state.Columns[i], $"$.state.columns[{i}]", problems);
        }

        if (state.Map.Count == 0)
        {
            problems.Add(new("$.state.map", "map at least one of the log's state names onto an ItilCore state"));
        }

        var result = new Dictionary<string, IncidentState?>(StringComparer.Ordinal);
        var byName = Enum.GetValues<IncidentState>().ToDictionary(Kebab, s => s, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, target) in state.Map)
        {
            if (target is not null && byName.TryGetValue(target, out var mapped))
            {
                result[name] = mapped;
            }
            else
            {
                problems.Add(new($"$.state.map.{name}", $"{(target is null ? "null" : $"'{target}'")} is not an ItilCore incident state ({StateNames})"));
            }
        }

        var ignore = state.Ignore ?? [];
        for (var i = 0; i < ignore.Count; i++)
        {
            var name = ignore[i];
            if (name is null)
            {
                problems.Add(new($"$.state.ignore[{i}]", "null is not a state name"));
            }
            else if (!result.TryAdd(name, null))
            {
                problems.Add(new($"$.state.ignore", $"'{name}' is both mapped and ignored"));
            }
        }

        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static void CheckLevel(LevelMapping? level, string path, List<ValidationProblem> problems)
    {
        if (level is null)
        {
            return;
        }

        Required(level.Column, path + ".column", problems);
        foreach (var (value, number) in level.Values ?? new Dictionary<string, int>())
        {
            if (number is < 1 or > Levels.Max)
            {
                problems.Add(new($"{path}.values.{value}", $"{number} is not a level from 1 to {Levels.Max}"));
            }
        }
    }

    private static void Required(string? column, string path, List<ValidationProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(column))
        {
            problems.Add(new(path, "is required: name a column of the file's header"));
        }
    }
}
