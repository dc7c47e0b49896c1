using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using ItilCore.Incidents;
using NodaTime;
using NodaTime.Testing;
using Stateless;
using T = ItilCore.Incidents.IncidentTrigger;

namespace ItilCore.Benchmarks;

/// <summary>
/// One incident's life of six commands (Assign, PutOnHold awaiting vendor, Resume, Resolve, Reopen, Resolve), through
/// ItilCore and through the peers a user would otherwise write. Times are per command (OperationsPerInvoke = 6); every
/// invocation works on a fresh ticket. Logging is not counted: ItilCore's incidents are logged in [IterationSetup], one
/// per invocation (hence the fixed invocation count); the peers create their plain ticket inside the benchmark.
/// </summary>
[InvocationCount(PoolSize, 16)]
public class IncidentLifecycleBenchmarks
{
    public const int PoolSize = 65_536;
    private const int CommandsPerLife = 6;
    private const string HoldComment = "Vendor case V-1042 opened";
    private const string Notes = "Restarted the mail relay";
    private const string ReopenReason = "Mail is down again";

    private static readonly ActorId By = new("agent.jane");
    private static readonly ActorId Caller = new("user.bob");
    private static readonly AssignmentGroupId Group = new("service-desk");

    private readonly Incident[] _pool = new Incident[PoolSize];
    private readonly Incident[] _poolDefault = new Incident[PoolSize];
    private LogIncident[] _logCommands = [];
    private IncidentManagement _practice = null!;
    private IncidentManagement _practiceDefault = null!;
    private SharedStatelessIncident _shared = null!;
    private int _next;

