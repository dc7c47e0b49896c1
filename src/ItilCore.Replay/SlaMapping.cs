using System.Collections.Generic;

namespace ItilCore.Replay;

/// <summary>The resolution SLA a replay checks each ticket against: targets per priority, measured on a business calendar.</summary>
/// <remarks>Immutable and thread-safe. The clock starts when the ticket was opened and stops at the first event whose state maps to resolved or closed.</remarks>
public sealed record SlaMapping
{
    /// <summary>Gets the path of a business calendar JSON file, relative to the mapping file; without it the clock runs around the clock in UTC.</summary>
    public string? Calendar { get; init; }

    /// <summary>Gets the resolution target for each priority level, as text such as <c>4h</c>, <c>3d</c>, <c>90m</c> or <c>1d12h</c> (business time).</summary>
    public IReadOnlyDictionary<string, string> Targets { get; init; } = new Dictionary<string, string>();
}
