namespace ItilCore;

/// <summary>
/// A business rule saying no to a command: a stable <see cref="Code"/> for programs and a readable
/// <see cref="Message"/> for people. A rejected command changes nothing.
/// </summary>
/// <param name="Code">A stable, dotted, lower-case code such as <c>incident.not-permitted</c>; never reused for another meaning.</param>
/// <param name="Message">Why the command was rejected, naming the state or value at fault.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Rejection(string Code, string Message)
{
    /// <summary>Returns the code and message.</summary>
    /// <returns>For example <c>incident.not-permitted: Reopen is only possible from Resolved; the incident is Closed.</c></returns>
    public override string ToString() => $"{Code}: {Message}";
}
