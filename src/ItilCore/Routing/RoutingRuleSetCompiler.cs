using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ItilCore.Catalog;
using ItilCore.Configuration;

namespace ItilCore.Routing;

/// <summary>Validates a rule set definition, reporting every problem with its JSON path, and builds the compiled indexes.</summary>
internal sealed class RoutingRuleSetCompiler(RoutingRuleSetDefinition definition, RoutingReferences references, bool reportUnreachable = true)
{
    private readonly List<ValidationProblem> _problems = [];
    private readonly Dictionary<(string Text, bool WholeWord), int> _keywordIds = [];
    private readonly Dictionary<CalendarId, int> _calendarIndexes = [];
    private readonly List<IBusinessHours> _calendars = [];
    private readonly List<CalendarId> _calendarIds = [];
    private readonly ServiceCatalog? _catalog = references.Catalog ?? references.Configuration?.Catalog;
    private readonly HashSet<AssignmentGroupId>? _groups = references.AssignmentGroups?.ToHashSet();
    private readonly HashSet<string>? _categories = references.Categories?.ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string>? _subcategories = references.Subcategories?.ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<SlaId>? _slas = references.ServiceLevelAgreements?.ToHashSet();

    public RoutingRuleSet Compile()
    {
        if (!Enum.IsDefined(definition.Policy))
        {
            _problems.Add(new("$.policy", $"{definition.Policy} is not a routing policy"));
        }

        var sources = DefinitionChecks.List(definition.Rules, "$.rules", _problems);
        var firstIndexes = new Dictionary<RoutingRuleId, int>();
        var rules = new List<CompiledRule>(sources.Count);
        for (var i = 0; i < sources.Count; i++)
        {
            var path = $"$.rules[{i}]";
            var rule = sources[i];
            if (rule is null)
            {
                _problems.Add(new(path, "the rule is missing (null)"));
                continue;
            }

            if (rule.Id.Value is null)
            {
                _problems.Add(new(path + ".id", "the routing rule id is missing"));
            }
            else if (!firstIndexes.TryAdd(rule.Id, i))
            {
                _problems.Add(new(path + ".id", $"duplicate routing rule id '{rule.Id}'; it is first defined at $.rules[{firstIndexes[rule.Id]}]"));
            }

            rules.Add(CompileRule(rule, i, path));
        }

        if (definition.DefaultRoute is { } fallback)
        {
            CheckActions(fallback, "$.defaultRoute");
        }

        var compiled = rules.ToArray();
        FindShadowedRules(compiled);
        if (_problems.Count > 0)
        {
            throw new InvalidDefinitionException("routing rule set", _problems);
        }

        // The definition keeps its own copy, so that later changes to the caller's lists cannot change it.
        var copy = definition with
        {
            Rules = compiled.Select(r => r.Source).ToArray(),
            DefaultRoute = definition.DefaultRoute is { } d ? Copy(d) : null,
        };
        return Build(copy, compiled);
    }

    private void Unreachable(ValidationProblem problem)
    {
        if (reportUnreachable)
        {
            _problems.Add(problem);
        }
    }

    private static RoutingActions Copy(RoutingActions actions) => actions with { Tags = actions.Tags.ToArray() };

