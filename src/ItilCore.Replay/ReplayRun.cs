using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ItilCore.Incidents;
using ItilCore.ServiceLevels;
using nietras.SeparatedValues;
using NodaTime;

namespace ItilCore.Replay;

/// <summary>The state of one replay: the reader's buffers, the open tickets and every counter of the report.</summary>
internal sealed class ReplayRun
{
    private const int Unknown = -2;
    private const int Ignored = -1;

    private readonly ReplayMapping _mapping;
    private readonly string _source;
    private readonly BusinessCalendar _calendar;
    private readonly IReadOnlyDictionary<int, Duration> _targets;
    private readonly ReplayOptions _options;
    private readonly Interner _states = new();
    private readonly List<int> _stateKinds = [];
    private readonly List<long> _stateRows = [];
    private readonly Interner _groups = new();
    private readonly LevelReader? _impact;
    private readonly LevelReader? _urgency;
    private readonly LevelReader? _priority;
    private readonly List<ReplayBadRow> _badRowSamples = [];
    private readonly Dictionary<long, long> _logPairs = [];
    private readonly long[] _lifecycleCounts = new long[64];
    private readonly long[] _lifecycleTickets = new long[64];
    private readonly List<string>?[] _examples = new List<string>?[64];
    private readonly bool[] _seenInTicket = new bool[64];
    private readonly long[] _entries = new long[8];
    private readonly long[] _exits = new long[8];
    private readonly Dictionary<int, long[]> _slaByPriority = [];
    private readonly Dictionary<int, long[]> _slaByGroup = [];
    private readonly Dictionary<(int Impact, int Urgency, int Logged, int Computed), long> _priorityCells = [];
    private readonly Dictionary<string, List<ReplayEvent>> _unsorted = new(StringComparer.Ordinal);
    private readonly List<ReplayEvent> _current = [];
    private readonly char[] _lastTime = new char[64];
    private readonly System.Text.StringBuilder _joined = new();
    private int _lastTimeLength = -1;
    private Instant _lastInstant;
    private string? _currentId;
    private long _badRows;
    private long _tickets;
    private long _accepted;
    private long _rejected;
    private long _repeats;
    private long _ignoredRows;
    private long _unknownRows;
    private long _conforming;
    private long _replayed;
    private long _slaMet;
    private long _slaBreached;
    private long _slaUnresolved;
    private long _slaNoTarget;
    private long _agreeCompared;
    private long _bothMet;
    private long _bothBreached;
    private long _onlyReplayMet;
    private long _onlyLogMet;
    private long _priorityChecked;
    private long _priorityOutside;
    private long _priorityDisagreements;
    private long _priorityTickets;

    public ReplayRun(ReplayMapping mapping, string source, BusinessCalendar calendar, IReadOnlyDictionary<int, Duration> targets, ReplayOptions options)
    {
        _mapping = mapping;
        _source = source;
        _calendar = calendar;
        _targets = targets;
        _options = options;
        var d = mapping.Document;
        _impact = d.Impact is { } impact ? new LevelReader(impact, mapping.Missing) : null;
        _urgency = d.Urgency is { } urgency ? new LevelReader(urgency, mapping.Missing) : null;
        _priority = d.Priority is { } priority ? new LevelReader(priority, mapping.Missing) : null;
    }

    public ReplayColumns? Columns { get; private set; }

    public long Rows { get; private set; }

    public void Start(ReplayColumns columns) => Columns = columns;

