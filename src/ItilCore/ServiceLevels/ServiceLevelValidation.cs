using System;
using System.Collections.Generic;
using System.Linq;
using ItilCore.Catalog;
using NodaTime;

namespace ItilCore.ServiceLevels;

/// <summary>Every rule a service level definition must keep, checked in one pass that reports every problem.</summary>
internal static class ServiceLevelValidation
{
    public static List<ValidationProblem> Check(ServiceLevelDocument document, ServiceCatalog catalog, PriorityMatrix matrix, IReadOnlyDictionary<CalendarId, BusinessCalendar> calendars)
    {
        var problems = new List<ValidationProblem>();
        void Problem(string path, string message) => problems.Add(new ValidationProblem(path, message));
        if (!Enum.IsDefined(document.AttachPolicy))
        {
            Problem("$.attachPolicy", $"{document.AttachPolicy} is not an attach policy");
        }

        if (document.Agreements is null)
        {
            Problem("$.agreements", "the agreements are missing");
            return problems;
        }

        var ids = new HashSet<SlaId>();
        for (var i = 0; i < document.Agreements.Count; i++)
        {
            var path = $"$.agreements[{i}]";
            var a = document.Agreements[i];
            if (a is null)
            {
                Problem(path, "the agreement is missing");
                continue;
            }

            if (!ids.Add(a.Id))
            {
                Problem($"{path}.id", $"the id {a.Id} is used by an earlier agreement");
            }

            if (string.IsNullOrWhiteSpace(a.Name))
            {
                Problem($"{path}.name", "the name is empty");
            }

            if (!Enum.IsDefined(a.Kind))
            {
                Problem($"{path}.kind", $"{a.Kind} is not an agreement kind");
            }

            if (!Enum.IsDefined(a.TimeZoneSource))
            {
                Problem($"{path}.timeZoneSource", $"{a.TimeZoneSource} is not a time zone source");
            }

            if (catalog.WhyUnknown(a.Service) is { } unknownService)
            {
                Problem($"{path}.service", unknownService);
            }
            else if (catalog.WhyRetired(a.Service) is { } retiredService)
            {
                Problem($"{path}.service", $"{retiredService}; an agreement cannot be made for a retired service");
            }

            if (a.Offering is { } offering)
            {
                if (catalog.WhyUnknown(offering, a.Service) is { } unknownOffering)
                {
                    Problem($"{path}.offering", unknownOffering);
                }
                else if (catalog.WhyRetired(offering) is { } retiredOffering)
                {
                    Problem($"{path}.offering", $"{retiredOffering}; an agreement cannot be made for a retired offering");
                }
            }

            if (a.Customer is { } customer && catalog.WhyUnknown(customer) is { } unknownCustomer)
            {
                Problem($"{path}.customer", unknownCustomer);
            }

            if (a.Calendar is { } calendar)
            {
                if (!calendars.TryGetValue(calendar, out var hours))
                {
                    Problem($"{path}.calendar", $"calendar {calendar} is not among the calendars given");
                }
                else if (!hours.HasWorkingTime())
                {
                    // A combined calendar whose parts never overlap, for example: every evaluation would run out of range.
                    Problem($"{path}.calendar", $"calendar {calendar} has no working time, so no target could ever be reached");
                }
            }

            CheckThresholds(a.WarningThresholds, $"{path}.warningThresholds", Problem);
            CheckObjectives(a.Objectives, $"{path}.objectives", matrix, Problem);
        }

        return problems;
    }

    private static void CheckThresholds(IReadOnlyList<int>? thresholds, string path, Action<string, string> problem)
    {
        if (thresholds is null)
        {
            problem(path, "the warning thresholds are missing");
            return;
        }

        for (var i = 0; i < thresholds.Count; i++)
        {
            if (thresholds[i] is <= 0 or > 100)
            {
                problem($"{path}[{i}]", $"{thresholds[i]} % is not above 0 % and at most 100 %");
            }
            else if (i > 0 && thresholds[i] <= thresholds[i - 1])
            {
                problem($"{path}[{i}]", $"{thresholds[i]} % does not come after {thresholds[i - 1]} %; thresholds must ascend");
            }
        }
    }

    private static void CheckObjectives(IReadOnlyList<SlaObjective>? objectives, string path, PriorityMatrix matrix, Action<string, string> problem)
    {
        if (objectives is null || objectives.Count == 0)
        {
            problem(path, "an agreement needs at least one objective");
            return;
        }

        var metrics = new HashSet<SlaMetric>();
        for (var i = 0; i < objectives.Count; i++)
        {
            var o = objectives[i];
            var at = $"{path}[{i}]";
            if (o is null)
            {
                problem(at, "the objective is missing");
                continue;
            }

            if (!Enum.IsDefined(o.Metric))
            {
                problem($"{at}.metric", $"{o.Metric} is not a metric");
            }
            else if (!metrics.Add(o.Metric))
            {
                problem($"{at}.metric", $"the agreement already has a {Words.Of(o.Metric).ToLowerInvariant()} objective");
            }

            if (!Enum.IsDefined(o.ResumeWhen))
            {
                problem($"{at}.resumeWhen", $"{o.ResumeWhen} is not a resume rule");
            }
            else if (o.ResumeWhen == ResumeWhen.ResumeConditionMet && o.Resume is Never && o.Pause is not Never)
            {
                problem($"{at}.resume", "the clock resumes only when the resume condition holds, and it is 'never': once paused, the clock would never run again");
            }

            if (!Enum.IsDefined(o.CancelWhen))
            {
                problem($"{at}.cancelWhen", $"{o.CancelWhen} is not a cancel rule");
            }

            CheckCondition(o.Start, $"{at}.start", problem);
            CheckCondition(o.Stop, $"{at}.stop", problem);
            CheckCondition(o.Pause, $"{at}.pause", problem);
            CheckCondition(o.Resume, $"{at}.resume", problem);
            CheckCondition(o.Cancel, $"{at}.cancel", problem);
            CheckCondition(o.Reset, $"{at}.reset", problem);
            CheckAppliesTo(o, $"{at}.appliesTo", problem);
            CheckTargets(o.Targets, $"{at}.targets", matrix, problem);
        }
    }

