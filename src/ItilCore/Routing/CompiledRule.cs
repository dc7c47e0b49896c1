using System.Collections.Generic;

namespace ItilCore.Routing;

/// <summary>A rule as the router and the checks use it.</summary>
internal sealed class CompiledRule
{
    public required int Index { get; init; }

    public required RoutingRule Source { get; init; }

    /// <summary>By <see cref="RoutingField"/> number; <see langword="null"/> where the rule does not test the field.</summary>
    public required FieldConstraint?[] Fields { get; init; }

    public required int FieldMask { get; init; }

    public required KeywordClause[] Clauses { get; init; }

    /// <summary>The keywords of each clause as (folded text, whole word), for implication checks.</summary>
    public required (KeywordMatch Match, (string Text, bool WholeWord)[] Words)[] KeywordSets { get; init; }

    public required int Calendar { get; init; }

    public required bool Inside { get; init; }

    public required string[] Tags { get; init; }

    /// <summary>Whether the keyword clauses are few and ASCII, so that an ASCII description can be searched for them directly instead of scanned by the automaton.</summary>
    public bool DirectKeywords { get; set; }

    public bool Valid { get; set; } = true;

    public bool Contradictory { get; set; }

    public RoutingDecision Decision { get; set; }

    public bool IsLate => Calendar >= 0 || Clauses.Length > 0;
}
