using System;
using System.Collections.Generic;
using System.Linq;
using ItilCore.Routing;

namespace ItilCore.Benchmarks;

/// <summary>The hand-written peer: each rule a delegate over the ticket, tried in order until one is true.</summary>
public sealed class DelegateRouter
{
    private readonly Func<RoutingTicket, bool>[] _rules;
    private readonly AssignmentGroupId?[] _groups;
    private readonly AssignmentGroupId? _default;

    public DelegateRouter(RoutingRuleSetDefinition definition)
    {
        _rules = definition.Rules.Select(Compile).ToArray();
        _groups = definition.Rules.Select(r => r.Actions.AssignmentGroup).ToArray();
        _default = definition.DefaultRoute?.AssignmentGroup;
    }

    public (int Rule, AssignmentGroupId? Group) Route(RoutingTicket ticket)
    {
        for (var i = 0; i < _rules.Length; i++)
        {
            if (_rules[i](ticket))
            {
                return (i, _groups[i]);
            }
        }

        return (-1, _default);
    }

    private static Func<RoutingTicket, bool> Compile(RoutingRule rule)
    {
        var tests = new List<Func<RoutingTicket, bool>>();
        foreach (var c in rule.Conditions)
        {
            var values = c.Values.ToHashSet(StringComparer.Ordinal);
            Func<RoutingTicket, string?> read = c.Field switch
            {
                RoutingField.Category => t => t.Category,
                RoutingField.Subcategory => t => t.Subcategory,
                RoutingField.Channel => t => t.Channel switch
                {
                    ContactChannel.Phone => "phone",
                    ContactChannel.Email => "email",
                    ContactChannel.Portal => "portal",
                    ContactChannel.Chat => "chat",
                    ContactChannel.WalkIn => "walk-in",
                    _ => "monitoring",
                },
                RoutingField.Priority => t => t.Priority.Level switch { 1 => "1", 2 => "2", 3 => "3", 4 => "4", _ => "5" },
                _ => throw new NotSupportedException(c.Field.ToString()),
            };
            tests.Add(t => read(t) is { } v && values.Contains(v));
        }

        foreach (var k in rule.Keywords)
        {
            var words = k.Keywords.ToArray();
            var wholeWord = k.WholeWord;
            tests.Add(t => words.Any(w => Contains(t.ShortDescription, w, wholeWord)));
        }

        var all = tests.ToArray();
        return t =>
        {
            foreach (var test in all)
            {
                if (!test(t))
                {
                    return false;
                }
            }

            return true;
        };
    }

    public static bool Contains(string text, string word, bool wholeWord)
    {
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if (!wholeWord || ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))))
            {
                return true;
            }
        }

        return false;
    }
}
