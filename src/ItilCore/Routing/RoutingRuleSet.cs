using System;
using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using ItilCore.Catalog;
using ItilCore.Configuration;
using ItilCore.Serialization;

namespace ItilCore.Routing;

/// <summary>
/// A validated, compiled set of routing rules (ServiceNow assignment rules, GLPI business rules): it routes a ticket to
/// an assignment group, records a priority override, selects an SLA and adds tags, and explains its decisions.
/// </summary>
/// <remarks>
/// <para>
/// Immutable and thread-safe: one instance serves every thread. <see cref="Route"/> allocates nothing (except, under
/// <see cref="RoutingPolicy.ApplyAllUntilStop"/>, the merged tag list it returns when several matching rules add tags).
/// </para>
/// <para>
/// How it is fast: each field some rule tests has an index from value to the bitset of rules that accept it (64 rules a
/// word). Routing looks each such field up once, then walks the bitsets word by word, AND-ing the fields' words, and the
/// first set bit is the first candidate in rule order. Keyword and time conditions are checked only for candidates that
/// survive the field conditions: a candidate with a few ASCII keywords is checked by searching an ASCII description for
/// just those keywords (vectorized, case-insensitive); otherwise, the first time one is needed, the short description is
/// scanned once for every keyword of the rule set by an Aho–Corasick automaton (no regular expressions, no backtracking),
/// and each calendar is asked at most once per ticket. Fields no rule tests are never read. Open field values are found
/// with a perfect hash built at compile time (one slot, one comparison).
/// </para>
/// <para>
/// Keywords are matched on the first <see cref="MaxScannedDescriptionLength"/> characters of the short description; a
/// longer description is still routed, but a keyword that does not end within that prefix is not seen. Case is folded
/// character by character (ASCII by bit, other characters to the invariant lower case of their invariant upper case, so
/// that ς, σ and Σ match, as do µ and μ; characters outside the Basic Multilingual Plane compare exactly).
/// </para>
/// </remarks>
public sealed class RoutingRuleSet
{
    /// <summary>How many characters of the short description keyword conditions look at (ServiceNow's short description holds 160).</summary>
    public const int MaxScannedDescriptionLength = 1024;

    /// <summary>At most this many keywords in a rule's keyword conditions are searched for one by one instead of by the automaton.</summary>
    internal const int MaxDirectKeywords = 8;

    private const int MaxStackWords = 128;

    /// <summary>Descriptions up to this long are lower-cased on the stack for direct keyword searches.</summary>
    private const int MaxFoldedOnStack = 256;

    private readonly CompiledRule[] _rules;
    private readonly FieldIndex[] _fields;
    private readonly ulong[] _pass;
    private readonly int[] _firstWord;
    private readonly int[] _lastWord;
    private readonly int _words;
    private readonly ulong[] _all;
    private readonly ulong[] _late;
    private readonly KeywordAutomaton? _automaton;
    private readonly int _keywordWords;
    private readonly string[] _keywordTexts;
    private readonly bool[] _keywordWhole;
    private readonly bool _firstMatch;
    private readonly RoutingDecision[] _decisions;
    private readonly ulong[] _direct;
    private readonly IBusinessHours[] _calendars;
    private readonly CalendarId[] _calendarIds;
    private readonly RoutingDecision _default;
    private readonly int[][] _rulesOfKeyword;
    private readonly ulong[] _needsKeyword;

