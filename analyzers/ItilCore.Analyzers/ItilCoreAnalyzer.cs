using System.Collections.Immutable;
using System.Linq;
using ItilCore.Analyzers.Internal;
using ItilCore.Analyzers.Rules.Time;
using ItilCore.Analyzers.Rules.Usage;
using ItilCore.Analyzers.Rules.Workflow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ItilCore.Analyzers;

/// <summary>
/// The analyzer the compiler loads: every ITIL rule (one class per rule under Rules/, which the tests also run alone)
/// from one registration per operation kind. One analyzer instead of one per rule, because the analyzer driver's cost is per
/// registered callback: seven rules that each looked at every object creation cost seven times one
/// (see benchmarks/RESULTS.md, "Analyzers").
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ItilCoreAnalyzer : ItilDiagnosticAnalyzer
{
    private static readonly ImmutableArray<ItilDiagnosticAnalyzer> Rules = ImmutableArray.Create<ItilDiagnosticAnalyzer>(
        new SlaMustReferenceCataloguedServiceAnalyzer(),
        new SlaMustCoverEveryPriorityAnalyzer(),
        new BusinessCalendarMustBeValidAnalyzer(),
        new CommandResultMustBeObservedAnalyzer(),
        new ChangeMustBeAuthorizedAnalyzer(),
        new ServiceRequestMustReferenceCatalogueItemAnalyzer(),
        new UseInjectedClockAnalyzer());

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        Rules.SelectMany(rule => rule.SupportedDiagnostics).ToImmutableArray();

    internal override void Register(OperationRules rules, ItilSymbols symbols)
    {
        foreach (var rule in Rules)
        {
            rule.Register(rules, symbols);
        }
    }
}
