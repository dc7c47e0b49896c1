namespace ItilCore.Replay;

/// <summary>A row of an event log that could not be read; it was skipped and the replay went on.</summary>
/// <param name="Line">The 1-based line number in the (decompressed) file.</param>
/// <param name="Reason">What is wrong with it.</param>
public sealed record ReplayBadRow(long Line, string Reason);
