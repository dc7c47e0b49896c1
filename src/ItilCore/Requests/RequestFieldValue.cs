namespace ItilCore.Requests;

/// <summary>A value submitted for one field of a request item, as checked text.</summary>
/// <param name="Name">The field's name.</param>
/// <param name="Value">The value, trimmed; numbers, dates and actors in their canonical text form.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RequestFieldValue(string Name, string Value);
