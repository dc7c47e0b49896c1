namespace ItilCore.ServiceLevels;

/// <summary>
/// A span of wall-clock time on one day, written as <c>"HH:mm"</c> texts: <c>"09:00"</c>–<c>"17:00"</c>. An end at or
/// before the start runs past midnight and belongs to the day it starts on (<c>"22:00"</c>–<c>"06:00"</c>); <c>"24:00"</c>
/// is allowed as an end and means the following midnight.
/// </summary>
/// <param name="Start">The first working minute, <c>"00:00"</c> to <c>"23:59"</c>.</param>
/// <param name="End">The end (exclusive), <c>"00:00"</c> to <c>"24:00"</c>; equal to the start is an error (an empty interval).</param>
/// <remarks>Immutable and thread-safe. The texts are checked when a calendar is built, so that every problem is reported at once.</remarks>
public sealed record WorkingInterval(string Start, string End)
{
    /// <summary>Returns the interval as <c>09:00–17:00</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Start}–{End}";
}
