using System.Collections.Generic;
using System.Collections.Immutable;
using ItilCore.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ItilCore.Analyzers.Rules.Usage;

/// <summary>
/// ITIL1003: a business calendar built from constants must be valid: working intervals in HH:mm that are not empty and
/// do not overlap on a day, some working time in the week, and a time-zone id that the IANA database knows.
/// </summary>
// Shipped through ItilCoreAnalyzer, which runs every rule from one registration; tests run the rule alone.
#pragma warning disable RS1001 // Missing diagnostic analyzer attribute
public sealed class BusinessCalendarMustBeValidAnalyzer : ItilDiagnosticAnalyzer
{
    private const int MinutesPerDay = 24 * 60;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ITIL1003_BusinessCalendarMustBeValid);

    internal override void Register(OperationRules rules, ItilSymbols symbols)
    {
        if (symbols.WorkingInterval is null || symbols.WeeklyHours is null)
        {
            return;
        }

        rules.OnCreation(symbols.WorkingInterval, AnalyzeInterval);
        rules.OnCreation(symbols.WeeklyHours, AnalyzeWeeklyHours);
        rules.OnCreation(symbols.BusinessCalendarDefinition, AnalyzeCalendar);
    }

    private static void AnalyzeInterval(OperationAnalysisContext context, ItilSymbols symbols)
    {
        if (context.Operation is IObjectCreationOperation creation)
        {
            // new WorkingInterval("09:00", "17:00") is read from its literals; anything else through its operations.
            if (Facts.TryGetTwoStringLiterals(creation.Syntax, "WorkingInterval", out var start, out var startSyntax, out var end, out var endSyntax))
            {
                CheckInterval(context, creation.Syntax, start, startSyntax, end, endSyntax);
                return;
            }

            CheckInterval(context, creation.Syntax, Facts.Argument(creation, "Start")?.Value, Facts.Argument(creation, "End")?.Value);
        }

        // interval with { End = "25:00" }: the values the initializer sets (read only when there is one).
        if (Facts.MemberInitializer(context.Operation) is { } initializer)
        {
            CheckInterval(context, context.Operation.Syntax, Facts.Initialized(initializer, "Start"), Facts.Initialized(initializer, "End"));
        }
    }

    private static void AnalyzeWeeklyHours(OperationAnalysisContext context, ItilSymbols symbols)
    {
        if (context.Operation is IObjectCreationOperation creation)
        {
            foreach (var argument in creation.Arguments)
            {
                if (argument.ArgumentKind == ArgumentKind.Explicit)
                {
                    CheckOverlaps(context, argument.Value, argument.Parameter?.Name, symbols);
                }
            }
        }

        // new WeeklyHours { Monday = […] } (every parameter is optional) and hours with { Monday = […] }: the initializer
        // is read only when there is one (a with expression always has one).
        if (Facts.MemberInitializer(context.Operation) is { } initializer)
        {
            foreach (var item in initializer.Initializers)
            {
                if (item is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: var day } } assignment && IsDay(day))
                {
                    CheckOverlaps(context, assignment.Value, day, symbols);
                }
            }
        }
    }

    private static bool IsDay(string name) => name is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday";

    private static void AnalyzeCalendar(OperationAnalysisContext context, ItilSymbols symbols)
    {
        if (context.Operation is IObjectCreationOperation creation)
        {
            CheckZoneAndHours(context, Facts.Argument(creation, "TimeZone")?.Value, Facts.Argument(creation, "WeeklyHours")?.Value, symbols);
        }

        // new BusinessCalendarDefinition(…) { TimeZone = … } and calendar with { TimeZone = …, WeeklyHours = … }: the
        // initializer is read only when there is one (a with expression always has one).
        if (Facts.MemberInitializer(context.Operation) is { } initializer)
        {
            CheckZoneAndHours(context, Facts.Initialized(initializer, "TimeZone"), Facts.Initialized(initializer, "WeeklyHours"), symbols);
        }
    }

    private static void CheckZoneAndHours(OperationAnalysisContext context, IOperation? zone, IOperation? weeklyHours, ItilSymbols symbols)
    {
        CheckZone(context, zone);
        CheckWeeklyFactory(context, weeklyHours, symbols);
        CheckWorkingTime(context, weeklyHours, symbols);
    }

    /// <summary>Parses HH:mm as the library does; returns the minute of the day or -1.</summary>
    internal static int ParseTime(string text, bool allowEndOfDay)
    {
        if (text.Length != 5 || text[2] != ':' || !IsDigits(text, 0) || !IsDigits(text, 3))
        {
            return -1;
        }

        var hours = ((text[0] - '0') * 10) + (text[1] - '0');
        var minutes = ((text[3] - '0') * 10) + (text[4] - '0');
        if (hours == 24 && minutes == 0 && allowEndOfDay)
        {
            return MinutesPerDay;
        }

        return hours < 24 && minutes < 60 ? (hours * 60) + minutes : -1;
    }

    private static bool IsDigits(string text, int at) => text[at] is >= '0' and <= '9' && text[at + 1] is >= '0' and <= '9';

    private static void CheckInterval(OperationAnalysisContext context, SyntaxNode at, IOperation? startValue, IOperation? endValue)
    {
        var hasStart = Facts.TryGetString(startValue, out var start);
        var hasEnd = Facts.TryGetString(endValue, out var end);
        CheckInterval(context, at, hasStart ? start : null, startValue?.Syntax, hasEnd ? end : null, endValue?.Syntax);
    }

    private static void CheckInterval(OperationAnalysisContext context, SyntaxNode at, string? start, SyntaxNode? startSyntax, string? end, SyntaxNode? endSyntax)
    {
        var hasStart = start is not null && startSyntax is not null;
        var hasEnd = end is not null && endSyntax is not null;
        if (hasStart && ParseTime(start!, allowEndOfDay: false) < 0)
        {
            Report(context, startSyntax!, "'" + start + "' is not a time from 00:00 to 23:59 (HH:mm)");
        }

        if (hasEnd && ParseTime(end!, allowEndOfDay: true) < 0)
        {
            Report(context, endSyntax!, "'" + end + "' is not a time from 00:00 to 24:00 (HH:mm)");
        }

        if (hasStart && hasEnd && ParseTime(start!, false) is var s && s >= 0 && ParseTime(end!, true) is var e && e >= 0 && s == e)
        {
            Report(context, at, "The working interval " + start + "–" + end + " is empty (start equals end)");
        }
    }

    // WeeklyHours.MondayToFriday("09:00", "17:00") is checked where a calendar uses it: watching every call for it would
    // cost more than all the other checks together.
    private static void CheckWeeklyFactory(OperationAnalysisContext context, IOperation? weeklyHours, ItilSymbols symbols)
    {
        if (Facts.Unwrap(weeklyHours) is IInvocationOperation { TargetMethod: { IsStatic: true, Name: "MondayToFriday" or "EveryDay" } method } invocation
            && ItilSymbols.Is(method.ContainingType, symbols.WeeklyHours))
        {
            CheckInterval(context, invocation.Syntax, Facts.Argument(invocation, "start")?.Value, Facts.Argument(invocation, "end")?.Value);
        }
    }

    // One day's intervals: a constructor argument or a value assigned in an initializer.
    private static void CheckOverlaps(OperationAnalysisContext context, IOperation day, string? dayName, ItilSymbols symbols)
    {
        if (!Facts.TryGetElements(day, out var elements))
        {
            return;
        }

        // Intervals seen so far on this day, in plain arrays: a list of tuples is a generic instantiation to JIT in every build.
        var starts = new int[elements.Count];
        var ends = new int[elements.Count];
        var startTexts = new string[elements.Count];
        var endTexts = new string[elements.Count];
        var count = 0;
        foreach (var element in elements)
        {
            // new WorkingInterval("09:00", "17:00") is read from syntax; anything else through its operation.
            if (!Facts.TryGetTwoStringLiterals(element, "WorkingInterval", out var startText, out var endText)
                && (Facts.OperationOf(day, element, context.CancellationToken) is not IObjectCreationOperation interval
                    || !ItilSymbols.Creates(interval, symbols.WorkingInterval)
                    || !Facts.TryGetString(Facts.Argument(interval, "Start")?.Value, out startText)
                    || !Facts.TryGetString(Facts.Argument(interval, "End")?.Value, out endText)))
            {
                continue;
            }

            var start = ParseTime(startText, false);
            var end = ParseTime(endText, true);
            if (start < 0 || end < 0 || start == end)
            {
                continue;
            }

            if (end < start)
            {
                end += MinutesPerDay;
            }

            for (var i = 0; i < count; i++)
            {
                if (start < ends[i] && starts[i] < end)
                {
                    Report(context, element, "The working interval " + startText + "–" + endText + " overlaps " + startTexts[i] + "–" + endTexts[i] + " on " + (dayName ?? "the same day"));
                    break;
                }
            }

            starts[count] = start;
            ends[count] = end;
            startTexts[count] = startText;
            endTexts[count] = endText;
            count++;
        }
    }

    private static void CheckZone(OperationAnalysisContext context, IOperation? zone)
    {
        if (!Facts.TryGetString(zone, out var id))
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(id))
        {
            Report(context, zone!.Syntax, "The time zone is missing; give an IANA id such as 'Europe/London'");
        }
        else if (!TimeZoneIds.IsKnown(id))
        {
            var closest = Spelling.Closest(id, TimeZoneIds.All, 1);
            Report(context, zone!.Syntax, "'" + id + "' is not an IANA time-zone id" + (closest.Count > 0 ? "; did you mean '" + closest[0] + "'?" : string.Empty));
        }
    }

    private static void CheckWorkingTime(OperationAnalysisContext context, IOperation? weeklyHours, ItilSymbols symbols)
    {
        if (Facts.Unwrap(weeklyHours) is not IObjectCreationOperation weekly || !ItilSymbols.Creates(weekly, symbols.WeeklyHours) || weekly.Initializer is not null)
        {
            return;
        }

        foreach (var argument in weekly.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                continue;
            }

            if (!Facts.TryGetElements(argument.Value, out var elements) || elements.Count > 0)
            {
                return;
            }
        }

        Report(context, weekly.Syntax, "The calendar has no working time: every day of the week is empty");
    }

    private static void Report(OperationAnalysisContext context, SyntaxNode at, string message)
        => context.ReportDiagnostic(Diagnostic.Create(Descriptors.ITIL1003_BusinessCalendarMustBeValid, at.GetLocation(), message));

}
#pragma warning restore RS1001