    internal RoutingRuleSet(RoutingRuleSetDefinition definition, CompiledRule[] rules, FieldIndex[] fields, ulong[] pass, int[] firstWord, int[] lastWord, ulong[] all, ulong[] late, KeywordAutomaton? automaton, string[] keywordTexts, bool[] keywordWhole, IBusinessHours[] calendars, CalendarId[] calendarIds)
    {
        Definition = definition;
        _rules = rules;
        _fields = fields;
        _pass = pass;
        _firstWord = firstWord;
        _lastWord = lastWord;
        _words = all.Length;
        _all = all;
        _late = late;
        _automaton = automaton;
        KeywordCount = keywordTexts.Length;
        _keywordWords = (KeywordCount + 63) >> 6;
        _keywordTexts = keywordTexts;
        _keywordWhole = keywordWhole;
        _firstMatch = definition.Policy == RoutingPolicy.FirstMatch;
        _decisions = Array.ConvertAll(rules, r => r.Decision);
        _direct = new ulong[_words];
        foreach (var rule in rules)
        {
            if (rule.DirectKeywords && rule.Calendar < 0)
            {
                _direct[rule.Index >> 6] |= 1UL << rule.Index;
            }
        }

        // For each keyword, the rules one of whose any-of or all-of clauses names it; such a rule can match only a ticket
        // in which one of those keywords was found, so one scan rules out all the others at once.
        var rulesOfKeyword = new List<int>[keywordTexts.Length];
        _needsKeyword = new ulong[_words];
        foreach (var rule in rules)
        {
            foreach (var clause in rule.Clauses)
            {
                if (clause.Match == KeywordMatch.NoneOf || clause.Ids.Length == 0)
                {
                    continue;
                }

                _needsKeyword[rule.Index >> 6] |= 1UL << rule.Index;
                foreach (var id in clause.Ids)
                {
                    (rulesOfKeyword[id] ??= []).Add(rule.Index);
                }
            }
        }

        _rulesOfKeyword = Array.ConvertAll(rulesOfKeyword, l => l?.Distinct().ToArray() ?? []);
        _calendars = calendars;
        _calendarIds = calendarIds;
        var fallback = definition.DefaultRoute;
        _default = new RoutingDecision(-1, null, fallback, fallback?.Tags.Distinct(StringComparer.Ordinal).ToArray() ?? [], 0);
    }

    /// <summary>The offsets, in the flat row table, of the ticket's row in each indexed field (a stack buffer with no setup cost).</summary>
    [System.Runtime.CompilerServices.InlineArray(RoutingValues.FieldCount)]
    private struct FieldOffsets
    {
        private int _element;
    }

    /// <summary>Gets the definition this rule set was compiled from (its JSON form).</summary>
    public RoutingRuleSetDefinition Definition { get; }

    /// <summary>Gets how matching rules combine.</summary>
    public RoutingPolicy Policy => Definition.Policy;

    /// <summary>Gets the number of rules.</summary>
    public int RuleCount => _rules.Length;

    /// <summary>Gets the number of distinct keywords (text and whole-word flag) the automaton looks for.</summary>
    public int KeywordCount { get; }

    /// <summary>Gets the keyword automaton, if any rule has keywords (for tests).</summary>
    internal KeywordAutomaton? Automaton => _automaton;

    /// <summary>
    /// Validates and compiles a rule set, reporting every problem at once: missing or malformed parts, unknown services,
    /// offerings, customers, configuration items, categories, subcategories, groups, SLAs and business hours, a category
    /// or subcategory with spaces around it (an incident's are trimmed), impact, urgency and priority levels off the
    /// priority matrix's scale (when the references give the matrix), conditions that contradict each other, and rules
    /// that can never fire because an earlier rule always matches first.
    /// </summary>
    /// <param name="definition">The rule set.</param>
    /// <param name="references">What to check references against, and the business hours time conditions use; <see cref="RoutingReferences.None"/> when omitted.</param>
    /// <returns>The compiled rule set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    /// <exception cref="InvalidDefinitionException">The rule set is invalid; the exception lists every problem with its JSON path.</exception>
    /// <remarks>
    /// Shadowing is reported only when it can be proved rule against rule: a later rule is flagged when one earlier rule
    /// (under apply-all, one earlier rule that stops) accepts every value the later rule accepts on every field it tests,
    /// has keyword conditions the later rule's keywords imply, and the same time condition or none. A rule that is only
    /// covered by several earlier rules together is not flagged.
    /// </remarks>
    public static RoutingRuleSet Create(RoutingRuleSetDefinition definition, RoutingReferences? references = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return new RoutingRuleSetCompiler(definition, references ?? RoutingReferences.None).Compile();
    }

    /// <summary>Compiles without reporting contradictory or shadowed rules (they simply never fire): for tests that compare with a naive scan.</summary>
    internal static RoutingRuleSet CreateLenient(RoutingRuleSetDefinition definition, RoutingReferences? references = null)
        => new RoutingRuleSetCompiler(definition, references ?? RoutingReferences.None, reportUnreachable: false).Compile();

    /// <summary>Reads a rule set from JSON and compiles it; see <see cref="Create"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="references">What to check references against.</param>
    /// <param name="source">What is being read, for messages.</param>
    /// <returns>The compiled rule set.</returns>
    /// <exception cref="JsonReadException">The JSON is malformed or does not fit the document shape.</exception>
    /// <exception cref="InvalidDefinitionException">The rule set is invalid.</exception>
    public static RoutingRuleSet FromJson(string json, RoutingReferences? references = null, string source = "JSON")
        => Create(ItilJson.Deserialize<RoutingRuleSetDefinition>(json, source), references);

