using System;

namespace ItilCore.Routing;

/// <summary>A compiled keyword condition: its match kind and the ids of its keywords in the rule set's keyword table.</summary>
internal sealed class KeywordClause(KeywordMatch match, int[] ids)
{
    public KeywordMatch Match { get; } = match;

    public int[] Ids { get; } = ids;

    public bool Holds(ReadOnlySpan<ulong> found)
    {
        var any = false;
        var all = true;
        foreach (var id in Ids)
        {
            var hit = (found[id >> 6] & (1UL << id)) != 0;
            any |= hit;
            all &= hit;
        }

        return Match switch
        {
            KeywordMatch.AnyOf => any,
            KeywordMatch.AllOf => all,
            _ => !any,
        };
    }
}
