namespace ItilCore.Replay;

/// <summary>Where an event log keeps the time of each event and how to read it.</summary>
/// <remarks>Immutable and thread-safe. Exactly one of <see cref="TimeZone"/> and <see cref="Offset"/> may be given; with neither the times are UTC.</remarks>
public sealed record TimestampMapping
{
    /// <summary>Gets the column holding the event time.</summary>
    public string Column { get; init; } = "";

    /// <summary>Gets the NodaTime local date-time pattern of the column, for example <c>d/M/yyyy HH:mm</c>.</summary>
    public string Format { get; init; } = "";

    /// <summary>Gets the IANA time zone the local times are in (for example <c>Europe/Rome</c>); gaps move forward, ambiguous times take the earlier instant.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Gets the fixed UTC offset the local times are in, for example <c>+01:00</c>.</summary>
    public string? Offset { get; init; }
}
