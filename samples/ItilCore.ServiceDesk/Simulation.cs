using System;
using System.Collections.Generic;
using System.Linq;
using ItilCore;
using ItilCore.Catalog;
using ItilCore.Configuration;
using ItilCore.Incidents;
using NodaTime;
using NodaTime.Testing;

namespace ItilCore.ServiceDesk;

/// <summary>
/// Drives incidents through realistic lives on a fake clock. Steps of all incidents are interleaved in time order by a
/// priority queue, so the clock only moves forwards, as a real one does. New incidents are routed by the default rule
/// set (<see cref="RoutingDesk"/>); a stream of VPN disconnects on the VPN gateway makes a pattern that problem
/// management finds and fixes through a change (<see cref="ProblemDesk"/>), its steps interleaved with the incidents';
/// at the end every incident's SLA clocks are derived from its history (<see cref="ServiceLevelDesk"/>).
/// </summary>
internal sealed class Simulation
{
    private static readonly AssignmentGroupId Network = RoutingDesk.Network;
    private static readonly AssignmentGroupId Applications = RoutingDesk.Applications;
    private static readonly ServiceId Vpn = new("vpn");
    private static readonly ConfigurationItemId VpnGateway = new("vpn-gateway");
    private const string VpnSymptom = "VPN disconnects";
    private static readonly ActorId Monitoring = new("monitoring");
    private static readonly ActorId AutoCloser = new("system.auto-close");
    private static readonly ActorId Manager = new("manager.okafor");
    private static readonly ActorId[] Agents = [new("agent.ana"), new("agent.ben"), new("agent.chen"), new("agent.dev")];
    private static readonly ActorId[] Callers = [new("caller.eva"), new("caller.finn"), new("caller.gia"), new("caller.hal"), new("caller.ida")];
    private static readonly string[] Summaries = ["Cannot send e-mail", "Wi-Fi keeps dropping", "Payroll report fails", "Laptop will not boot", "Printer offline", "Shared drive slow"];