    private RoutingRuleSet Build(RoutingRuleSetDefinition copy, CompiledRule[] rules)
    {
        var words = Math.Max(1, (rules.Length + 63) >> 6);
        var all = new ulong[words];
        var late = new ulong[words];
        foreach (var rule in rules)
        {
            all[rule.Index >> 6] |= 1UL << rule.Index;
            if (rule.IsLate)
            {
                late[rule.Index >> 6] |= 1UL << rule.Index;
            }

            rule.Decision = new RoutingDecision(rule.Index, rule.Source.Id, rule.Source.Actions, rule.Tags, 1);
        }

        var fields = new List<FieldIndex>();
        var pass = new List<ulong>();
        foreach (var field in Enum.GetValues<RoutingField>())
        {
            if (rules.Any(r => r.Fields[(int)field] is not null))
            {
                fields.Add(BuildIndex(field, rules, words, pass));
            }
        }

        // Each row's first and last word holding a rule, so that routing walks only the words every field allows.
        var rowCount = pass.Count / words;
        var first = new int[rowCount];
        var last = new int[rowCount];
        for (var row = 0; row < rowCount; row++)
        {
            first[row] = words;
            last[row] = -1;
            for (var w = 0; w < words; w++)
            {
                if (pass[(row * words) + w] != 0)
                {
                    first[row] = Math.Min(first[row], w);
                    last[row] = w;
                }
            }
        }

        KeywordAutomaton? automaton = null;
        if (_keywordIds.Count > 0)
        {
            var patterns = _keywordIds.Keys.Select(k => k.Text).Distinct(StringComparer.Ordinal).ToArray();
            var patternIndex = patterns.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i, StringComparer.Ordinal);
            var substring = Enumerable.Repeat(-1, patterns.Length).ToArray();
            var wholeWord = Enumerable.Repeat(-1, patterns.Length).ToArray();
            foreach (var ((text, isWholeWord), id) in _keywordIds)
            {
                (isWholeWord ? wholeWord : substring)[patternIndex[text]] = id;
            }

            automaton = new KeywordAutomaton(patterns, substring, wholeWord);
        }

        // Keyword texts by id, and which rules can be checked by searching for their own few keywords.
        var keywordTexts = new string[_keywordIds.Count];
        var keywordWhole = new bool[_keywordIds.Count];
        foreach (var ((text, isWholeWord), id) in _keywordIds)
        {
            keywordTexts[id] = text;
            keywordWhole[id] = isWholeWord;
        }

        foreach (var rule in rules)
        {
            var ids = rule.Clauses.SelectMany(c => c.Ids).ToArray();
            rule.DirectKeywords = ids.Length is > 0 and <= RoutingRuleSet.MaxDirectKeywords && ids.All(id => System.Text.Ascii.IsValid(keywordTexts[id]));
        }