    /// <summary>Reads a rule set from a JSON file and compiles it; see <see cref="Create"/>.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="references">What to check references against.</param>
    /// <returns>The compiled rule set.</returns>
    public static RoutingRuleSet Load(string path, RoutingReferences? references = null)
        => ItilJson.LoadFile(path, (RoutingRuleSetDefinition d) => Create(d, references));

    /// <summary>Writes the rule set's definition as JSON.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => ItilJson.Serialize(Definition);

    /// <summary>Writes the rule set's definition to a JSON file.</summary>
    /// <param name="path">The file path.</param>
    public void Save(string path) => ItilJson.WriteFile(path, Definition);

    /// <summary>Routes a ticket.</summary>
    /// <param name="ticket">The ticket.</param>
    /// <returns>The decision: the first matching rule's (first match), the accumulated actions of the matching rules (apply-all), or the default route.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ticket"/> is null.</exception>
    public RoutingDecision Route(RoutingTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var fields = _fields;
        var words = _words;
        var firstWord = _firstWord;
        var lastWord = _lastWord;
        FieldOffsets offsets = default;
        Span<int> offsetSpan = offsets;
        var count = Math.Min(fields.Length, RoutingValues.FieldCount);
        var from = 0;
        var to = words - 1;
        for (var f = 0; f < count; f++)
        {
            var field = fields[f];
            var row = field.FirstRow + field.RowOf(ticket);
            offsetSpan[f] = row * words;
            from = Math.Max(from, firstWord[row]);
            to = Math.Min(to, lastWord[row]);
            if (from > to)
            {
                // No rule accepts this field's value together with the previous fields': skip the remaining lookups.
                return _default;
            }
        }

        if (!_firstMatch)
        {
            return ApplyAll(ticket, offsetSpan[..count], from, to);
        }

        var pass = _pass;
        var all = _all;
        var late = _late;
        var directTries = 0;
        for (var w = from; w <= to; w++)
        {
            var candidates = all[w];
            for (var f = 0; f < count; f++)
            {
                candidates &= pass[offsetSpan[f] + w];
            }

            while (candidates != 0)
            {
                var bit = BitOperations.TrailingZeroCount(candidates);
                var index = (w << 6) + bit;
                if (((late[w] >> bit) & 1) == 0)
                {
                    return _decisions[index];
                }

                // A rule with only a few ASCII keywords (no time condition) is checked in place when the description
                // is ASCII; anything else needs the scratch space of the slow path, which only such tickets pay for. So
                // do tickets that reach more than a few keyword rules: there one scan and the keyword index rule out
                // every rule whose keywords are absent, where a search per rule would cost in proportion to the rules.
                var verdict = ((_direct[w] >> bit) & 1) != 0 && directTries++ < MaxRulesBeforeIndex ? DirectKeywordsHold(_rules[index], ticket.ShortDescription) : -1;
                if (verdict > 0)
                {
                    return _decisions[index];
                }

                if (verdict < 0)
                {
                    return FirstMatchFromLate(ticket, offsetSpan[..count], w, candidates, to, directTries > MaxRulesBeforeIndex);
                }

                candidates &= candidates - 1;
            }
        }

        return _default;
    }

    /// <summary>1 when the rule's keyword conditions hold, 0 when they do not, -1 when the description is not ASCII (the automaton must decide).</summary>
    private int DirectKeywordsHold(CompiledRule rule, string text)
    {
        var prefix = text.AsSpan(0, Math.Min(text.Length, MaxScannedDescriptionLength));
        if (!System.Text.Ascii.IsValid(prefix))
        {
            return -1;
        }

        foreach (var clause in rule.Clauses)
        {
            if (!ClauseHoldsDirect(clause, text, prefix, StringComparison.OrdinalIgnoreCase))
            {
                return 0;
            }
        }

        return 1;
    }

