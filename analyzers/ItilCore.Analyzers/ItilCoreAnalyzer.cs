using System.Collections.Immutable;
using ItilCore.Analyzers.Internal;
using ItilCore.Analyzers.Rules.Time;
using ItilCore.Analyzers.Rules.Usage;
using ItilCore.Analyzers.Rules.Workflow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ItilCore.Analyzers;

/// <summary>
/// The analyzer the compiler loads: it runs every ITIL rule (one class per rule under Rules/) from one registration per
/// operation kind, with the symbols resolved once per compilation. One registration instead of one per rule, because the
/// analyzer driver's cost is per registered callback: five rules that each look at every object creation cost five times
/// one (see benchmarks/RESULTS.md).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ItilCoreAnalyzer : ItilDiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.ITIL1001_SlaMustReferenceCataloguedService,
        Descriptors.ITIL1002_SlaMustCoverEveryPriority,
        Descriptors.ITIL1003_BusinessCalendarMustBeValid,
        Descriptors.ITIL2001_CommandResultMustBeObserved,
        Descriptors.ITIL2002_ChangeMustBeAuthorized,
        Descriptors.ITIL2003_ServiceRequestMustReferenceCatalogueItem,
        Descriptors.ITIL3001_UseInjectedClock);

    private protected override void Register(CompilationStartAnalysisContext context, ItilSymbols symbols)
    {
        context.RegisterOperationAction(
            Safely<OperationAnalysisContext>(c =>
            {
                SlaMustReferenceCataloguedServiceAnalyzer.Analyze(c, symbols);
                SlaMustCoverEveryPriorityAnalyzer.Analyze(c, symbols);
                BusinessCalendarMustBeValidAnalyzer.Analyze(c, symbols);
                ChangeMustBeAuthorizedAnalyzer.Analyze(c, symbols);
                ServiceRequestMustReferenceCatalogueItemAnalyzer.Analyze(c, symbols);
            }),
            OperationKind.ObjectCreation,
            OperationKind.Invocation,
            OperationKind.With);
        context.RegisterOperationAction(Safely<OperationAnalysisContext>(c => CommandResultMustBeObservedAnalyzer.Analyze(c, symbols)), OperationKind.ExpressionStatement);
        context.RegisterOperationAction(Safely<OperationAnalysisContext>(c => UseInjectedClockAnalyzer.Analyze(c, symbols)), OperationKind.PropertyReference);
    }
}