    public void Read(SepReader.Row row)
    {
        var c = Columns!;
        Rows++;
        var line = row.LineNumberFrom;
        if (row.ColCount <= c.Max)
        {
            Bad(line, $"the row has {row.ColCount} columns; the header has {c.HeaderCount}");
            return;
        }

        var id = row[c.Ticket].Span;
        if (IsMissing(id))
        {
            Bad(line, $"the ticket id ({_mapping.Document.TicketId}) is empty");
            return;
        }

        if (!TryTime(row[c.Time].Span, out var at))
        {
            Bad(line, $"{_mapping.Document.Timestamp!.Column} '{row[c.Time].Span}' is not a time in the format '{_mapping.Document.Timestamp.Format}'");
            return;
        }

        var e = new ReplayEvent { Line = line, At = at, Group = -1, MadeSla = -1, Order = (int)Rows };
        e.State = StateOf(row, c);
        if (!Level(row, c.Impact, _impact, ref e.Impact, line) || !Level(row, c.Urgency, _urgency, ref e.Urgency, line) || !Level(row, c.Priority, _priority, ref e.Priority, line))
        {
            return;
        }

        if (c.Group >= 0 && row[c.Group].Span is var group && !IsMissing(group))
        {
            e.Group = _groups.Id(group);
        }

        if (c.MadeSla >= 0)
        {
            var made = row[c.MadeSla].Span;
            e.MadeSla = made.Equals("true", StringComparison.OrdinalIgnoreCase) ? (sbyte)1 : made.Equals("false", StringComparison.OrdinalIgnoreCase) ? (sbyte)0 : (sbyte)-1;
        }

        if (c.TieBreak >= 0)
        {
            e.TieBreak = row[c.TieBreak].ToString();
        }

        List<ReplayEvent> events;
        if (_mapping.Document.Order == ReplayOrder.Contiguous)
        {
            if (_currentId is null || !id.SequenceEqual(_currentId))
            {
                FlushCurrent();
                _currentId = id.ToString();
            }

            events = _current;
        }
        else
        {
            var key = id.ToString();
            if (!_unsorted.TryGetValue(key, out events!))
            {
                events = [];
                _unsorted.Add(key, events);
            }
        }

        if (events.Count == 0 && c.OpenedAt >= 0)
        {
            var opened = row[c.OpenedAt].Span;
            if (!IsMissing(opened))
            {
                var parsed = _mapping.TimestampPattern.Parse(opened.ToString());
                if (!parsed.Success)
                {
                    Bad(line, $"{_mapping.Document.OpenedAt} '{opened}' is not a time in the format '{_mapping.Document.Timestamp!.Format}'");
                    return;
                }

                e.OpenedAt = _mapping.ToInstant(parsed.Value);
            }
        }

        events.Add(e);
    }

    public ReplayReport Finish()
    {
        FlushCurrent();
        foreach (var (id, events) in _unsorted)
        {
            Replay(id, events);
        }

        _unsorted.Clear();
        return new ReplayReport
        {
            Source = _source,
            Log = _mapping.Name,
            Rows = Rows,
            BadRows = _badRows,
            BadRowSamples = _badRowSamples,
            Tickets = _tickets,
            States = Enumerable.Range(0, _states.Names.Count)
                .Select(i => new StateCount(_states.Names[i], _stateRows[i], KindName(_stateKinds[i])))
                .OrderByDescending(s => s.Rows).ThenBy(s => s.Name, StringComparer.Ordinal)
                .ToArray(),
            LogTransitions = _logPairs
                .Select(p => new LogTransitionCount(_states.Names[(int)(p.Key >> 32)], _states.Names[(int)(p.Key & 0xffffffff)], p.Value))
                .OrderByDescending(p => p.Count).ThenBy(p => p.From, StringComparer.Ordinal).ThenBy(p => p.To, StringComparer.Ordinal)
                .ToArray(),
            Conformance = new ConformanceSummary
            {
                Accepted = _accepted,
                Rejected = _rejected,
                Repeats = _repeats,
                IgnoredRows = _ignoredRows,
                UnknownRows = _unknownRows,
                ConformingTickets = _conforming,
                ReplayedTickets = _replayed,
                Entries = ByState(_entries),
                Exits = ByState(_exits),
                Transitions = Enumerable.Range(0, 64)
                    .Where(i => _lifecycleCounts[i] > 0)
                    .Select(i => (From: (IncidentState)(i / 8), To: (IncidentState)(i % 8), Index: i))
                    .Select(x => new LifecycleTransitionCount(
                        x.From,
                        x.To,
                        IncidentConformance.Permits(x.From, x.To),
                        _lifecycleCounts[x.Index],
                        _lifecycleTickets[x.Index],
                        IncidentConformance.Explain(x.From, x.To),
                        _examples[x.Index] ?? []))
                    .OrderByDescending(t => t.Count)
                    .ToArray(),
            },
            Sla = _targets.Count == 0 ? null : new SlaSummary
            {
                Calendar = _mapping.Calendar is null && _options.Calendar is null ? "24x7 UTC" : $"{_calendar.Id} ({_calendar.Zone.Id})",
                Targets = _targets.OrderBy(t => t.Key).ToDictionary(t => "P" + t.Key.ToString(CultureInfo.InvariantCulture), t => DurationText.Format(t.Value)),
                Met = _slaMet,
                Breached = _slaBreached,
                Unresolved = _slaUnresolved,
                NoTarget = _slaNoTarget,
                ByPriority = _slaByPriority.OrderBy(p => p.Key)
                    .Select(p => new SlaGroupCount(PriorityName(p.Key), p.Value[0], p.Value[1], p.Value[2]))
                    .ToArray(),
                ByGroup = _slaByGroup.OrderByDescending(g => g.Value[0] + g.Value[1] + g.Value[2]).ThenBy(g => g.Key)
                    .Select(g => new SlaGroupCount(g.Key < 0 ? "(none)" : _groups.Names[g.Key], g.Value[0], g.Value[1], g.Value[2]))
                    .ToArray(),
                Agreement = _mapping.Document.MadeSla is null ? null : new MadeSlaAgreement(_agreeCompared, _bothMet, _bothBreached, _onlyReplayMet, _onlyLogMet),
            },
            PriorityCheck = _impact is null || _urgency is null || _priority is null ? null : new PriorityCheckSummary(
                _priorityChecked,
                _priorityOutside,
                _priorityDisagreements,
                _priorityTickets,
                _priorityCells.OrderByDescending(p => p.Value).Select(p => new PriorityDisagreement(p.Key.Impact, p.Key.Urgency, p.Key.Logged, p.Key.Computed, p.Value)).ToArray()),
        };
    }

