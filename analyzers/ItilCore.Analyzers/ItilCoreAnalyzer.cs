using System;
using System.Collections.Generic;
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
/// one, and creations are routed to their rules by type (see benchmarks/RESULTS.md).
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
        // Creations are dispatched by type, so each creation costs one lookup whatever the number of rules.
        var byType = new Dictionary<INamedTypeSymbol, Action<OperationAnalysisContext, ItilSymbols>>(SymbolEqualityComparer.Default);
        void Route(INamedTypeSymbol? type, Action<OperationAnalysisContext, ItilSymbols> rule)
        {
            if (type is not null)
            {
                byType[type] = byType.TryGetValue(type, out var earlier) ? earlier + rule : rule;
            }
        }

        Route(symbols.ServiceLevelAgreementDefinition, SlaMustReferenceCataloguedServiceAnalyzer.Analyze);
        Route(symbols.ServiceLevelAgreementDefinition, SlaMustCoverEveryPriorityAnalyzer.Analyze);
        Route(symbols.SlaTarget, SlaMustCoverEveryPriorityAnalyzer.Analyze);
        Route(symbols.WorkingInterval, BusinessCalendarMustBeValidAnalyzer.Analyze);
        Route(symbols.WeeklyHours, BusinessCalendarMustBeValidAnalyzer.Analyze);
        Route(symbols.BusinessCalendarDefinition, BusinessCalendarMustBeValidAnalyzer.Analyze);
        Route(symbols.RequestChange, ChangeMustBeAuthorizedAnalyzer.Analyze);
        Route(symbols.ChangeAuthorityPolicyDefinition, ChangeMustBeAuthorizedAnalyzer.Analyze);
        Route(symbols.SubmitServiceRequest, ServiceRequestMustReferenceCatalogueItemAnalyzer.Analyze);
        context.RegisterOperationAction(
            Safely<OperationAnalysisContext>(c =>
            {
                if (c.Operation.Type is INamedTypeSymbol type && byType.TryGetValue(type, out var rules))
                {
                    rules(c, symbols);
                }
            }),
            OperationKind.ObjectCreation,
            OperationKind.With);
        context.RegisterOperationAction(Safely<OperationAnalysisContext>(c => CommandResultMustBeObservedAnalyzer.Analyze(c, symbols)), OperationKind.ExpressionStatement);
        context.RegisterOperationAction(Safely<OperationAnalysisContext>(c => UseInjectedClockAnalyzer.Analyze(c, symbols)), OperationKind.PropertyReference);
    }
}
