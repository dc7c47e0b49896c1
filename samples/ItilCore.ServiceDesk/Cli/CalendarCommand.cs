using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using ItilCore.Replay;
using ItilCore.ServiceLevels;
using NodaTime;

namespace ItilCore.ServiceDesk.Cli;

/// <summary>`itil calendar add|between|open-at`: business-time arithmetic on a calendar file.</summary>
public static class CalendarCommand
{
    public static Command Create(CliOutput io)
    {
        var command = new Command("calendar", "Business-time arithmetic on a calendar (JSON).");
        command.Subcommands.Add(Add(io));
        command.Subcommands.Add(Between(io));
        command.Subcommands.Add(OpenAt(io));
        return command;
    }

    private static Option<string> CalendarOption() => new("--calendar", "-c") { Description = "The business calendar (JSON).", Required = true };

    private static Option<bool> ExplainOption() => new("--explain") { Description = "List the working intervals used." };

    private static Command Add(CliOutput io)
    {
        var calendar = CalendarOption();
        var at = new Option<string>("--at") { Description = "The start instant (ISO-8601 with an offset, or local time and zone).", Required = true };
        var duration = new Option<string>("--duration", "-d") { Description = "The business time to add, for example 8h, 90m, 3d, 1d4h.", Required = true };
        var explain = ExplainOption();
        var command = new Command("add", "Add business time to an instant: when does the clock reach it?") { calendar, at, duration, explain };
        command.SetAction(parsed =>
        {
            var cal = ReplayCommand.LoadCalendar(parsed.GetValue(calendar)!);
            var start = InstantText.Parse(parsed.GetValue(at)!, "--at");
            var text = parsed.GetValue(duration)!;
            if (!DurationText.TryParse(text, out var amount))
            {
                throw new CliException($"--duration '{text}' is not a duration; write it like 8h, 90m, 3d or 1d4h");
            }

            var end = cal.Add(start, amount);
            io.Out.WriteLine($"start:  {InstantText.Format(start, cal.Zone)}");
            io.Out.WriteLine($"adding: {DurationText.Format(amount)} of business time on {cal.Id}");
            io.Out.WriteLine($"result: {InstantText.Format(end, cal.Zone)}");
            if (parsed.GetValue(explain))
            {
                Intervals(io.Out, cal, start, end);
            }

            return ItilCommandLine.Success;
        });
        return command;
    }

    private static Command Between(CliOutput io)
    {
        var calendar = CalendarOption();
        var from = new Option<string>("--from") { Description = "The first instant.", Required = true };
        var to = new Option<string>("--to") { Description = "The second instant.", Required = true };
        var explain = ExplainOption();
        var command = new Command("between", "Measure the business time between two instants.") { calendar, from, to, explain };
        command.SetAction(parsed =>
        {
            var cal = ReplayCommand.LoadCalendar(parsed.GetValue(calendar)!);
            var a = InstantText.Parse(parsed.GetValue(from)!, "--from");
            var b = InstantText.Parse(parsed.GetValue(to)!, "--to");
            if (b < a)
            {
                throw new CliException("--to is before --from");
            }

            var business = cal.BusinessTimeBetween(a, b);
            io.Out.WriteLine($"from:     {InstantText.Format(a, cal.Zone)}");
            io.Out.WriteLine($"to:       {InstantText.Format(b, cal.Zone)}");
            io.Out.WriteLine($"business: {DurationText.Format(business)} ({business.TotalHours:0.##} h) on {cal.Id}");
            io.Out.WriteLine($"elapsed:  {DurationText.Format(b - a)}");
            if (parsed.GetValue(explain))
            {
                Intervals(io.Out, cal, a, b);
            }

            return ItilCommandLine.Success;
        });
        return command;
    }

    private static Command OpenAt(CliOutput io)
    {
        var calendar = CalendarOption();
        var at = new Option<string>("--at") { Description = "The instant.", Required = true };
        var explain = ExplainOption();
        var command = new Command("open-at", "Say whether the calendar is open at an instant.") { calendar, at, explain };
        command.SetAction(parsed =>
        {
            var cal = ReplayCommand.LoadCalendar(parsed.GetValue(calendar)!);
            var instant = InstantText.Parse(parsed.GetValue(at)!, "--at");
            var range = BusinessCalendar.SupportedRange;
            if (!range.Contains(instant))
            {
                throw new CliException($"--at {InstantText.Format(instant, cal.Zone)} is outside the span business calendars cover {range.Start} to {range.End} (exclusive)");
            }

            // Both lines are worked out before either is written. A week ahead is looked at (an interval cut at its end
            // has not closed; a 24×7 calendar never does), no further than the calendars' span.
            var open = cal.IsOpenAt(instant);
            var week = instant + Duration.FromDays(7);
            var ahead = week < range.End ? week : range.End - Duration.Epsilon;
            var next = !open
                ? cal.TryAdd(instant, Duration.Zero, out var opens)
                    ? $"opens:  {InstantText.Format(opens, cal.Zone)}"
                    : $"opens:  not before the end of the span calendars cover ({range.End})"
                : cal.WorkingIntervals(instant, ahead).First().End is var closes && closes < ahead
                    ? $"closes: {InstantText.Format(closes, cal.Zone)}"
                    : ahead < week ? $"closes: not before the end of the span calendars cover ({range.End})" : "closes: not within 7 days";
            using var text = new StringWriter(CultureInfo.InvariantCulture);
            text.WriteLine($"{InstantText.Format(instant, cal.Zone)}: {(open ? "open" : "closed")}");
            text.WriteLine(next);
            if (parsed.GetValue(explain))
            {
                // The local day, cut to the calendars' span at its two ends. Midnights are resolved leniently: a midnight in a
                // gap is the gap's end, and the midnight of a date the zone skipped whole (Samoa's 2011-12-30) is the next
                // day's, where AtStartOfDayInZone would throw.
                var day = instant.InZone(cal.Zone).Date;
                var start = day.AtMidnight().InZoneLeniently(cal.Zone).ToInstant();
                var end = day.PlusDays(1).AtMidnight().InZoneLeniently(cal.Zone).ToInstant();
                Intervals(text, cal, start < range.Start ? range.Start : start, end < range.End ? end : range.End - Duration.Epsilon);
                foreach (var holiday in cal.HolidaysBetween(day, day))
                {
                    text.WriteLine($"  holiday: {holiday}");
                }
            }

            io.Out.Write(text.ToString());
            return ItilCommandLine.Success;
        });
        return command;
    }

    private static void Intervals(TextWriter output, BusinessCalendar cal, Instant from, Instant to)
    {
        var intervals = cal.WorkingIntervals(from, to).ToArray();
        output.WriteLine($"working intervals ({intervals.Length}):");
        foreach (var interval in intervals)
        {
            var start = interval.Start.InZone(cal.Zone);
            var end = interval.End.InZone(cal.Zone);
            output.WriteLine($"  {start.ToString("uuuu'-'MM'-'dd ddd HH':'mm", CultureInfo.InvariantCulture)} – {end.ToString("HH':'mm", CultureInfo.InvariantCulture)} {cal.Zone.Id}  {DurationText.Format(interval.Duration)}");
        }
    }
}
