using System;
using System.Collections.Generic;
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
    private readonly Incident[] _poolNewGuid = new Incident[PoolSize];
    private LogIncident[] _logCommands = [];
    private IncidentManagement _practice = null!;
    private IncidentManagement _practiceNewGuid = null!;
    private SharedStatelessIncident _shared = null!;
    private int _next;

    [GlobalSetup]
    public void GlobalSetup()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 1, 5, 9, 0), Duration.FromSeconds(1));
        _practice = new IncidentManagement(clock, null, new CounterGuids().Next);
        _practiceNewGuid = new IncidentManagement(clock, null, Guid.NewGuid);
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

    [IterationSetup(Target = nameof(ItilCore_Incident_GuidNewGuid))]
    public void LogPoolNewGuid() => Fill(_poolNewGuid, _practiceNewGuid);

    [Benchmark(OperationsPerInvoke = CommandsPerLife, Description = "ItilCore Incident (counter event ids)")]
    public IncidentState ItilCore_Incident() => OurLife(_pool[_next++]);

    [Benchmark(OperationsPerInvoke = CommandsPerLife, Description = "ItilCore Incident (Guid.NewGuid event ids)")]
    public IncidentState ItilCore_Incident_GuidNewGuid() => OurLife(_poolNewGuid[_next++]);

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
        machine.Fire(T.Resume);
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

        if (!SwitchIncident.TryFire(ticket, T.Resume))
        {
            throw NotPermitted(T.Resume);
        }

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

    // Before timing: every peer ends the life in the same state, every ItilCore command is accepted, and the three
    // lifecycle implementations agree with ItilCore's compiled table on every (state, trigger) pair.
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
            ["ItilCore (Guid.NewGuid)"] = OurLife(_practiceNewGuid.Log(By, _logCommands[0]).ThrowIfRejected()),
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

        var definition = IncidentLifecycle.Definition;
        foreach (var state in Enum.GetValues<IncidentState>())
        {
            foreach (var trigger in Enum.GetValues<T>())
            {
                foreach (var assigned in new[] { false, true })
                {
                    var ticket = new Ticket { State = state, Group = assigned ? Group : null, HoldReason = HoldReason.AwaitingVendor };
                    var subject = assigned ? incident : _practice.Log(By, _logCommands[1]).ThrowIfRejected();
                    var ours = definition.TryFire(subject, state, trigger, out var expected, out _) ? expected : (IncidentState?)null;

                    var switchTicket = new Ticket { State = ticket.State, Group = ticket.Group, HoldReason = ticket.HoldReason };
                    var bySwitch = SwitchIncident.TryFire(switchTicket, trigger) ? switchTicket.State : (IncidentState?)null;

                    var machine = BareStatelessIncident.For(ticket);
                    IncidentState? byStateless = null;
                    if (machine.CanFire(trigger))
                    {
                        machine.Fire(trigger);
                        byStateless = ticket.State;
                    }

                    if (ours != bySwitch || ours != byStateless)
                    {
                        throw new InvalidOperationException($"Lifecycles disagree for {trigger} from {state} (assigned: {assigned}): ItilCore {ours}, switch {bySwitch}, Stateless {byStateless}.");
                    }
                }
            }
        }
    }
}
