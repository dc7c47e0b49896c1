using System;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using ItilCore.Routing;

namespace ItilCore.Benchmarks;

/// <summary>
/// Routes the same 4,096 tickets with every peer, at 10, 100 and 1,000 rules (30 % with keywords). Times are per
/// ticket (OperationsPerInvoke). [GlobalSetup] builds every peer (outside timing) and checks that all four agree on every
/// ticket, rule index and group, before anything is timed.
/// </summary>
public class RoutingBenchmarks
{
    private RoutingRuleSet _compiled = null!;
    private DelegateRouter _linear = null!;
    private NRulesRouter _nrules = null!;
    private RulesEngineRouter _rulesEngine = null!;
    private RoutingTicket[] _tickets = [];

    [Params(10, 100, 1_000)]
    public int Rules { get; set; }

    [GlobalSetup]
    public void GlobalSetup()
    {
        var definition = RoutingWorkload.Rules(Rules);
        _compiled = RoutingRuleSet.Create(definition);
        _linear = new DelegateRouter(definition);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        _nrules = new NRulesRouter(definition);
        var nrulesBuild = clock.Elapsed;
        clock.Restart();
        _rulesEngine = new RulesEngineRouter(definition);
        var rulesEngineBuild = clock.Elapsed;
        _tickets = RoutingWorkload.TicketsFor(Rules);
        var byRule = 0;
        foreach (var ticket in _tickets)
        {
            var ours = _compiled.Route(ticket);
            foreach (var (name, theirs) in new[] { ("linear scan", _linear.Route(ticket)), ("NRules", _nrules.Route(ticket)), ("RulesEngine", _rulesEngine.Route(ticket)) })
            {
                if (ours.RuleIndex != theirs.Rule || ours.AssignmentGroup != theirs.Group)
                {
                    throw new InvalidOperationException($"Routers disagree on '{ticket.ShortDescription}': compiled {ours}, {name} rule {theirs.Rule}.");
                }
            }

            byRule += ours.IsDefaultRoute ? 0 : 1;
        }

        Console.WriteLine($"// {Rules} rules: {byRule} of {_tickets.Length} tickets matched a rule; all four routers agree on every ticket. Setup outside timing: NRules compile {nrulesBuild.TotalMilliseconds:F0} ms, RulesEngine build {rulesEngineBuild.TotalMilliseconds:F0} ms.");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = RoutingWorkload.Tickets)]
    public int CompiledRouter()
    {
        var sum = 0;
        foreach (var ticket in _tickets)
        {
            sum += _compiled.Route(ticket).RuleIndex;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = RoutingWorkload.Tickets)]
    public int LinearScanDelegates()
    {
        var sum = 0;
        foreach (var ticket in _tickets)
        {
            sum += _linear.Route(ticket).Rule;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = RoutingWorkload.Tickets)]
    public int NRules()
    {
        var sum = 0;
        foreach (var ticket in _tickets)
        {
            sum += _nrules.Route(ticket).Rule;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = RoutingWorkload.Tickets)]
    public int RulesEngine()
    {
        var sum = 0;
        foreach (var ticket in _tickets)
        {
            sum += _rulesEngine.Route(ticket).Rule;
        }

        return sum;
    }

    /// <summary>Both cores route halves of the tickets at once: time per ticket over the whole batch (throughput).</summary>
    [Benchmark(OperationsPerInvoke = RoutingWorkload.Tickets * 8)]
    public int CompiledRouterTwoThreads()
    {
        var sums = new int[2];
        Parallel.For(0, 2, part =>
        {
            var sum = 0;
            for (var round = 0; round < 8; round++)
            {
                for (var i = part; i < _tickets.Length; i += 2)
                {
                    sum += _compiled.Route(_tickets[i]).RuleIndex;
                }
            }

            sums[part] = sum;
        });
        return sums[0] + sums[1];
    }
}