    // The kinds of ticket an objective names must exist, once each, and be kinds its conditions can see: an objective for
    // service requests whose conditions read only an incident's state would start or stop on none of them.
    private static void CheckAppliesTo(SlaObjective objective, string path, Action<string, string> problem)
    {
        if (objective.AppliesTo is not { } kinds)
        {
            return;
        }

        if (kinds.Count == 0)
        {
            problem(path, "the objective applies to no kind of ticket, so it measures nothing; leave 'appliesTo' out to measure the kind its conditions read");
            return;
        }

        var seen = new HashSet<TicketKind>();
        for (var i = 0; i < kinds.Count; i++)
        {
            var kind = kinds[i];
            if (!Enum.IsDefined(kind))
            {
                problem($"{path}[{i}]", $"{kind} is not a kind of ticket");
            }
            else if (!seen.Add(kind))
            {
                problem($"{path}[{i}]", $"{Plural(kind)} are already listed");
            }
            else if (!objective.ReadByConditions(kind) && OtherThan(kind) is var other && objective.ReadByConditions(other))
            {
                problem($"{path}[{i}]", $"the objective applies to {Plural(kind)}, but its conditions read only {Plural(other)}, and {Plural(kind)} have none of what they test");
            }
        }

        static TicketKind OtherThan(TicketKind kind) => kind == TicketKind.Incident ? TicketKind.ServiceRequest : TicketKind.Incident;
        static string Plural(TicketKind kind) => Words.Of(kind).ToLowerInvariant() + "s";
    }

    private static void CheckTargets(IReadOnlyList<SlaTarget>? targets, string path, PriorityMatrix matrix, Action<string, string> problem)
    {
        if (targets is null)
        {
            problem(path, "the targets are missing");
            return;
        }

        var seen = new HashSet<Priority>();
        for (var i = 0; i < targets.Count; i++)
        {
            var target = targets[i];
            if (target is null)
            {
                problem($"{path}[{i}]", "the target is missing");
                continue;
            }

            if (matrix.WhyOffScale(target.Priority) is { } offScale)
            {
                problem($"{path}[{i}].priority", offScale);
            }
            else if (!seen.Add(target.Priority))
            {
                problem($"{path}[{i}].priority", $"{target.Priority} already has a target");
            }

            if (target.Duration <= Duration.Zero)
            {
                problem($"{path}[{i}].duration", $"the target {target.Duration} is not positive");
            }
            else if (target.Duration >= CalendarTimeline.End - CalendarTimeline.Min)
            {
                // Longer than the whole span business calendars cover: it could never be reached, and its percentages overflow.
                problem($"{path}[{i}].duration", $"the target {target.Duration} is longer than the whole span business calendars cover ({CalendarTimeline.Min} to {CalendarTimeline.End})");
            }
        }

        var missing = matrix.PrioritiesHighestFirst.Where(p => !seen.Contains(p)).ToArray();
        if (missing.Length > 0)
        {
            problem(path, $"{string.Join(", ", missing)} {(missing.Length == 1 ? "has" : "have")} no target; every priority of the matrix needs one");
        }
    }

    private static void CheckCondition(SlaCondition? condition, string path, Action<string, string> problem)
    {
        switch (condition)
        {
            case null:
                problem(path, "the condition is missing");
                break;
            case { ListsNothing: true }:
                problem(path, "the condition lists nothing, so it can never hold; use 'never' if that is meant");
                break;
            case AllOf { Conditions: [] }:
                problem(path, "the all-of lists no condition, so it always holds; use 'always' if that is meant");
                break;
            case AnyOf { Conditions: [] }:
                problem(path, "the any-of lists no condition, so it can never hold; use 'never' if that is meant");
                break;
            case Not { Condition.ListsNothing: true }:
                problem(path, "the condition it negates lists nothing, so it always holds; use 'always' if that is meant");
                break;
            case AllOf all when all.Conditions is not null:
                for (var i = 0; i < all.Conditions.Count; i++)
                {
                    CheckCondition(all.Conditions[i], $"{path}.conditions[{i}]", problem);
                }

                break;
            case AnyOf any when any.Conditions is not null:
                for (var i = 0; i < any.Conditions.Count; i++)
                {
                    CheckCondition(any.Conditions[i], $"{path}.conditions[{i}]", problem);
                }

                break;
            case AllOf or AnyOf:
                problem(path, "the conditions are missing");
                break;
            case Not not:
                CheckCondition(not.Condition, $"{path}.condition", problem);
                break;
        }
    }
}