    /// <summary>
    /// Explains how a ticket is routed: the decision (equal to <see cref="Route"/>'s) and every rule tried on the way,
    /// each condition with whether it held and what the ticket had. It allocates; the normal path does not pay for it.
    /// </summary>
    /// <param name="ticket">The ticket.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ticket"/> is null.</exception>
    public RoutingExplanation Explain(RoutingTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var found = new ulong[_keywordWords];
        _automaton?.Scan(ticket.ShortDescription, MaxScannedDescriptionLength, found);
        var tried = new List<RuleEvaluation>();
        foreach (var rule in _rules)
        {
            var path = $"$.rules[{rule.Index}]";
            var conditions = new List<ConditionEvaluation>();
            var source = rule.Source;
            for (var c = 0; c < source.Conditions.Count; c++)
            {
                var condition = source.Conditions[c];
                var value = RoutingValues.Text(condition.Field, ticket);
                var listed = value is not null && condition.Values.Contains(value, StringComparer.Ordinal);
                conditions.Add(new($"{path}.conditions[{c}]", condition.ToString(), condition.IsNegated ? !listed : listed, value));
            }

            for (var k = 0; k < rule.Clauses.Length; k++)
            {
                conditions.Add(new($"{path}.keywords[{k}]", source.Keywords[k].ToString(), rule.Clauses[k].Holds(found), ticket.ShortDescription));
            }

            if (rule.Calendar >= 0)
            {
                var isOpen = _calendars[rule.Calendar].IsOpenAt(ticket.ReceivedAt);
                conditions.Add(new($"{path}.businessHours", source.BusinessHours!.ToString(), isOpen == rule.Inside, ticket.ReceivedAt.ToString() + (isOpen ? " (open)" : " (closed)")));
            }

            var matched = conditions.TrueForAll(c => c.Held);
            tried.Add(new RuleEvaluation(rule.Index, source.Id, matched, conditions.AsReadOnly()));
            if (matched && (Policy == RoutingPolicy.FirstMatch || source.Stop))
            {
                break;
            }
        }

        return new RoutingExplanation(Route(ticket), tried.AsReadOnly());
    }

    /// <summary>Gets the business hours ids this rule set's time conditions use, in the order of their first use.</summary>
    /// <returns>The ids.</returns>
    public IReadOnlyList<CalendarId> BusinessHoursUsed() => _calendarIds;

    private RoutingDecision FirstMatchFromLate(RoutingTicket ticket, ReadOnlySpan<int> offsets, int w, ulong candidates, int to, bool indexNow)
    {
        ulong[]? rented = null;
        var found = _keywordWords <= MaxStackWords
            ? stackalloc ulong[_keywordWords]
            : (rented = ArrayPool<ulong>.Shared.Rent(_keywordWords)).AsSpan(0, _keywordWords);
        Span<sbyte> open = _calendars.Length <= 256 ? stackalloc sbyte[_calendars.Length] : new sbyte[_calendars.Length];
        var text = ticket.ShortDescription;
        Span<char> folded = stackalloc char[text.Length <= MaxFoldedOnStack ? text.Length : 0];
        var scanned = false;
        sbyte ascii = 0;

        // After a few rules checked one by one, one scan of the automaton and the keyword index rule out every rule whose
        // keywords were not found: rules told apart by keywords alone then cost a scan, not a search each.
        ulong[]? rentedMask = null;
        var mask = _words <= MaxStackWords ? stackalloc ulong[_words] : (rentedMask = ArrayPool<ulong>.Shared.Rent(_words)).AsSpan(0, _words);
        var masked = false;
        var tried = indexNow ? MaxRulesBeforeIndex : 0;
        try
        {
            while (true)
            {
                var late = _late[w];
                while (candidates != 0)
                {
                    var bit = BitOperations.TrailingZeroCount(candidates);
                    var rule = _rules[(w << 6) + bit];
                    if ((late & (1UL << bit)) == 0)
                    {
                        return rule.Decision;
                    }

                    if (!masked && ++tried > MaxRulesBeforeIndex && _automaton is not null)
                    {
                        MaskByKeywords(ticket, found, mask, ref scanned);
                        masked = true;
                        candidates &= mask[w];
                        continue;
                    }

                    if (LateConditionsHold(rule, ticket, found, open, folded, ref scanned, ref ascii))
                    {
                        return rule.Decision;
                    }

                    candidates &= candidates - 1;
                }

                if (++w > to)
                {
                    return _default;
                }

                candidates = _all[w];
                for (var f = 0; f < offsets.Length; f++)
                {
                    candidates &= _pass[offsets[f] + w];
                }

                if (masked)
                {
                    candidates &= mask[w];
                }
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<ulong>.Shared.Return(rented);
            }

            if (rentedMask is not null)
            {
                ArrayPool<ulong>.Shared.Return(rentedMask);
            }
        }
    }

