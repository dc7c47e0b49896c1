using System.Collections.Immutable;
using ItilCore.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ItilCore.Analyzers.Rules.Workflow;

/// <summary>ITIL2003: a service request submitted with a constant item id must name an item of the request catalogue file.</summary>
// Shipped through ItilCoreAnalyzer, which runs every rule from one registration; tests run the rule alone.
#pragma warning disable RS1001 // Missing diagnostic analyzer attribute
public sealed class ServiceRequestMustReferenceCatalogueItemAnalyzer : ItilDiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ITIL2003_ServiceRequestMustReferenceCatalogueItem);

    internal override void Register(OperationRules rules, ItilSymbols symbols)
    {
        if (symbols.SubmitServiceRequest is null || symbols.RequestItemId is null)
        {
            return;
        }

        rules.OnCreation(symbols.SubmitServiceRequest, Analyze);
    }

    internal static void Analyze(OperationAnalysisContext context, ItilSymbols symbols)
    {
        // new SubmitServiceRequest(…, new RequestItemId("x"), …) { Item = … } and request with { Item = … }: the
        // initializer is read only when there is one (a with expression always has one).
        if (context.Operation is IObjectCreationOperation creation)
        {
            Check(context, Facts.Argument(creation, "Item")?.Value, symbols);
        }

        if (Facts.MemberInitializer(context.Operation) is { } initializer)
        {
            Check(context, Facts.Initialized(initializer, "Item"), symbols);
        }
    }

    private static void Check(OperationAnalysisContext context, IOperation? item, ItilSymbols symbols)
    {
        if (item is null
            || !Facts.TryGetIdText(item, symbols.RequestItemId, out var id, out var textSyntax)
            || textSyntax is null)
        {
            return;
        }

        if (Catalogues.FileIdsFor(symbols, context.Options, item.Syntax.SyntaxTree, Catalogues.RequestCatalogueFileKey, Catalogues.DefaultRequestCatalogueFile, "items", context.CancellationToken) is { } ids && !ids.Contains(id))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ITIL2003_ServiceRequestMustReferenceCatalogueItem, textSyntax.GetLocation(), id));
        }
    }
}
#pragma warning restore RS1001
