using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using ItilCore.Replay;
using ItilCore.Serialization;
using ItilCore.ServiceLevels;
using NodaTime;
using Spectre.Console;

namespace ItilCore.ServiceDesk.Cli;

/// <summary>`itil replay LOG --mapping M`: replays a real event log through the lifecycle, an SLA and the priority matrix.</summary>
public static class ReplayCommand
{
    public static Command Create(CliOutput io)
    {
        var log = new Argument<string>("log") { Description = "The event log: a CSV file, gzip-compressed or not." };
        var mapping = new Option<string>("--mapping", "-m")
        {
            Description = "The mapping file (JSON), or the name of a shipped mapping: uci, helpdesk, bpic14, bpic14-cases.",
            Required = true,
        };
        var calendar = new Option<string?>("--calendar") { Description = "A business calendar (JSON) for the SLA; replaces the mapping's." };
        var targets = new Option<string[]>("--target")
        {
            Description = "An SLA resolution target, PRIORITY=DURATION (for example 1=4h, P3=5d); repeat it. Replaces the mapping's targets.",
            AllowMultipleArgumentsPerToken = true,
        };
        var top = PositiveNumberOption.Create("--top", "How many rows the tables show.", 10);
        var json = new Option<bool>("--json") { Description = "Write the report as JSON." };
        var command = new Command("replay", "Replay a real service-desk event log: conformance to the incident lifecycle, SLA met/breached, priority check.")
        {
            log, mapping, calendar, targets, top, json,
        };
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(log)!;
            if (!File.Exists(path))
            {
                throw new CliException($"the event log '{path}' does not exist");
            }

            var map = ReplayMapping.Load(ResolveMapping(parsed.GetValue(mapping)!));
            var options = new ReplayOptions
            {
                Calendar = parsed.GetValue(calendar) is { } c ? LoadCalendar(c) : null,
                Targets = Targets(parsed.GetValue(targets) ?? [], map.PriorityMatrix),
            };
            var asJson = parsed.GetValue(json);
            var report = io.Interactive && !asJson ? WithProgress(io, path, map, options) : EventLogReplay.Run(path, map, options);
            if (asJson)
            {
                io.Out.WriteLine(ItilJson.Serialize(report));
            }
            else
            {
                ReplayReportView.Write(io.Console, report, parsed.GetValue(top));
            }

            return ItilCommandLine.Success;
        });
        return command;
    }

    /// <summary>A path, or the name of a mapping shipped beside the tool (mappings/NAME.json).</summary>
    public static string ResolveMapping(string value)
    {
        if (File.Exists(value))
        {
            return value;
        }

        var shipped = Path.Combine(AppContext.BaseDirectory, "mappings", value + ".json");
        return File.Exists(shipped) ? shipped : throw new CliException($"the mapping '{value}' does not exist (give a file, or one of: {string.Join(", ", Shipped())})");
    }

    public static BusinessCalendar LoadCalendar(string path)
        => File.Exists(path) ? BusinessCalendar.Load(path) : throw new CliException($"the calendar '{path}' does not exist");

    private static IEnumerable<string> Shipped()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "mappings");
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.json").Select(Path.GetFileNameWithoutExtension).Where(n => !n!.StartsWith("calendar", StringComparison.Ordinal)).Order(StringComparer.Ordinal)!
            : [];
    }

    private static IReadOnlyDictionary<int, Duration>? Targets(string[] values, PriorityMatrix matrix)
    {
        if (values.Length == 0)
        {
            return null;
        }

        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var equals = value.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new CliException($"--target '{value}' is not PRIORITY=DURATION (for example 1=4h)");
            }

            if (!pairs.TryAdd(value[..equals], value[(equals + 1)..]))
            {
                throw new CliException($"--target {value[..equals]} is given twice");
            }
        }

        var problems = new List<ValidationProblem>();
        var targets = ReplayMapping.ReadTargets(pairs, "--target", problems, matrix);
        return problems.Count == 0 ? targets : throw new InvalidDefinitionException("--target", problems);
    }

    private static ReplayReport WithProgress(CliOutput io, string path, ReplayMapping map, ReplayOptions options)
    {
        ReplayReport? report = null;
        io.ErrorConsole.Progress().AutoClear(true).Start(context =>
        {
            var task = context.AddTask(Path.GetFileName(path), maxValue: 1);
            report = EventLogReplay.Run(path, map, options with { Progress = (read, length) => task.Value = length == 0 ? 0 : (double)read / length });
            task.Value = 1;
        });
        return report!;
    }
}

