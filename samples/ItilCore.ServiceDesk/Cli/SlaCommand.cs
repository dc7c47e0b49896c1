using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using ItilCore.Configuration;
using ItilCore.Incidents;
using ItilCore.Replay;
using ItilCore.Serialization;
using ItilCore.ServiceLevels;
using NodaTime;
using NodaTime.Testing;

namespace ItilCore.ServiceDesk.Cli;

/// <summary>`itil sla status`: each SLA's stage, elapsed, remaining, breach instant and warnings for a ticket history at an instant.</summary>
public static class SlaCommand
{
    public static Command Create(CliOutput io)
    {
        var command = new Command("sla", "Service level tools.");
        var history = new Option<string>("--history") { Description = "The ticket's history: a JSON array of ItilCore domain events (with \"$type\").", Required = true };
        var slas = new Option<string>("--sla") { Description = "The SLA definitions (JSON service-level document).", Required = true };
        var catalog = new Option<string?>("--catalog") { Description = "The service catalogue (JSON); the sample's example catalogue when absent." };
        var calendars = new Option<string[]>("--calendar", "-c") { Description = "A business calendar the SLAs name (JSON); repeat it.", AllowMultipleArgumentsPerToken = true };
        var at = new Option<string>("--at") { Description = "The instant to evaluate at (ISO-8601 with an offset, or local time and zone).", Required = true };
        var status = new Command("status", "Print each SLA's stage, elapsed and remaining business time, breach instant and warnings at an instant.") { history, slas, catalog, calendars, at };
        status.SetAction(parsed =>
        {
            var model = parsed.GetValue(catalog) is { } path ? ServiceModel.Load(RouteCommand.Existing(path, "catalogue")) : DefaultModel();
            var cals = (parsed.GetValue(calendars) ?? []).Select(ReplayCommand.LoadCalendar).ToArray();
            var when = InstantText.Parse(parsed.GetValue(at)!, "--at");
            var events = ItilJson.ReadFile<List<DomainEvent>>(RouteCommand.Existing(parsed.GetValue(history)!, "history"));
            if (events.Count == 0)
            {
                throw new CliException("the history is empty");
            }

            var practice = new IncidentManagement(new FakeClock(when), new IncidentManagementOptions { ServiceModel = model });
            var slm = ServiceLevelManagement.FromJson(File.ReadAllText(RouteCommand.Existing(parsed.GetValue(slas)!, "SLA file")), model, practice.PriorityMatrix, cals, source: parsed.GetValue(slas)!);
            var statuses = slm.Evaluate(practice, events, when);
            io.Out.WriteLine($"at {InstantPattern(when)}: {statuses.Count} SLA clock{(statuses.Count == 1 ? "" : "s")}");
            foreach (var s in statuses)
            {
                io.Out.WriteLine();
                io.Out.WriteLine($"{s.Agreement.Value} {Kebab(s.Metric.ToString())} (cycle {s.Cycle}, {s.Priority}, target {DurationText.Format(s.Target)}): {Kebab(s.Stage.ToString())}{(s.EndedByReset ? " by a reset" : "")}");
                io.Out.WriteLine($"  started   {InstantText.Format(s.StartedAt, s.Zone)}");
                if (s.EndedAt is { } ended)
                {
                    io.Out.WriteLine($"  ended     {InstantText.Format(ended, s.Zone)}");
                }

                io.Out.WriteLine($"  elapsed   {DurationText.Format(s.BusinessElapsed)} business ({s.Percentage.ToString("F1", CultureInfo.InvariantCulture)} %), {DurationText.Format(s.ActualElapsed)} actual");
                io.Out.WriteLine($"  remaining {DurationText.Format(s.BusinessRemaining)}");
                io.Out.WriteLine($"  breach    {(s.BreachAt is { } b ? InstantText.Format(b, s.Zone) : s.EndedAt is null ? "never (the calendar's working time runs out first)" : "(clock not running)")}{(s.Breached ? "  BREACHED" : "")}");
                foreach (var w in s.Warnings)
                {
                    io.Out.WriteLine($"  warning   {w.Threshold} % at {InstantText.Format(w.At, s.Zone)}");
                }
            }

            return ItilCommandLine.Success;
        });
        command.Subcommands.Add(status);
        return command;
    }

    private static string InstantPattern(Instant instant) => NodaTime.Text.InstantPattern.ExtendedIso.Format(instant);

    // The wire form of an enum name, by the naming policy ItilJson writes enums with.
    private static string Kebab(string name) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(name);

    private static ServiceModel DefaultModel()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("catalog.json")!;
        using var reader = new StreamReader(stream);
        return ServiceModel.FromJson(reader.ReadToEnd(), "the example catalogue");
    }
}
