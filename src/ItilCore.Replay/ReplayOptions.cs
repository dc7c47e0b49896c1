using System;
using System.Collections.Generic;
using ItilCore.ServiceLevels;
using NodaTime;

namespace ItilCore.Replay;

/// <summary>Options of one replay that override or complete the mapping.</summary>
/// <remarks>Immutable.</remarks>
public sealed record ReplayOptions
{
    /// <summary>Gets a calendar that replaces the mapping's SLA calendar.</summary>
    public BusinessCalendar? Calendar { get; init; }

    /// <summary>Gets SLA targets by priority level that replace the mapping's.</summary>
    public IReadOnlyDictionary<int, Duration>? Targets { get; init; }

    /// <summary>Gets how many example tickets each lifecycle transition keeps.</summary>
    public int ExamplesPerTransition { get; init; } = 3;

    /// <summary>Gets how many bad rows are kept with their line and reason (all are counted).</summary>
    public int MaxBadRowsReported { get; init; } = 20;

    /// <summary>Gets a callback told now and then how far the reader is: bytes of the file read so far and the file's length (0 when unknown).</summary>
    public Action<long, long>? Progress { get; init; }
}
