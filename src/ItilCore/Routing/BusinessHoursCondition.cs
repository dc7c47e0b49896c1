
namespace ItilCore.Routing;

/// <summary>A time condition: the ticket arrived inside (or outside) the business hours of a calendar.</summary>
/// <param name="Calendar">The business hours, looked up by id in <see cref="RoutingReferences.BusinessHours"/> when the rule set is compiled.</param>
/// <param name="Inside"><see langword="true"/> for "inside business hours", <see langword="false"/> for "outside".</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record BusinessHoursCondition(CalendarId Calendar, bool Inside = true)
{
    /// <summary>Returns the condition as a person would read it.</summary>
    /// <returns>The text, for example <c>inside business hours of 'service-desk'</c>.</returns>
    public override string ToString() => (Inside ? "inside" : "outside") + $" business hours of '{Calendar}'";
}
