using System;
using BenchmarkDotNet.Attributes;
using ItilCore.Catalog;
using ItilCore.Configuration;
using ItilCore.Incidents;
using ItilCore.Routing;
using NodaTime;

namespace ItilCore.Benchmarks;

/// <summary>
/// Repeat alerts on 1,024 open alerts (the storm case): each receive is a dedupe hit that updates count and last seen.
/// Time is per alert, so Op/s is alerts per second on one core. Keys are built once (as a source would per monitored
/// metric); a second case builds the key from its five strings on every alert. A third repeats Major alerts that have
/// incidents (97 items, so most alerts correlate with their item's incident): the repeat also refreshes the item's
/// correlation.
/// </summary>
public class AlertIntakeBenchmarks
{
    private const int Keys = 1_024;
    private const int Rounds = 16;

    private readonly Alert[] _alerts = new Alert[Keys];
    private readonly string[][] _parts = new string[Keys][];
    private readonly Alert[] _withIncidents = new Alert[Keys];
    private AlertIntake _intake = null!;
    private AlertIntake _incidentIntake = null!;

    [GlobalSetup]
    public void GlobalSetup()
    {
        _intake = new AlertIntake(new FixedClock(Instant.FromUtc(2026, 3, 2, 9, 0)));
        for (var i = 0; i < Keys; i++)
        {
            _parts[i] = ["zabbix", $"node{i % 97}", $"disk{i}", "disk.used", "threshold"];
            _alerts[i] = new Alert(new AlertKey("zabbix", $"node{i % 97}", $"disk{i}", "disk.used", "threshold"), AlertSeverity.Minor, "disk above 90 %");
            _intake.Receive(_alerts[i]);
        }

        if (_intake.Receive(_alerts[7]).Kind != AlertOutcomeKind.Updated || _intake.OpenAlertCount != Keys)
        {
            throw new InvalidOperationException("Repeats must update open alerts.");
        }

        var clock = new FixedClock(Instant.FromUtc(2026, 3, 2, 9, 0));
        var next = 0;
        _incidentIntake = new AlertIntake(clock, null, new IncidentManagement(clock), () => new IncidentId($"INC{++next:D7}"));
        for (var i = 0; i < Keys; i++)
        {
            _withIncidents[i] = new Alert(new AlertKey("zabbix", $"node{i % 97}", $"cpu{i}", "cpu.load", "threshold"), AlertSeverity.Major, "cpu load above 95 %")
            {
                ConfigurationItem = new ConfigurationItemId($"node{i % 97}"),
                Service = new ServiceId("erp"),
            };
            _incidentIntake.Receive(_withIncidents[i]);
        }

        if (next != 97 || _incidentIntake.Receive(_withIncidents[500]) is not { Kind: AlertOutcomeKind.Updated, Incident: not null })
        {
            throw new InvalidOperationException("Alerts must have their item's incident.");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Keys * Rounds)]
    public int RepeatAlert_KeyBuiltOnce()
    {
        var sum = 0;
        for (var r = 0; r < Rounds; r++)
        {
            for (var i = 0; i < _alerts.Length; i++)
            {
                sum += _intake.Receive(in _alerts[i]).Count;
            }
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Keys * Rounds)]
    public int RepeatAlert_KeyBuiltPerAlert()
    {
        var sum = 0;
        for (var r = 0; r < Rounds; r++)
        {
            for (var i = 0; i < _parts.Length; i++)
            {
                var p = _parts[i];
                sum += _intake.Receive(new Alert(new AlertKey(p[0], p[1], p[2], p[3], p[4]), AlertSeverity.Minor, "disk above 90 %")).Count;
            }
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Keys * Rounds)]
    public int RepeatAlert_WithIncident()
    {
        var sum = 0;
        for (var r = 0; r < Rounds; r++)
        {
            for (var i = 0; i < _withIncidents.Length; i++)
            {
                sum += _incidentIntake.Receive(in _withIncidents[i]).Count;
            }
        }

        return sum;
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