    private readonly int _seed;
    private readonly int _count;
    private readonly Random _random;
    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 3, 2, 8, 0));
    private readonly PriorityQueue<Action, Instant> _agenda = new();
    private readonly PriorityQueue<Action, Instant> _storyAgenda = new();
    private readonly List<Rejection> _rejections = [];
    private readonly Dictionary<Incident, List<DomainEvent>> _histories = [];
    private readonly IncidentManagement _practice;
    private readonly ServiceId[] _services;
    private readonly RoutingDesk _routing;
    private readonly ServiceLevelDesk _serviceLevels;
    private readonly ProblemDesk _problems;

    public Simulation(int seed, int count)
    {
        _seed = seed;
        _count = count;
        _random = new Random(seed);
        Model = LoadDefaultModel();
        _services = Model.Catalog.ToDocument().Services.Select(s => s.Id).ToArray();
        _practice = new IncidentManagement(_clock, new IncidentManagementOptions { ServiceModel = Model }, NewEventId);
        _routing = new RoutingDesk(Model);
        _serviceLevels = new ServiceLevelDesk(Model, _practice.PriorityMatrix);
        _problems = new ProblemDesk(_clock, Model, _histories, (at, step) => _storyAgenda.Enqueue(step, at), NewEventId);
    }

    public ServiceModel Model { get; }

    private static ServiceModel LoadDefaultModel()
    {
        using var stream = typeof(Simulation).Assembly.GetManifestResourceStream("catalog.json")
            ?? throw new InvalidOperationException("The embedded default catalogue is missing.");
        using var reader = new System.IO.StreamReader(stream);
        return ServiceModel.FromJson(reader.ReadToEnd(), "default catalogue");
    }

    public SimulationReport Run()
    {
        var arrival = _clock.GetCurrentInstant();
        Instant? burstEnd = null;
        for (var i = 1; i <= _count; i++)
        {
            arrival += Duration.FromMinutes(_random.Next(1, 45));
            var number = i;
            _agenda.Enqueue(() => Arrive(number), arrival);
            burstEnd = InVpnBurst(number) ? arrival : burstEnd;
        }

        // The problem review looks at the trend a few hours after the VPN gateway's stream of disconnects.
        if (burstEnd is { } end)
        {
            _problems.StartAt(end + Duration.FromHours(4));
        }

        // The report is taken two days after the last arrival, so the desk still has open work, as a real one does.
        // The problem and change story runs to its end even when that is later.
        var horizon = arrival + Duration.FromDays(2);
        while (true)
        {
            var incidentDue = _agenda.TryPeek(out _, out var next) && next <= horizon;
            var storyDue = _storyAgenda.TryPeek(out _, out var nextStory);
            if (!incidentDue && !storyDue)
            {
                break;
            }

            var agenda = incidentDue && (!storyDue || next <= nextStory) ? _agenda : _storyAgenda;
            var step = agenda.Dequeue();
            _clock.Reset(agenda == _agenda ? next : nextStory);
            step();
        }

        var incidents = _histories.Keys.ToList();
        var mismatches = incidents.Count(i => _practice.Rebuild(_histories[i]).ToSnapshot() != i.ToSnapshot()) + (_problems.RebuildsMatch ? 0 : 1);
        return new SimulationReport(_seed, incidents, _histories.Values.Sum(h => h.Count), _rejections, mismatches, _practice.PriorityMatrix, Model)
        {
            Routing = _routing,
            ServiceLevels = _serviceLevels.Evaluate(_practice, _histories, horizon),
            Problems = _problems,
        };
    }

    // From 15 % to 40 % of the arrivals, every third incident is the VPN gateway dropping its tunnels: a pattern on purpose.
    private bool InVpnBurst(int number) => number >= _count * 15 / 100 && number <= _count * 40 / 100 && number % 3 == 0;

    private void Arrive(int number)
    {
        var caller = Pick(Callers);
        var channel = _random.Next(10) == 0 ? ContactChannel.Monitoring : Pick([ContactChannel.Phone, ContactChannel.Email, ContactChannel.Portal, ContactChannel.Chat]);
        var burst = InVpnBurst(number);
        var service = burst ? Vpn : Pick(_services);
        var items = Model.Configuration.DependenciesOfService(service).Select(d => d.Item).ToArray();
        var command = new LogIncident(
            new IncidentId($"INC{number:D7}"),
            burst ? VpnSymptom : Pick(Summaries),
            caller,
            channel,
            new Impact(Weighted(1, 3, 6)),
            new Urgency(Weighted(2, 4, 4)))
        {
            Service = service,
            ConfigurationItem = burst ? VpnGateway : items.Length == 0 || _random.Next(4) == 0 ? null : Pick(items),
        };
        var logged = _practice.Log(channel == ContactChannel.Monitoring ? Monitoring : Pick(Agents), command);
        if (!logged.IsAccepted)
        {
            _rejections.Add(logged.Rejection);
            return;
        }

        var incident = logged.Value;
        _histories[incident] = [.. logged.Events];
        var (group, agent) = _routing.Route(incident, _clock.GetCurrentInstant());
        Later(Minutes(5, 90), incident, i => i.Assign(agent, group, agent), () => PlanLife(incident, agent, caller));
    }

    // One of several realistic lives, with the mistakes real agents make mixed in (each shows up as a rejection).
    private void PlanLife(Incident incident, ActorId agent, ActorId caller)
    {
        var roll = _random.Next(100);
        if (roll < 5)
        {
            Later(Minutes(10, 60), incident, i => i.Cancel(agent, "Duplicate of an open incident"), null);
            return;
        }

        if (roll < 15)
        {
            // A wrong hold without a comment to the caller, then the right one, then the caller answers.
            Later(Minutes(10, 120), incident, i => i.PutOnHold(agent, HoldReason.AwaitingCaller), () =>
                Later(Minutes(1, 5), incident, i => i.PutOnHold(agent, HoldReason.AwaitingCaller, "Which device is affected?"), () =>
                    Later(Hours(1, 30), incident, i => i.RecordCallerUpdate(caller, "It is my laptop, asset 4411"), () => Resolve(incident, agent, caller))));
            return;
        }

        if (roll < 25)
        {
            Later(Hours(1, 4), incident, i => i.PutOnHold(agent, HoldReason.AwaitingVendor, "Replacement part ordered"), () =>
                Later(Hours(24, 96), incident, i => i.Resume(agent, "Part arrived"), () => Resolve(incident, agent, caller)));
            return;
        }

        if (roll < 37)
        {
            // An agent first tries Assign to another team (rejected: that is a reassignment), then reassigns properly. The
            // other team is read when the step runs: Assign to the incident's own group would be accepted (it drops the assignee).
            Later(Minutes(30, 240), incident, i => i.Assign(agent, OtherTeam(i)), () =>
                Later(Minutes(1, 3), incident, i => i.Reassign(agent, OtherTeam(i), "Needs specialist skills"), () => Resolve(incident, agent, caller)));
            return;
        }

        if (roll < 42)
        {
            Later(Minutes(15, 60), incident, i => i.Escalate(agent, Manager, "Many users affected", majorIncident: true), () =>
                Later(Minutes(5, 30), incident, i => i.OverridePriority(Manager, new Priority(1), "Declared major incident"), () => Resolve(incident, agent, caller)));
            return;
        }

        Later(Minutes(20, 300), incident, i => i.AddWorkNote(agent, "Investigating"), () => Resolve(incident, agent, caller));
    }

    private static AssignmentGroupId OtherTeam(Incident incident) => incident.AssignmentGroup == Network ? Applications : Network;

    private void Resolve(Incident incident, ActorId agent, ActorId caller)
    {
        var sloppy = _random.Next(10) == 0;
        Later(Hours(1, 8), incident, i => i.Resolve(agent, ResolutionCode.SolvedPermanently, sloppy ? string.Empty : "Fixed and verified with the caller"), () =>
        {
            if (sloppy)
            {
                Later(Minutes(1, 10), incident, i => i.Resolve(agent, ResolutionCode.SolvedPermanently, "Fixed; notes added after review"), () => AfterResolution(incident, agent, caller));
            }
            else
            {
                AfterResolution(incident, agent, caller);
            }
        });
    }

    private void AfterResolution(Incident incident, ActorId agent, ActorId caller)
    {
        var roll = _random.Next(100);
        if (roll < 12 && incident.ReopenCount < 2)
        {
            Later(Hours(2, 72), incident, i => i.Reopen(caller, "The problem is back"), () => Resolve(incident, agent, caller));
        }
        else if (roll < 40)
        {
            Later(Hours(1, 48), incident, i => i.Close(caller), () => LateMistake(incident, caller));
        }
        else
        {
            // The auto-close job runs daily; before the delay it is refused, afterwards it closes.
            Later(Hours(24, 36), incident, i => i.CloseIfDue(AutoCloser), null);
            Later(Hours(7 * 24, (8 * 24) - 1), incident, i => i.CloseIfDue(AutoCloser), () => LateMistake(incident, caller));
        }
    }

    private void LateMistake(Incident incident, ActorId caller)
    {
        if (_random.Next(8) == 0)
        {
            Later(Hours(24, 240), incident, i => i.Reopen(caller, "It broke again"), null);
        }
    }

    private void Later(Duration delay, Incident incident, Func<Incident, CommandResult> command, Action? then)
        => _agenda.Enqueue(
            () =>
            {
                var result = command(incident);
                if (result.IsRejected)
                {
                    _rejections.Add(result.Rejection);
                }
                else
                {
                    _histories[incident].AddRange(result.Events);
                }

                then?.Invoke();
            },
            _clock.GetCurrentInstant() + delay);

    private Duration Minutes(int min, int max) => Duration.FromMinutes(_random.Next(min, max + 1));

    private Duration Hours(int min, int max) => Duration.FromMinutes(_random.Next(min * 60, (max * 60) + 1));

    private int Weighted(int high, int medium, int low)
    {
        var roll = _random.Next(high + medium + low);
        return roll < high ? 1 : roll < high + medium ? 2 : 3;
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    private Guid NewEventId()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
