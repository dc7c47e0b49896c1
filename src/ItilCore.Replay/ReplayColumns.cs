using System;
using System.Collections.Generic;
using System.Linq;

namespace ItilCore.Replay;

/// <summary>The positions of the mapped columns in a file's header; building it reports every mapped column the header lacks.</summary>
internal sealed class ReplayColumns
{
    private ReplayColumns()
    {
    }

    public int Ticket { get; private init; }

    public int Time { get; private init; }

    public int[] State { get; private init; } = [];

    public int OpenedAt { get; private init; } = -1;

    public int Impact { get; private init; } = -1;

    public int Urgency { get; private init; } = -1;

    public int Priority { get; private init; } = -1;

    public int Group { get; private init; } = -1;

    public int MadeSla { get; private init; } = -1;

    public int TieBreak { get; private init; } = -1;

    public int Max { get; private set; }

    public int HeaderCount { get; private init; }

    public static ReplayColumns Resolve(IReadOnlyList<string> header, ReplayMapping mapping, string source)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            index.TryAdd(header[i], i);
        }

        var problems = new List<ValidationProblem>();
        int Find(string? column, string path, bool required = false)
        {
            if (column is null)
            {
                return -1;
            }

            if (index.TryGetValue(column, out var i))
            {
                return i;
            }

            var known = string.Join(", ", header.Take(40).Select(h => $"'{h}'"));
            problems.Add(new(path, $"the column '{column}' is not in the header of {source} (its columns: {known}{(header.Count > 40 ? ", …" : "")})"));
            return required ? 0 : -1;
        }

        var d = mapping.Document;
        var columns = new ReplayColumns
        {
            Ticket = Find(d.TicketId, "$.ticketId", true),
            Time = Find(d.Timestamp!.Column, "$.timestamp.column", true),
            State = d.State!.Columns.Select((c, i) => Find(c, $"$.state.columns[{i}]", true)).ToArray(),
            OpenedAt = Find(d.OpenedAt, "$.openedAt"),
            Impact = Find(d.Impact?.Column, "$.impact.column"),
            Urgency = Find(d.Urgency?.Column, "$.urgency.column"),
            Priority = Find(d.Priority?.Column, "$.priority.column"),
            Group = Find(d.Group, "$.group"),
            MadeSla = Find(d.MadeSla, "$.madeSla"),
            TieBreak = Find(d.TieBreak, "$.tieBreak"),
            HeaderCount = header.Count,
        };
        if (problems.Count > 0)
        {
            throw new InvalidDefinitionException($"replay mapping {mapping.Source} for {source}", problems);
        }

        columns.Max = new[] { columns.Ticket, columns.Time, columns.OpenedAt, columns.Impact, columns.Urgency, columns.Priority, columns.Group, columns.MadeSla, columns.TieBreak }
            .Concat(columns.State)
            .Max();
        return columns;
    }
}
