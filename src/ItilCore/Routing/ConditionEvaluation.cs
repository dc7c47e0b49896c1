namespace ItilCore.Routing;

/// <summary>How one condition of a rule fared against a ticket, in a <see cref="RoutingExplanation"/>.</summary>
/// <param name="Path">The condition's JSON path in the rule set's document, for example <c>$.rules[2].conditions[0]</c>.</param>
/// <param name="Condition">The condition as a person reads it.</param>
/// <param name="Held">Whether it held.</param>
/// <param name="TicketValue">What the ticket had (the field's value, the description, the arrival instant); <see langword="null"/> when the ticket has no value.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ConditionEvaluation(string Path, string Condition, bool Held, string? TicketValue)
{
    /// <summary>Returns the evaluation on one line.</summary>
    /// <returns>For example <c>✓ channel in [phone] (ticket: phone)</c>.</returns>
    public override string ToString() => $"{(Held ? "✓" : "✗")} {Condition} (ticket: {TicketValue ?? "none"})";
}