    private static string KindName(int kind) => kind switch
    {
        Unknown => "unknown",
        Ignored => "ignored",
        _ => ReplayMapping.Kebab((IncidentState)kind),
    };

    private static Dictionary<string, long> ByState(long[] counts)
        => Enum.GetValues<IncidentState>().Where(s => counts[(int)s] > 0).ToDictionary(ReplayMapping.Kebab, s => counts[(int)s]);

    private string PriorityName(int level)
    {
        if (level <= 0)
        {
            return "(none)";
        }

        var priority = new Priority(level);
        return _mapping.PriorityMatrix.Contains(priority) ? $"{priority} {_mapping.PriorityMatrix.NameOf(priority)}" : priority.ToString();
    }

    private bool IsMissing(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return true;
        }

        foreach (var m in _mapping.Missing)
        {
            if (text.SequenceEqual(m))
            {
                return true;
            }
        }

        return false;
    }

    private void Bad(long line, string reason)
    {
        _badRows++;
        if (_badRowSamples.Count < _options.MaxBadRowsReported)
        {
            _badRowSamples.Add(new ReplayBadRow(line, reason));
        }
    }

    private bool TryTime(ReadOnlySpan<char> text, out Instant at)
    {
        if (text.Length == _lastTimeLength && text.SequenceEqual(_lastTime.AsSpan(0, _lastTimeLength)))
        {
            at = _lastInstant;
            return true;
        }

        at = default;
        if (text.IsEmpty || text.Length > _lastTime.Length)
        {
            return false;
        }

        var parsed = _mapping.TimestampPattern.Parse(text.ToString());
        if (!parsed.Success)
        {
            return false;
        }

        at = _mapping.ToInstant(parsed.Value);
        text.CopyTo(_lastTime);
        _lastTimeLength = text.Length;
        _lastInstant = at;
        return true;
    }

    private int StateOf(SepReader.Row row, ReplayColumns c)
    {
        int id;
        if (c.State.Length == 1)
        {
            id = _states.Id(row[c.State[0]].Span);
        }
        else
        {
            _joined.Clear();
            for (var i = 0; i < c.State.Length; i++)
            {
                if (i > 0)
                {
                    _joined.Append(_mapping.Document.State!.Separator);
                }

                _joined.Append(row[c.State[i]].Span);
            }

            id = _states.Id(_joined.ToString());
        }

        while (_stateKinds.Count <= id)
        {
            var name = _states.Names[_stateKinds.Count];
            _stateKinds.Add(_mapping.States.TryGetValue(name, out var mapped) ? mapped is { } s ? (int)s : Ignored : Unknown);
            _stateRows.Add(0);
        }

        return id;
    }

    private bool Level(SepReader.Row row, int column, LevelReader? reader, ref int level, long line)
    {
        if (column < 0 || reader is null)
        {
            return true;
        }

        var text = row[column].Span;
        level = reader.Read(text);
        if (level >= 0)
        {
            return true;
        }

        Bad(line, reader.Mapping.Values is null
            ? $"{reader.Mapping.Column} '{text}' holds no level (a whole number from 1 to {Levels.Max})"
            : $"{reader.Mapping.Column} '{text}' is not one of the mapped values");
        return false;
    }

    private void FlushCurrent()
    {
        if (_currentId is not null && _current.Count > 0)
        {
            Replay(_currentId, _current);
        }

        _current.Clear();
        _currentId = null;
    }

    private void Replay(string id, List<ReplayEvent> events)
    {
        if (_mapping.Document.SortByTime)
        {
            events.Sort(static (a, b) =>
            {
                var byTime = a.At.CompareTo(b.At);
                if (byTime != 0)
                {
                    return byTime;
                }

                var byTie = string.CompareOrdinal(a.TieBreak, b.TieBreak);
                return byTie != 0 ? byTie : a.Order.CompareTo(b.Order);
            });
        }

        _tickets++;
        Array.Clear(_seenInTicket);
        var previousRaw = -1;
        var current = -1;
        var deviated = false;
        Instant? resolvedAt = null;
        var priority = 0;
        var group = -1;
        sbyte made = -1;
        var priorityDisagrees = false;
        foreach (ref readonly var e in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(events))
        {
            _stateRows[e.State]++;
            if (previousRaw >= 0)
            {
                var key = ((long)previousRaw << 32) | (uint)e.State;
                _logPairs[key] = _logPairs.GetValueOrDefault(key) + 1;
            }

            previousRaw = e.State;
            if (e.Priority > 0)
            {
                priority = e.Priority;
            }

            if (e.Group >= 0)
            {
                group = e.Group;
            }

            made = e.MadeSla;
            priorityDisagrees |= CheckPriority(e);
            var kind = _stateKinds[e.State];
            if (kind == Unknown)
            {
                _unknownRows++;
                continue;
            }

            if (kind == Ignored)
            {
                _ignoredRows++;
                continue;
            }

            if (resolvedAt is null && kind is (int)IncidentState.Resolved or (int)IncidentState.Closed)
            {
                resolvedAt = e.At;
            }

            if (current < 0)
            {
                _entries[kind]++;
                current = kind;
                continue;
            }

            if (kind == current)
            {
                _repeats++;
                continue;
            }

            var slot = (current * 8) + kind;
            _lifecycleCounts[slot]++;
            if (!_seenInTicket[slot])
            {
                _seenInTicket[slot] = true;
                _lifecycleTickets[slot]++;
                var examples = _examples[slot] ??= [];
                if (examples.Count < _options.ExamplesPerTransition)
                {
                    examples.Add(id);
                }
            }

            if (IncidentConformance.Permits((IncidentState)current, (IncidentState)kind))
            {
                _accepted++;
            }
            else
            {
                _rejected++;
                deviated = true;
            }

            current = kind;
        }

        if (priorityDisagrees)
        {
            _priorityTickets++;
        }

        if (current >= 0)
        {
            _replayed++;
            _exits[current]++;
            if (!deviated)
            {
                _conforming++;
            }
        }

        if (_targets.Count > 0)
        {
            Sla(OpenedAt(events), resolvedAt, priority, group, made);
        }
    }

    // The opening is read from the ticket's first row in the file, which sorting by time may have moved; else its first event.
    private static Instant OpenedAt(List<ReplayEvent> events)
    {
        foreach (var e in events)
        {
            if (e.OpenedAt is { } opened)
            {
                return opened;
            }
        }

        return events[0].At;
    }

    private bool CheckPriority(in ReplayEvent e)
    {
        if (_priority is null || e.Impact <= 0 || e.Urgency <= 0 || e.Priority <= 0)
        {
            return false;
        }

        var matrix = _mapping.PriorityMatrix;
        var impact = new Impact(e.Impact);
        var urgency = new Urgency(e.Urgency);
        if (!matrix.Contains(impact) || !matrix.Contains(urgency) || !matrix.Contains(new Priority(e.Priority)))
        {
            _priorityOutside++;
            return false;
        }

        _priorityChecked++;
        var computed = matrix.Calculate(impact, urgency).Level;
        if (computed == e.Priority)
        {
            return false;
        }

        _priorityDisagreements++;
        var key = (e.Impact, e.Urgency, e.Priority, computed);
        _priorityCells[key] = _priorityCells.GetValueOrDefault(key) + 1;
        return true;
    }

    private void Sla(Instant opened, Instant? resolved, int priority, int group, sbyte made)
    {
        if (priority <= 0 || !_targets.TryGetValue(priority, out var target))
        {
            _slaNoTarget++;
            return;
        }

        var byPriority = _slaByPriority.TryGetValue(priority, out var p) ? p : _slaByPriority[priority] = new long[3];
        var byGroup = _slaByGroup.TryGetValue(group, out var g) ? g : _slaByGroup[group] = new long[3];
        if (resolved is not { } end)
        {
            _slaUnresolved++;
            byPriority[2]++;
            byGroup[2]++;
            return;
        }

        var elapsed = end > opened ? _calendar.BusinessTimeBetween(opened, end) : Duration.Zero;
        var met = elapsed <= target;
        var column = met ? 0 : 1;
        byPriority[column]++;
        byGroup[column]++;
        if (met)
        {
            _slaMet++;
        }
        else
        {
            _slaBreached++;
        }

        if (made >= 0)
        {
            _agreeCompared++;
            switch (met, made == 1)
            {
                case (true, true): _bothMet++; break;
                case (false, false): _bothBreached++; break;
                case (true, false): _onlyReplayMet++; break;
                case (false, true): _onlyLogMet++; break;
            }
        }
    }
}