    [GlobalSetup]
    public void GlobalSetup()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 1, 5, 9, 0), Duration.FromSeconds(1));
        _practice = new IncidentManagement(clock, null, new CounterGuids().Next);
        _practiceDefault = new IncidentManagement(clock); // the default event-id source (EventIds.NewRandom)
        _shared = new SharedStatelessIncident();
        _logCommands = new LogIncident[PoolSize];
        for (var i = 0; i < PoolSize; i++)
        {
            _logCommands[i] = new LogIncident(new IncidentId($"INC{i + 1:D7}"), "Mail down", Caller, ContactChannel.Phone, new Impact(2), new Urgency(2));
        }

        Verify();
    }

    [IterationSetup(Target = nameof(ItilCore_Incident))]
    public void LogPool() => Fill(_pool, _practice);

    [IterationSetup(Target = nameof(ItilCore_Incident_DefaultIds))]
    public void LogPoolDefault() => Fill(_poolDefault, _practiceDefault);

    [Benchmark(OperationsPerInvoke = CommandsPerLife, Description = "ItilCore Incident (counter event ids)")]
    public IncidentState ItilCore_Incident() => OurLife(_pool[_next++]);

    [Benchmark(OperationsPerInvoke = CommandsPerLife, Description = "ItilCore Incident (default event ids)")]
    public IncidentState ItilCore_Incident_DefaultIds() => OurLife(_poolDefault[_next++]);

    [Benchmark(OperationsPerInvoke = CommandsPerLife, Baseline = true, Description = "Stateless, one shared machine")]
    public IncidentState Stateless_SharedMachine()
    {
        var ticket = new Ticket();
        _shared.Current = ticket;
        StatelessLife(_shared.Machine, ticket);
        return ticket.State;
    }

    [Benchmark(OperationsPerInvoke = CommandsPerLife, Description = "Stateless, new machine per ticket")]
    public IncidentState Stateless_NewMachinePerTicket()
    {
        var ticket = new Ticket();
        StatelessLife(BareStatelessIncident.For(ticket), ticket);
        return ticket.State;
    }

    [Benchmark(OperationsPerInvoke = CommandsPerLife, Description = "Hand-written switch")]
    public IncidentState HandWrittenSwitch()
    {
        var ticket = new Ticket();
        SwitchLife(ticket);
        return ticket.State;
    }

    private void Fill(Incident[] pool, IncidentManagement practice)
    {
        for (var i = 0; i < PoolSize; i++)
        {
            pool[i] = practice.Log(By, _logCommands[i]).ThrowIfRejected();
        }

        _next = 0;
    }

    private static IncidentState OurLife(Incident incident)
    {
        incident.Assign(By, Group);
        incident.PutOnHold(By, HoldReason.AwaitingVendor, HoldComment);
        incident.Resume(By);
        incident.Resolve(By, ResolutionCode.SolvedPermanently, Notes);
        incident.Reopen(By, ReopenReason);
        incident.Resolve(By, ResolutionCode.SolvedPermanently, Notes);
        return incident.State;
    }

    private static void StatelessLife(StateMachine<IncidentState, T> machine, Ticket ticket)
    {
        machine.Fire(T.Assign);
        ticket.Group = Group;
        machine.Fire(T.PutOnHold);
        ticket.HoldReason = HoldReason.AwaitingVendor;
        machine.Fire(T.Resume);
        ticket.HoldReason = null;
        machine.Fire(T.Resolve);
        machine.Fire(T.Reopen);
        machine.Fire(T.Resolve);
    }

    private static void SwitchLife(Ticket ticket)
    {
        // Stateless throws on a trigger that is not permitted; the switch peer does the same so that all peers validate.
        if (!SwitchIncident.TryFire(ticket, T.Assign))
        {
            throw NotPermitted(T.Assign);
        }

        ticket.Group = Group;
        if (!SwitchIncident.TryFire(ticket, T.PutOnHold))
        {
            throw NotPermitted(T.PutOnHold);
        }

        ticket.HoldReason = HoldReason.AwaitingVendor;
        if (!SwitchIncident.TryFire(ticket, T.Resume))
        {
            throw NotPermitted(T.Resume);
        }

        ticket.HoldReason = null;

        if (!SwitchIncident.TryFire(ticket, T.Resolve))
        {
            throw NotPermitted(T.Resolve);
        }

        if (!SwitchIncident.TryFire(ticket, T.Reopen))
        {
            throw NotPermitted(T.Reopen);
        }

        if (!SwitchIncident.TryFire(ticket, T.Resolve))
        {
            throw NotPermitted(T.Resolve);
        }
    }

    private static InvalidOperationException NotPermitted(T trigger) => new($"{trigger} is not permitted.");

    private static string Describe(IncidentState source, T trigger, IncidentState destination, bool isInternal, IEnumerable<string> guards)
        => $"{source} --{trigger}--> {destination}{(isInternal ? " (internal)" : string.Empty)} [{string.Join(" & ", guards.Order(StringComparer.Ordinal))}]";

    // Before timing: every peer ends the life in the same state, every ItilCore command is accepted, the lifecycle
    // implementations agree with ItilCore's compiled table on every (state, trigger, hold reason), and the bare Stateless
    // configuration lists exactly the compiled transitions.
    private void Verify()
    {
        var incident = _practice.Log(By, _logCommands[0]).ThrowIfRejected();
        var results = new List<CommandResult>
        {
            incident.Assign(By, Group),
            incident.PutOnHold(By, HoldReason.AwaitingVendor, HoldComment),
            incident.Resume(By),
            incident.Resolve(By, ResolutionCode.SolvedPermanently, Notes),
            incident.Reopen(By, ReopenReason),
            incident.Resolve(By, ResolutionCode.SolvedPermanently, Notes),
        };
        foreach (var result in results)
        {
            if (!result.IsAccepted || result.Events.Count != 1)
            {
                throw new InvalidOperationException("An ItilCore command of the benchmark life was not accepted: " + result);
            }
        }

        var ends = new Dictionary<string, IncidentState>
        {
            ["ItilCore"] = incident.State,
            ["ItilCore (default ids)"] = OurLife(_practiceDefault.Log(By, _logCommands[0]).ThrowIfRejected()),
            ["Stateless shared"] = Stateless_SharedMachine(),
            ["Stateless new machine"] = Stateless_NewMachinePerTicket(),
            ["switch"] = HandWrittenSwitch(),
        };
        foreach (var (peer, end) in ends)
        {
            if (end != IncidentState.Resolved)
            {
                throw new InvalidOperationException($"Peers disagree on the end state: {peer} ended {end}, expected Resolved ({string.Join(", ", ends)}).");
            }
        }

        // The guards read only the hold reason, so every (state, trigger) pair is tried with every hold reason and none.
        var definition = IncidentLifecycle.Definition;
        var holdReasons = new HoldReason?[] { null }.Concat(Enum.GetValues<HoldReason>().Select(r => (HoldReason?)r)).ToArray();
        var subjects = new Incident[holdReasons.Length];
        for (var k = 0; k < holdReasons.Length; k++)
        {
            var subject = _practice.Log(By, _logCommands[1 + k]).ThrowIfRejected();
            if (holdReasons[k] is { } reason)
            {
                subject.Assign(By, Group).ThrowIfRejected();
                subject.PutOnHold(By, reason, HoldComment).ThrowIfRejected();
            }

            if (subject.HoldReason != holdReasons[k])
            {
                throw new InvalidOperationException($"Could not prepare an incident with hold reason {holdReasons[k]}.");
            }

            subjects[k] = subject;
        }

        foreach (var state in Enum.GetValues<IncidentState>())
        {
            foreach (var trigger in Enum.GetValues<T>())
            {
                for (var k = 0; k < holdReasons.Length; k++)
                {
                    var holdReason = holdReasons[k];
                    var ours = definition.TryFire(subjects[k], state, trigger, out var expected, out _) ? expected : (IncidentState?)null;

                    var switchTicket = new Ticket { State = state, Group = Group, HoldReason = holdReason };
                    var bySwitch = SwitchIncident.TryFire(switchTicket, trigger) ? switchTicket.State : (IncidentState?)null;

                    var ticket = new Ticket { State = state, Group = Group, HoldReason = holdReason };
                    var machine = BareStatelessIncident.For(ticket);
                    IncidentState? byStateless = null;
                    if (machine.CanFire(trigger))
                    {
                        machine.Fire(trigger);
                        byStateless = ticket.State;
                    }

                    _shared.Current = new Ticket { State = state, Group = Group, HoldReason = holdReason };
                    IncidentState? byShared = null;
                    if (_shared.Machine.CanFire(trigger))
                    {
                        _shared.Machine.Fire(trigger);
                        byShared = _shared.Current.State;
                    }

                    if (ours != bySwitch || ours != byStateless || ours != byShared)
                    {
                        throw new InvalidOperationException($"Lifecycles disagree for {trigger} from {state} (hold reason: {holdReason?.ToString() ?? "none"}): ItilCore {ours}, switch {bySwitch}, Stateless {byStateless}, Stateless shared {byShared}.");
                    }
                }
            }
        }

        // The bare Stateless configuration has exactly the compiled transitions: sources, triggers, destinations,
        // re-entry or internal, and guard descriptions.
        var compiled = definition.Transitions
            .Select(t => Describe(t.Source, t.Trigger, t.Destination, t.IsInternal, t.Guards.Select(g => g.Description)))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var bare = _shared.Machine.GetInfo().States
            .SelectMany(s => s.FixedTransitions.Select(t => Describe(
                (IncidentState)s.UnderlyingState,
                (T)t.Trigger.UnderlyingTrigger,
                (IncidentState)t.DestinationState.UnderlyingState,
                t.IsInternalTransition,
                t.GuardConditionsMethodDescriptions.Select(g => g.Description))))
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (!compiled.SequenceEqual(bare))
        {
            throw new InvalidOperationException(
                "The bare Stateless configuration differs from IncidentLifecycle.Definition.Transitions. Only compiled: "
                + string.Join("; ", compiled.Except(bare)) + ". Only bare: " + string.Join("; ", bare.Except(compiled)) + ".");
        }

        _shared.Current = new Ticket();
    }
}
