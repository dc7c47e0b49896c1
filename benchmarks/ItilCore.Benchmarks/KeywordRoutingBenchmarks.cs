using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using ItilCore.Incidents;
using ItilCore.Routing;
using NodaTime;

namespace ItilCore.Benchmarks;

/// <summary>
/// Rules told apart by keywords alone ("short description contains X → group"), the shape where field conditions leave
/// every rule a candidate: N rules, each an any-of of one whole-word keyword; 4,096 ASCII tickets of about 110
/// characters, 90 % naming a random rule's keyword. The compiled router beside the hand-written linear scan. [GlobalSetup]
/// checks that both agree on every ticket before anything is timed. In Chinese (<see cref="Script"/>), each keyword is
/// three characters out of 2,000, matched as a substring, in tickets of about 45 characters: at 1,000 rules the keyword
/// automaton takes its sparse form (a DFA table would have about 3,000 states × 2,000 columns). The same rules are also
/// timed under <see cref="RoutingPolicy.ApplyAllUntilStop"/>.
/// </summary>
public class KeywordRoutingBenchmarks
{
    private static readonly string[] Filler = ["printer", "offline", "cannot", "login", "since", "morning", "error", "screen", "network", "slow", "user", "reports"];
    private static readonly string[] ChineseFiller = ["打印机", "离线", "无法", "登录", "从", "早上", "错误", "屏幕", "网络", "很慢", "用户", "报告"];

    private RoutingRuleSet _compiled = null!;
    private RoutingRuleSet _applyAll = null!;
    private DelegateRouter _linear = null!;
    private RoutingTicket[] _tickets = [];

    [Params(10, 100, 1_000)]
    public int Rules { get; set; }

    [Params("latin", "chinese")]
    public string Script { get; set; } = "latin";

    [GlobalSetup]
    public void GlobalSetup()
    {
        var chinese = Script == "chinese";
        var characters = new Random(28);
        var keywords = Enumerable.Range(0, Rules)
            .Select(i => chinese ? new string(Enumerable.Range(0, 3).Select(_ => (char)characters.Next(0x4E00, 0x4E00 + 2_000)).ToArray()) : $"app{i:D4}")
            .ToArray();
        var filler = chinese ? ChineseFiller : Filler;
        var rules = Enumerable.Range(0, Rules)
            .Select(i => new RoutingRule(new RoutingRuleId($"rule-{i}"), new RoutingActions { AssignmentGroup = new AssignmentGroupId($"group-{i % 37}") })
            {
                Keywords = [new KeywordCondition([keywords[i]], KeywordMatch.AnyOf, WholeWord: !chinese)],
            })
            .ToArray();
        var definition = new RoutingRuleSetDefinition(rules) { DefaultRoute = new RoutingActions { AssignmentGroup = new AssignmentGroupId("service-desk") } };
        _compiled = RoutingRuleSet.Create(definition);
        _applyAll = RoutingRuleSet.Create(definition with { Policy = RoutingPolicy.ApplyAllUntilStop });
        _linear = new DelegateRouter(definition);
        var random = new Random(2026);
        _tickets = new RoutingTicket[RoutingWorkload.Tickets];
        for (var t = 0; t < _tickets.Length; t++)
        {
            var words = Enumerable.Range(0, 14).Select(_ => filler[random.Next(filler.Length)]).ToList();
            if (random.Next(10) != 0)
            {
                words.Insert(random.Next(words.Count), keywords[random.Next(Rules)]);
            }

            _tickets[t] = new RoutingTicket(string.Join(' ', words), ContactChannel.Portal, new Impact(2), new Urgency(2), new Priority(3), Instant.FromUtc(2026, 3, 2, 10, 0));
        }

        foreach (var ticket in _tickets)
        {
            var ours = _compiled.Route(ticket);
            var theirs = _linear.Route(ticket);
            if (ours.RuleIndex != theirs.Rule || ours.AssignmentGroup != theirs.Group || _applyAll.Route(ticket).RuleIndex != ours.RuleIndex)
            {
                throw new InvalidOperationException($"Routers disagree on '{ticket.ShortDescription}': compiled {ours}, linear scan rule {theirs.Rule}.");
            }
        }
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

    // The same rules applied all until a stop (each ticket names at most one rule's keyword, so the first matching rule is the same).
    [Benchmark(OperationsPerInvoke = RoutingWorkload.Tickets)]
    public int CompiledRouterApplyAll()
    {
        var sum = 0;
        foreach (var ticket in _tickets)
        {
            sum += _applyAll.Route(ticket).RuleIndex;
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
}