        return new RoutingRuleSet(copy, rules, fields.ToArray(), pass.ToArray(), first, last, all, late, automaton, keywordTexts, keywordWhole, _calendars.ToArray(), _calendarIds.ToArray());
    }

    private static FieldIndex BuildIndex(RoutingField field, CompiledRule[] rules, int words, List<ulong> flat)
    {
        string?[] rowValues;
        StringRowTable? rows = null;
        if (RoutingValues.IsClosed(field))
        {
            rowValues = new string?[RoutingValues.DomainSize(field) + 1];
            for (var v = 1; v < rowValues.Length; v++)
            {
                rowValues[v] = field == RoutingField.Channel ? RoutingValues.Format((ContactChannel)v) : RoutingValues.Format(v);
            }
        }
        else
        {
            var values = new List<string?> { null };
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var rule in rules)
            {
                if (rule.Fields[(int)field] is { } constraint)
                {
                    foreach (var v in constraint.Values)
                    {
                        if (seen.TryAdd(v, values.Count))
                        {
                            values.Add(v);
                        }
                    }
                }
            }

            rowValues = values.ToArray();
            rows = new StringRowTable(seen);
        }

        var pass = new ulong[rowValues.Length * words];
        for (var row = 0; row < rowValues.Length; row++)
        {
            foreach (var rule in rules)
            {
                var constraint = rule.Fields[(int)field];
                var accepts = constraint is null || constraint.Accepts(rowValues[row]);
                if (accepts)
                {
                    pass[(row * words) + (rule.Index >> 6)] |= 1UL << rule.Index;
                }
            }
        }

        var firstRow = flat.Count / words;
        flat.AddRange(pass);
        return new FieldIndex(field, rows, firstRow);
    }

    private CompiledRule CompileRule(RoutingRule rule, int index, string path)
    {
        var before = _problems.Count;
        var fields = new FieldConstraint?[RoutingValues.FieldCount + 1];
        var conditions = DefinitionChecks.List(rule.Conditions, path + ".conditions", _problems);
        var positives = new Dictionary<RoutingField, HashSet<string>>();
        var negatives = new Dictionary<RoutingField, HashSet<string>>();
        for (var c = 0; c < conditions.Count; c++)
        {
            var cpath = $"{path}.conditions[{c}]";
            var condition = conditions[c];
            if (condition is null)
            {
                _problems.Add(new(cpath, "the condition is missing (null)"));
                continue;
            }

            if (!Enum.IsDefined(condition.Field))
            {
                _problems.Add(new(cpath + ".field", $"{condition.Field} is not a routing field"));
                continue;
            }

            if (!Enum.IsDefined(condition.Operator))
            {
                _problems.Add(new(cpath + ".operator", $"{condition.Operator} is not a condition operator"));
                continue;
            }

            if (condition.Values is null || condition.Values.Count == 0)
            {
                _problems.Add(new(cpath + ".values", "the condition needs at least one value"));
                continue;
            }

            if (condition.Operator is RoutingConditionOperator.Is or RoutingConditionOperator.IsNot && condition.Values.Count != 1)
            {
                _problems.Add(new(cpath + ".values", $"'{condition.Operator}' takes exactly one value; use 'in' or 'not-in' for {condition.Values.Count}"));
            }

            var set = new HashSet<string>(StringComparer.Ordinal);
            for (var v = 0; v < condition.Values.Count; v++)
            {
                if (CheckValue(condition.Field, condition.Values[v], $"{cpath}.values[{v}]") is { } value)
                {
                    set.Add(value);
                }
            }

            if (condition.IsNegated)
            {
                if (!negatives.TryGetValue(condition.Field, out var n))
                {
                    negatives[condition.Field] = n = new HashSet<string>(StringComparer.Ordinal);
                }

                n.UnionWith(set);
            }
            else if (positives.TryGetValue(condition.Field, out var p))
            {
                p.IntersectWith(set);
            }
            else
            {
                positives[condition.Field] = set;
            }
        }

        var mask = 0;
        var contradictory = false;
        var conditionsValid = _problems.Count == before;
        foreach (var field in positives.Keys.Union(negatives.Keys))
        {
            negatives.TryGetValue(field, out var n);
            FieldConstraint constraint;
            if (positives.TryGetValue(field, out var p) || RoutingValues.IsClosed(field))
            {
                p ??= Enumerable.Range(1, RoutingValues.DomainSize(field))
                    .Select(v => field == RoutingField.Channel ? RoutingValues.Format((ContactChannel)v) : RoutingValues.Format(v))
                    .ToHashSet(StringComparer.Ordinal);
                var accepted = new HashSet<string>(p, StringComparer.Ordinal);
                if (n is not null)
                {
                    accepted.ExceptWith(n);
                }

                constraint = new FieldConstraint(field, true, accepted);
            }
            else
            {
                constraint = new FieldConstraint(field, false, n!);
            }

            if (constraint.IsEmpty && conditionsValid)
            {
                contradictory = true;
                Unreachable(new(path + ".conditions", $"the conditions on {RoutingValues.FieldName(field)} contradict each other: no value satisfies them all, so the rule can never fire"));
            }

            fields[(int)field] = constraint;
            mask |= 1 << (int)field;
        }

        var keywordConditions = DefinitionChecks.List(rule.Keywords, path + ".keywords", _problems);
        var clauses = new List<KeywordClause>();
        var sets = new List<(KeywordMatch, (string, bool)[])>();
        for (var k = 0; k < keywordConditions.Count; k++)
        {
            var kpath = $"{path}.keywords[{k}]";
            var condition = keywordConditions[k];
            if (condition is null)
            {
                _problems.Add(new(kpath, "the keyword condition is missing (null)"));
                continue;
            }

            if (!Enum.IsDefined(condition.Match))
            {
                _problems.Add(new(kpath + ".match", $"{condition.Match} is not a keyword match"));
                continue;
            }

            if (condition.Keywords is null || condition.Keywords.Count == 0)
            {
                _problems.Add(new(kpath + ".keywords", "the condition needs at least one keyword"));
                continue;
            }

            var words = new List<(string, bool)>();
            for (var w = 0; w < condition.Keywords.Count; w++)
            {
                var keyword = condition.Keywords[w];
                if (string.IsNullOrWhiteSpace(keyword))
                {
                    _problems.Add(new($"{kpath}.keywords[{w}]", "the keyword is empty"));
                }
                else if (condition.WholeWord && (char.IsWhiteSpace(keyword[0]) || char.IsWhiteSpace(keyword[^1])))
                {
                    // A whole word's bounds are judged on the characters beside the keyword: beside a space, a letter.
                    _problems.Add(new($"{kpath}.keywords[{w}]", $"the whole-word keyword '{keyword}' has spaces around it; the letters next to those spaces would stop it matching where '{keyword.Trim()}' matches"));
                }
                else if (keyword.Length > RoutingRuleSet.MaxScannedDescriptionLength)
                {
                    _problems.Add(new($"{kpath}.keywords[{w}]", $"the keyword is {keyword.Length} characters long; only the first {RoutingRuleSet.MaxScannedDescriptionLength} characters of a description are scanned, so it could never match"));
                }
                else
                {
                    var key = (RoutingValues.Fold(keyword), condition.WholeWord);
                    if (!words.Contains(key))
                    {
                        words.Add(key);
                    }
                }
            }

            var ids = words.Select(key => _keywordIds.TryGetValue(key, out var id) ? id : _keywordIds[key] = _keywordIds.Count).ToArray();
            clauses.Add(new KeywordClause(condition.Match, ids));
            sets.Add((condition.Match, words.ToArray()));
        }

        if (KeywordsContradict(sets))
        {
            contradictory = true;
            Unreachable(new(path + ".keywords", "the keyword conditions contradict each other: a keyword required by one is excluded by a none-of condition, so the rule can never fire"));
        }

        var calendar = -1;
        if (rule.BusinessHours is { } hours)
        {
            if (hours.Calendar.Value is null)
            {
                _problems.Add(new(path + ".businessHours.calendar", "the business hours id is missing"));
            }
            else if (references.BusinessHours is not { } known || !known.TryGetValue(hours.Calendar, out var businessHours) || businessHours is null)
            {
                _problems.Add(new(path + ".businessHours.calendar", $"unknown business hours id '{hours.Calendar}'; pass it in the routing references"));
            }
            else if (!_calendarIndexes.TryGetValue(hours.Calendar, out calendar))
            {
                calendar = _calendars.Count;
                _calendarIndexes.Add(hours.Calendar, calendar);
                _calendars.Add(businessHours);
                _calendarIds.Add(hours.Calendar);
            }
        }

        string[] tags = [];
        if (rule.Actions is null)
        {
            _problems.Add(new(path + ".actions", "the actions are missing"));
        }
        else
        {
            tags = CheckActions(rule.Actions, path + ".actions");
        }

        var source = rule with
        {
            // Deep copies: the definition's own lists stay the caller's, so what Explain shows and ToJson saves is what routes.
            Conditions = conditions.Select(c => c.Values is null ? c : c with { Values = c.Values.ToArray() }).ToArray(),
            Keywords = keywordConditions.Select(k => k.Keywords is null ? k : k with { Keywords = k.Keywords.ToArray() }).ToArray(),
            Actions = rule.Actions is null ? new RoutingActions() : Copy(rule.Actions),
        };
        return new CompiledRule
        {
            Index = index,
            Source = source,
            Fields = fields,
            FieldMask = mask,
            Clauses = clauses.ToArray(),
            KeywordSets = sets.ToArray(),
            Calendar = calendar,
            Inside = rule.BusinessHours?.Inside ?? true,
            Tags = tags,
            Valid = _problems.Count == before,
            Contradictory = contradictory,
        };
    }

    // A required keyword (all-of, or every keyword of an any-of) that a none-of condition excludes. A none-of substring
    // keyword also excludes the same keyword as a whole word, not the other way round.
    private static bool KeywordsContradict(List<(KeywordMatch Match, (string Text, bool WholeWord)[] Words)> sets)
    {
        var excluded = sets.Where(s => s.Match == KeywordMatch.NoneOf).SelectMany(s => s.Words).ToList();
        if (excluded.Count == 0)
        {
            return false;
        }

        bool Excluded((string Text, bool WholeWord) w) => excluded.Any(e => e.Text == w.Text && (!e.WholeWord || w.WholeWord));
        return sets.Any(s => s.Match switch
        {
            KeywordMatch.AllOf => s.Words.Any(Excluded),
            KeywordMatch.AnyOf => s.Words.Length > 0 && s.Words.All(Excluded),
            _ => false,
        });
    }

    private string? CheckValue(RoutingField field, string? value, string path)
    {
        if (string.IsNullOrEmpty(value))
        {
            _problems.Add(new(path, "the value is empty"));
            return null;
        }

        if (RoutingValues.IsClosed(field))
        {
            if (RoutingValues.ParseClosed(field, value) == 0)
            {
                var expected = field == RoutingField.Channel
                    ? "one of " + string.Join(", ", Enumerable.Range(1, RoutingValues.ChannelCount).Select(v => RoutingValues.Format((ContactChannel)v)))
                    : $"a level from 1 to {Levels.Max}";
                _problems.Add(new(path, $"'{value}' is not a {RoutingValues.FieldName(field)}; expected {expected}"));
                return null;
            }

            if (references.PriorityMatrix is { } matrix && OffScale(matrix, field, RoutingValues.ParseClosed(field, value)) is { } offScale)
            {
                _problems.Add(new(path, offScale));
                return null;
            }

            return value;
        }

        var known = field switch
        {
            RoutingField.Service => Id<ServiceId>(value, path, id => _catalog?.Contains(id)),
            RoutingField.Offering => Id<ServiceOfferingId>(value, path, id => _catalog?.Contains(id)),
            RoutingField.Customer => Id<OrganizationId>(value, path, id => _catalog?.Contains(id)),
            RoutingField.ConfigurationItem => Id<ConfigurationItemId>(value, path, id => references.Configuration?.Contains(id)),
            RoutingField.ConfigurationItemClass => Id<ConfigurationItemClass>(value, path, _ => null),
            RoutingField.Category => Listed(value, path, _categories, "category"),
            RoutingField.Subcategory => Listed(value, path, _subcategories, "subcategory"),
            _ => true,
        };
        return known ? value : null;
    }

    // A level the practice's matrix does not have: a ticket never carries it, so the value could never match.
    private static string? OffScale(PriorityMatrix matrix, RoutingField field, int level) => field switch
    {
        RoutingField.Impact => matrix.WhyOffScale(new Impact(level)),
        RoutingField.Urgency => matrix.WhyOffScale(new Urgency(level)),
        RoutingField.Priority => matrix.WhyOffScale(new Priority(level)),
        _ => null,
    };

    private bool Id<TId>(string value, string path, Func<TId, bool?> isKnown)
        where TId : struct, IIdentifier<TId>
    {
        if (Identifier.Check(value) is { } problem)
        {
            _problems.Add(new(path, $"the {TId.KindName} {problem}: '{value}'"));
            return false;
        }

        if (isKnown(TId.FromValidated(value)) == false)
        {
            _problems.Add(new(path, $"unknown {TId.KindName} '{value}'"));
            return false;
        }

        return true;
    }

    private bool Listed(string value, string path, HashSet<string>? known, string what)
    {
        // An incident's category and subcategory are trimmed when it is logged or reclassified.
        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            _problems.Add(new(path, $"{what} '{value}' has spaces around it; an incident's {what} is trimmed, so it could never match"));
            return false;
        }

        if (known is not null && !known.Contains(value))
        {
            _problems.Add(new(path, $"unknown {what} '{value}'"));
            return false;
        }

        return true;
    }

    private string[] CheckActions(RoutingActions actions, string path)
    {
        if (actions.AssignmentGroup is { } group)
        {
            DefinitionChecks.Reference(group, path + ".assignmentGroup", g => _groups?.Contains(g) ?? true, _problems);
        }

        if (actions.ServiceLevelAgreement is { } sla)
        {
            DefinitionChecks.Reference(sla, path + ".serviceLevelAgreement", s => _slas?.Contains(s) ?? true, _problems);
        }

        if (actions.Priority is { Level: 0 })
        {
            _problems.Add(new(path + ".priority", "the priority is missing"));
        }
        else if (actions.Priority is { } priority && references.PriorityMatrix?.WhyOffScale(priority) is { } offScale)
        {
            _problems.Add(new(path + ".priority", offScale));
        }

        var tags = DefinitionChecks.Texts(actions.Tags, path + ".tags", "tag", _problems);
        return tags.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.Ordinal).ToArray();
    }

    private void FindShadowedRules(CompiledRule[] rules)
    {
        var stopOnly = definition.Policy == RoutingPolicy.ApplyAllUntilStop;
        for (var j = 1; j < rules.Length; j++)
        {
            var later = rules[j];
            if (!later.Valid || later.Contradictory)
            {
                continue;
            }

            for (var i = 0; i < j; i++)
            {
                var earlier = rules[i];
                if (!earlier.Valid || earlier.Contradictory || (stopOnly && !earlier.Source.Stop) || !Implies(later, earlier))
                {
                    continue;
                }

                var why = stopOnly ? "comes first, stops, and matches" : "comes first and matches";
                Unreachable(new($"$.rules[{later.Index}]", $"rule '{later.Source.Id}' can never fire: rule '{earlier.Source.Id}' ($.rules[{earlier.Index}]) {why} every ticket it matches"));
                break;
            }
        }
    }

    /// <summary>Whether every ticket that <paramref name="later"/> matches is provably matched by <paramref name="earlier"/>.</summary>
    internal static bool Implies(CompiledRule later, CompiledRule earlier)
    {
        if ((earlier.FieldMask & ~later.FieldMask) != 0
            || (earlier.Calendar >= 0 && (earlier.Calendar != later.Calendar || earlier.Inside != later.Inside))
            || (earlier.KeywordSets.Length > 0 && later.KeywordSets.Length == 0))
        {
            return false;
        }

        for (var f = 0; f < earlier.Fields.Length; f++)
        {
            if (!FieldConstraint.Within(later.Fields[f], earlier.Fields[f]))
            {
                return false;
            }
        }

        foreach (var (match, words) in earlier.KeywordSets)
        {
            if (!KeywordConditionImplied(match, words, later.KeywordSets))
            {
                return false;
            }
        }

        return true;
    }

    // Whole-word presence implies substring presence; substring absence implies whole-word absence.
    private static bool KeywordConditionImplied(KeywordMatch match, (string Text, bool WholeWord)[] words, (KeywordMatch Match, (string Text, bool WholeWord)[] Words)[] given)
    {
        static bool Covers((string Text, bool WholeWord) present, (string Text, bool WholeWord) needed)
            => present.Text == needed.Text && (present.WholeWord || !needed.WholeWord);

        switch (match)
        {
            case KeywordMatch.AnyOf:
                return given.Any(g =>
                    (g.Match == KeywordMatch.AnyOf && g.Words.All(p => words.Any(n => Covers(p, n))))
                    || (g.Match == KeywordMatch.AllOf && g.Words.Any(p => words.Any(n => Covers(p, n)))));
            case KeywordMatch.AllOf:
                return words.All(n => given.Any(g =>
                    (g.Match == KeywordMatch.AllOf || (g.Match == KeywordMatch.AnyOf && g.Words.Length == 1)) && g.Words.Any(p => Covers(p, n))));
            default:
                return words.All(n => given.Any(g =>
                    g.Match == KeywordMatch.NoneOf && g.Words.Any(a => a.Text == n.Text && (!a.WholeWord || n.WholeWord))));
        }
    }
}
