using ItilCore.ServiceLevels;
using System;
using System.Collections.Generic;
using System.Linq;
using ItilCore.Incidents;
using ItilCore.Routing;

namespace ItilCore.Tests.Routing;

/// <summary>
/// The reference the compiled router must agree with: a plain scan over the definition, each condition evaluated
/// directly on the ticket, keywords found with IndexOf on a lower-cased copy.
/// </summary>
internal static class NaiveRouter
{
    public static RoutingDecision Route(RoutingRuleSetDefinition definition, RoutingTicket ticket, IReadOnlyDictionary<CalendarId, IBusinessHours>? calendars = null)
    {
        var first = -1;
        var count = 0;
        var fallback = definition.DefaultRoute;
        var group = fallback?.AssignmentGroup;
        var priority = fallback?.Priority;
        var sla = fallback?.ServiceLevelAgreement;
        var tags = fallback?.Tags.Distinct().ToList() ?? [];
        for (var i = 0; i < definition.Rules.Count; i++)
        {
            var rule = definition.Rules[i];
            if (!Matches(rule, ticket, calendars))
            {
                continue;
            }

            if (definition.Policy == RoutingPolicy.FirstMatch)
            {
                return Decision(i, rule.Id, rule.Actions.AssignmentGroup, rule.Actions.Priority, rule.Actions.ServiceLevelAgreement, rule.Actions.Tags.Distinct().ToList(), 1);
            }

            count++;
            first = first < 0 ? i : first;
            group = rule.Actions.AssignmentGroup ?? group;
            priority = rule.Actions.Priority ?? priority;
            sla = rule.Actions.ServiceLevelAgreement ?? sla;
            tags.AddRange(rule.Actions.Tags.Where(t => !tags.Contains(t)).Distinct());
            if (rule.Stop)
            {
                break;
            }
        }

        if (count == 0)
        {
            var d = definition.DefaultRoute;
            return Decision(-1, null, d?.AssignmentGroup, d?.Priority, d?.ServiceLevelAgreement, d?.Tags.Distinct().ToList() ?? [], 0);
        }

        return Decision(first, definition.Rules[first].Id, group, priority, sla, tags, count);
    }

    public static bool Matches(RoutingRule rule, RoutingTicket ticket, IReadOnlyDictionary<CalendarId, IBusinessHours>? calendars)
    {
        foreach (var condition in rule.Conditions)
        {
            var value = Value(condition.Field, ticket);
            var listed = value is not null && condition.Values.Contains(value);
            if (listed == (condition.Operator is RoutingConditionOperator.IsNot or RoutingConditionOperator.NotIn))
            {
                return false;
            }
        }

        foreach (var keywords in rule.Keywords)
        {
            var found = keywords.Keywords.Select(k => Contains(ticket.ShortDescription, k, keywords.WholeWord)).ToList();
            var holds = keywords.Match switch
            {
                KeywordMatch.AnyOf => found.Any(f => f),
                KeywordMatch.AllOf => found.All(f => f),
                _ => !found.Any(f => f),
            };
            if (!holds)
            {
                return false;
            }
        }

        return rule.BusinessHours is not { } hours || calendars![hours.Calendar].IsOpenAt(ticket.ReceivedAt) == hours.Inside;
    }

    public static bool Contains(string text, string keyword, bool wholeWord)
    {
        var limit = Math.Min(text.Length, RoutingRuleSet.MaxScannedDescriptionLength);
        // The documented folding, written out here independently of RoutingValues.Fold.
        var folded = new string(text.Select(c => char.ToLowerInvariant(char.ToUpperInvariant(c))).ToArray());
        var needle = new string(keyword.Select(c => char.ToLowerInvariant(char.ToUpperInvariant(c))).ToArray());
        for (var start = folded.IndexOf(needle, StringComparison.Ordinal); start >= 0 && start + needle.Length <= limit; start = folded.IndexOf(needle, start + 1, StringComparison.Ordinal))
        {
            var end = start + needle.Length;
            if (!wholeWord || ((start == 0 || !RoutingValues.IsWordBefore(text, start - 1)) && (end == text.Length || !RoutingValues.IsWordAfter(text, end))))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Value(RoutingField field, RoutingTicket ticket) => field switch
    {
        RoutingField.Service => ticket.Service?.Value,
        RoutingField.Offering => ticket.Offering?.Value,
        RoutingField.Category => ticket.Category,
        RoutingField.Subcategory => ticket.Subcategory,
        RoutingField.ConfigurationItem => ticket.ConfigurationItem?.Value,
        RoutingField.ConfigurationItemClass => ticket.ConfigurationItemClass?.Value,
        RoutingField.Location => ticket.Location,
        RoutingField.Customer => ticket.Customer?.Value,
        RoutingField.Channel => ticket.Channel switch
        {
            ContactChannel.Phone => "phone",
            ContactChannel.Email => "email",
            ContactChannel.Portal => "portal",
            ContactChannel.Chat => "chat",
            ContactChannel.WalkIn => "walk-in",
            _ => "monitoring",
        },
        RoutingField.Impact => ticket.Impact.Level.ToString(System.Globalization.CultureInfo.InvariantCulture),
        RoutingField.Urgency => ticket.Urgency.Level.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => ticket.Priority.Level.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    // RoutingDecision's constructor is internal; the tests see it through InternalsVisibleTo.
    private static RoutingDecision Decision(int index, RoutingRuleId? rule, AssignmentGroupId? group, Priority? priority, SlaId? sla, IReadOnlyList<string> tags, int count)
        => new(index, rule, group, priority, sla, tags, count);
}
