using System.Collections.Generic;

namespace ItilCore.Replay;

/// <summary>How the real process compares with the ItilCore incident lifecycle.</summary>
/// <remarks>See "The conformance rules" in the command line documentation (docs/cli.md, section replay): only changes between different mapped states are judged; repeats, ignored and unknown names are counted apart.</remarks>
public sealed record ConformanceSummary
{
    /// <summary>Gets the number of state changes the lifecycle accepts.</summary>
    public required long Accepted { get; init; }

    /// <summary>Gets the number of state changes the lifecycle rejects (deviations).</summary>
    public required long Rejected { get; init; }

    /// <summary>Gets accepted ÷ (accepted + rejected), from 0 to 1; <see langword="null"/> when there are no state changes to judge (for example a case table with one row per ticket).</summary>
    public double? Rate => Accepted + Rejected == 0 ? null : (double)Accepted / (Accepted + Rejected);

    /// <summary>Gets the number of rows whose mapped state equals the state before (updates that do not move the ticket).</summary>
    public required long Repeats { get; init; }

    /// <summary>Gets the number of rows whose state name the mapping ignores.</summary>
    public required long IgnoredRows { get; init; }

    /// <summary>Gets the number of rows whose state name the mapping does not know; they are skipped by the lifecycle replay.</summary>
    public required long UnknownRows { get; init; }

    /// <summary>Gets the number of tickets with no rejected change.</summary>
    public required long ConformingTickets { get; init; }

    /// <summary>Gets the number of tickets with at least one mapped state.</summary>
    public required long ReplayedTickets { get; init; }

    /// <summary>Gets the first mapped state of each ticket and how many tickets start there (the lifecycle starts in new; an export often starts later).</summary>
    public required IReadOnlyDictionary<string, long> Entries { get; init; }

    /// <summary>Gets the last mapped state of each ticket and how many tickets end there.</summary>
    public required IReadOnlyDictionary<string, long> Exits { get; init; }

    /// <summary>Gets every (from, to) change seen, accepted and rejected, most frequent first.</summary>
    public required IReadOnlyList<LifecycleTransitionCount> Transitions { get; init; }
}