    // How many late rules one ticket checks one by one before the keyword index takes over.
    private const int MaxRulesBeforeIndex = 4;

    // Scans the description once (if not yet) and marks the rules that may still match: those needing no keyword, and
    // those naming a keyword that was found.
    private void MaskByKeywords(RoutingTicket ticket, Span<ulong> found, Span<ulong> mask, ref bool scanned)
    {
        if (!scanned)
        {
            found.Clear();
            _automaton!.Scan(ticket.ShortDescription, MaxScannedDescriptionLength, found);
            scanned = true;
        }

        for (var i = 0; i < mask.Length; i++)
        {
            mask[i] = ~_needsKeyword[i];
        }

        for (var k = 0; k < found.Length; k++)
        {
            var bits = found[k];
            while (bits != 0)
            {
                foreach (var rule in _rulesOfKeyword[(k << 6) + BitOperations.TrailingZeroCount(bits)])
                {
                    mask[rule >> 6] |= 1UL << rule;
                }

                bits &= bits - 1;
            }
        }
    }

    private RoutingDecision ApplyAll(RoutingTicket ticket, ReadOnlySpan<int> offsets, int from, int to)
    {
        ulong[]? rented = null;
        var found = _keywordWords <= MaxStackWords
            ? stackalloc ulong[_keywordWords]
            : (rented = ArrayPool<ulong>.Shared.Rent(_keywordWords)).AsSpan(0, _keywordWords);
        Span<sbyte> open = _calendars.Length <= 256 ? stackalloc sbyte[_calendars.Length] : new sbyte[_calendars.Length];
        var text = ticket.ShortDescription;
        Span<char> folded = stackalloc char[text.Length <= MaxFoldedOnStack ? text.Length : 0];
        var scanned = false;
        sbyte ascii = 0;
        ulong[]? rentedMask = null;
        var mask = _words <= MaxStackWords ? stackalloc ulong[_words] : (rentedMask = ArrayPool<ulong>.Shared.Rent(_words)).AsSpan(0, _words);
        try
        {
            return ApplyAll(ticket, offsets, from, to, found, open, folded, mask, ref scanned, ref ascii);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<ulong>.Shared.Return(rented);
            }

            if (rentedMask is not null)
            {
                ArrayPool<ulong>.Shared.Return(rentedMask);
            }
        }
    }

    private RoutingDecision ApplyAll(RoutingTicket ticket, ReadOnlySpan<int> offsets, int from, int to, Span<ulong> found, Span<sbyte> open, Span<char> folded, Span<ulong> mask, ref bool scanned, ref sbyte ascii)
    {
        // The default route is the base layer the matching rules write over: a rule that only tags a ticket keeps the
        // default's group, priority and SLA (and adds its tags to the default's).
        var first = -1;
        var count = 0;
        var group = _default.AssignmentGroup;
        var priority = _default.PriorityOverride;
        var sla = _default.ServiceLevelAgreement;
        IReadOnlyList<string>? tags = _default.Tags.Count > 0 ? _default.Tags : null;
        List<string>? merged = null;

        // As for the first match: after a few rules checked one by one, one scan of the automaton and the keyword index
        // rule out every rule whose keywords were not found.
        var masked = false;
        var tried = 0;
        for (var w = from; w <= to; w++)
        {
            var candidates = _all[w];
            for (var f = 0; f < offsets.Length; f++)
            {
                candidates &= _pass[offsets[f] + w];
            }

            if (masked)
            {
                candidates &= mask[w];
            }

            var late = _late[w];
            while (candidates != 0)
            {
                var bit = BitOperations.TrailingZeroCount(candidates);
                candidates &= candidates - 1;
                var rule = _rules[(w << 6) + bit];
                if ((late & (1UL << bit)) != 0)
                {
                    if (!masked && ++tried > MaxRulesBeforeIndex && _automaton is not null)
                    {
                        MaskByKeywords(ticket, found, mask, ref scanned);
                        masked = true;
                        candidates &= mask[w];
                        if ((mask[w] & (1UL << bit)) == 0)
                        {
                            continue;
                        }
                    }

                    if (!LateConditionsHold(rule, ticket, found, open, folded, ref scanned, ref ascii))
                    {
                        continue;
                    }
                }

                count++;
                if (first < 0)
                {
                    first = rule.Index;
                }

                var actions = rule.Source.Actions;
                group = actions.AssignmentGroup ?? group;
                priority = actions.Priority ?? priority;
                sla = actions.ServiceLevelAgreement ?? sla;
                if (rule.Tags.Length > 0)
                {
                    if (tags is null)
                    {
                        tags = rule.Tags;
                    }
                    else
                    {
                        merged ??= new List<string>(tags);
                        foreach (var tag in rule.Tags)
                        {
                            if (!merged.Contains(tag))
                            {
                                merged.Add(tag);
                            }
                        }

                        tags = merged;
                    }
                }

                if (rule.Source.Stop)
                {
                    return new RoutingDecision(first, _rules[first].Source.Id, group, priority, sla, tags ?? [], count);
                }
            }
        }

        return count == 0 ? _default : new RoutingDecision(first, _rules[first].Source.Id, group, priority, sla, tags ?? [], count);
    }

    private bool LateConditionsHold(CompiledRule rule, RoutingTicket ticket, Span<ulong> found, Span<sbyte> open, Span<char> folded, ref bool scanned, ref sbyte ascii)
    {
        if (rule.Calendar >= 0)
        {
            var state = open[rule.Calendar];
            if (state == 0)
            {
                state = _calendars[rule.Calendar].IsOpenAt(ticket.ReceivedAt) ? (sbyte)1 : (sbyte)-1;
                open[rule.Calendar] = state;
            }

            if ((state > 0) != rule.Inside)
            {
                return false;
            }
        }

        if (rule.Clauses.Length > 0)
        {
            if (!scanned && rule.DirectKeywords)
            {
                // A few ASCII keywords in an ASCII description: search for each directly (a vectorized
                // case-insensitive IndexOf, which on ASCII folds exactly as the automaton does) instead of scanning
                // for every keyword of the rule set.
                // A short description is lower-cased once into the stack buffer (which also proves it ASCII), so each
                // keyword is then found by an ordinal IndexOf.
                var text = ticket.ShortDescription;
                var prefix = text.AsSpan(0, Math.Min(text.Length, MaxScannedDescriptionLength));
                var haystack = (ReadOnlySpan<char>)prefix;
                var comparison = StringComparison.OrdinalIgnoreCase;
                if (folded.Length == text.Length)
                {
                    if (ascii == 0)
                    {
                        ascii = System.Text.Ascii.ToLower(prefix, folded, out _) == OperationStatus.Done ? (sbyte)1 : (sbyte)-1;
                    }

                    haystack = folded;
                    comparison = StringComparison.Ordinal;
                }
                else if (ascii == 0)
                {
                    ascii = System.Text.Ascii.IsValid(prefix) ? (sbyte)1 : (sbyte)-1;
                }

                if (ascii > 0)
                {
                    foreach (var clause in rule.Clauses)
                    {
                        if (!ClauseHoldsDirect(clause, text, haystack, comparison))
                        {
                            return false;
                        }
                    }

                    return true;
                }
            }

            if (!scanned)
            {
                found.Clear();
                _automaton!.Scan(ticket.ShortDescription, MaxScannedDescriptionLength, found);
                scanned = true;
            }

            foreach (var clause in rule.Clauses)
            {
                if (!clause.Holds(found))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private bool ClauseHoldsDirect(KeywordClause clause, string text, ReadOnlySpan<char> haystack, StringComparison comparison)
    {
        var match = clause.Match;
        foreach (var id in clause.Ids)
        {
            var hit = Occurs(text, haystack, _keywordTexts[id], _keywordWhole[id], comparison);
            if (hit && match != KeywordMatch.AllOf)
            {
                return match == KeywordMatch.AnyOf;
            }

            if (!hit && match == KeywordMatch.AllOf)
            {
                return false;
            }
        }

        return match != KeywordMatch.AnyOf;
    }

    /// <summary>
    /// Whether a folded ASCII keyword occurs in the ASCII prefix (already lower-cased, or compared ignoring case);
    /// whole-word boundaries are judged on the full text, as the automaton does.
    /// </summary>
    private static bool Occurs(string text, ReadOnlySpan<char> prefix, string keyword, bool wholeWord, StringComparison comparison)
    {
        var start = 0;
        while (true)
        {
            var at = prefix[start..].IndexOf(keyword, comparison);
            if (at < 0)
            {
                return false;
            }

            at += start;
            var end = at + keyword.Length;
            if (!wholeWord
                || ((at == 0 || !RoutingValues.IsWordBefore(text, at - 1)) && (end >= text.Length || !RoutingValues.IsWordAfter(text, end))))
            {
                return true;
            }

            start = at + 1;
        }
    }
}