/// <summary>The replay report as tables for people.</summary>
public static class ReplayReportView
{
    public static void Write(IAnsiConsole console, ReplayReport report, int top)
    {
        var c = report.Conformance;
        console.Write(new Rule($"[bold]{Markup.Escape(report.Log)}[/]").LeftJustified());
        var summary = new Grid().AddColumn().AddColumn();
        summary.AddRow("File", Markup.Escape(report.Source));
        summary.AddRow("Rows", N(report.Rows));
        summary.AddRow("Bad rows (skipped)", N(report.BadRows));
        summary.AddRow("Tickets", N(report.Tickets));
        var judged = c.Rate is not null;
        if (c.Rate is { } rate)
        {
            summary.AddRow("Conformance", $"{rate:P2} of state changes ({N(c.Accepted)} accepted, {N(c.Rejected)} rejected)");
            summary.AddRow("Conforming tickets", $"{N(c.ConformingTickets)} of {N(c.ReplayedTickets)} ({Ratio(c.ConformingTickets, c.ReplayedTickets):P1})");
        }
        else
        {
            summary.AddRow("Conformance", "n/a (no state changes)");
        }

        summary.AddRow("Other rows", $"{N(c.Repeats)} repeats, {N(c.IgnoredRows)} ignored, {N(c.UnknownRows)} unknown state");
        summary.AddRow("Entry states", string.Join(", ", c.Entries.OrderByDescending(e => e.Value).Select(e => $"{e.Key} {N(e.Value)}")));
        console.Write(summary);
        console.WriteLine();

        if (report.BadRowSamples.Count > 0)
        {
            var bad = Table("Bad rows", "line", "reason");
            foreach (var row in report.BadRowSamples.Take(top))
            {
                bad.AddRow(N(row.Line), Markup.Escape(row.Reason));
            }

            console.Write(bad);
        }

        if (judged)
        {
            var deviations = Table("Top deviations (rejected by the incident lifecycle)", "from", "to", "count", "tickets", "why", "examples");
            foreach (var t in c.Transitions.Where(t => !t.Accepted).Take(top))
            {
                deviations.AddRow(Words(t.From), Words(t.To), N(t.Count), N(t.Tickets), Markup.Escape(t.Explanation), Markup.Escape(string.Join(", ", t.Examples)));
            }

            console.Write(deviations);
            var accepted = Table("Accepted state changes", "from", "to", "count", "tickets", "trigger", "examples");
            foreach (var t in c.Transitions.Where(t => t.Accepted).Take(top))
            {
                accepted.AddRow(Words(t.From), Words(t.To), N(t.Count), N(t.Tickets), Markup.Escape(t.Explanation), Markup.Escape(string.Join(", ", t.Examples)));
            }

            console.Write(accepted);
        }

        if (report.LogTransitions.Count > 0)
        {
            var pairs = Table("The log's own state pairs (consecutive rows, self-loops included)", "from", "to", "count");
            foreach (var p in report.LogTransitions.Take(top))
            {
                pairs.AddRow(Markup.Escape(p.From), Markup.Escape(p.To), N(p.Count));
            }

            console.Write(pairs);
        }

        if (report.Sla is { } sla)
        {
            console.WriteLine();
            console.MarkupLine($"[bold]Resolution SLA[/] on {Markup.Escape(sla.Calendar)}; targets {Markup.Escape(string.Join(", ", sla.Targets.Select(t => $"{t.Key} {t.Value}")))}");
            console.MarkupLine($"met {N(sla.Met)}, breached {N(sla.Breached)}, unresolved {N(sla.Unresolved)}, no target {N(sla.NoTarget)}");
            if (sla.Agreement is { } a)
            {
                console.MarkupLine($"agreement with the log's made_sla: {a.Rate:P2} of {N(a.Compared)} tickets (both met {N(a.BothMet)}, both breached {N(a.BothBreached)}, only replay met {N(a.OnlyReplayMet)}, only log met {N(a.OnlyLogMet)})");
            }

            console.Write(SlaTable("By priority", sla.ByPriority));
            console.Write(SlaTable($"By assignment group (top {top})", sla.ByGroup.Take(top)));
        }

        if (report.PriorityCheck is { } check)
        {
            console.WriteLine();
            console.MarkupLine($"[bold]Priority check[/]: {N(check.RowsChecked)} rows checked, {N(check.Disagreements)} disagree with the matrix ({check.AgreementRate:P2} agree), in {N(check.TicketsWithDisagreement)} tickets; {N(check.RowsOutsideMatrix)} rows outside the matrix");
            if (check.ByCell.Count > 0)
            {
                var cells = Table("Disagreements", "impact", "urgency", "logged", "matrix", "rows");
                foreach (var d in check.ByCell.Take(top))
                {
                    cells.AddRow(N(d.Impact), N(d.Urgency), "P" + N(d.Logged), "P" + N(d.Computed), N(d.Rows));
                }

                console.Write(cells);
            }
        }
    }

    private static Table SlaTable(string title, IEnumerable<SlaGroupCount> rows)
    {
        var table = Table(title, "", "met", "breached", "unresolved", "compliance");
        foreach (var r in rows)
        {
            table.AddRow(Markup.Escape(r.Key), N(r.Met), N(r.Breached), N(r.Unresolved), r.CompliancePercent is { } p ? p.ToString("F1", CultureInfo.InvariantCulture) + " %" : "–");
        }

        return table;
    }

    private static Table Table(string title, params string[] columns)
    {
        var table = new Table { Title = new TableTitle(title), Border = TableBorder.Rounded };
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(column));
        }

        return table;
    }

    private static string Words(Incidents.IncidentState state) => IncidentConformance.Words(state);

    private static double Ratio(long a, long b) => b == 0 ? 0 : (double)a / b;

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
