using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ItilCore.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ItilCore.Analyzers.Rules.Usage;

/// <summary>
/// ITIL1001: an SLA built with a constant service id must name a service of the catalogue: a [ServiceCatalogue]
/// class of the compilation or the catalogue file passed as an AdditionalFile.
/// </summary>
// Shipped through ItilCoreAnalyzer, which runs every rule from one registration; tests run the rule alone.
#pragma warning disable RS1001 // Missing diagnostic analyzer attribute
public sealed class SlaMustReferenceCataloguedServiceAnalyzer : ItilDiagnosticAnalyzer
{
    /// <summary>The diagnostic property holding the closest catalogued services, separated by <see cref="SuggestionSeparator"/>.</summary>
    public const string SuggestionsProperty = "Suggestions";

    /// <summary>Separates suggestions in <see cref="SuggestionsProperty"/> (a character no service id contains).</summary>
    public const char SuggestionSeparator = ' ';

    /// <summary>Why the service cannot be referenced, when the catalogue does not list it (the message's second argument).</summary>
    internal const string NotCatalogued = "is not in the service catalogue";

    /// <summary>Why the service cannot be referenced, when the catalogue file lists it as retired.</summary>
    internal const string Retired = "is retired in the service catalogue: no SLA can be agreed for a withdrawn service";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ITIL1001_SlaMustReferenceCataloguedService);

    internal override void Register(OperationRules rules, ItilSymbols symbols)
    {
        if (symbols.ServiceLevelAgreementDefinition is null || symbols.ServiceId is null)
        {
            return;
        }

        rules.OnCreation(symbols.ServiceLevelAgreementDefinition, Analyze);
    }

    internal static void Analyze(OperationAnalysisContext context, ItilSymbols symbols)
    {
        // new ServiceLevelAgreementDefinition(…, new ServiceId("x"), …) { Service = … } and sla with { Service = … }: the
        // initializer is read only when there is one (a with expression always has one).
        if (context.Operation is IObjectCreationOperation creation)
        {
            Check(context, Facts.Argument(creation, "Service")?.Value, symbols);
        }

        if (Facts.MemberInitializer(context.Operation) is { } initializer)
        {
            Check(context, Facts.Initialized(initializer, "Service"), symbols);
        }
    }

    private static void Check(OperationAnalysisContext context, IOperation? service, ItilSymbols symbols)
    {
        if (service is null
            || !Facts.TryGetIdText(service, symbols.ServiceId, out var id, out var textSyntax)
            || textSyntax is null)
        {
            return;
        }

        // The file first: when it lists the service, the catalogue declared in code (a walk of every type) is not needed.
        var fileIds = Catalogues.FileIdsFor(symbols, context.Options, service.Syntax.SyntaxTree, Catalogues.ServiceCatalogueFileKey, Catalogues.DefaultServiceCatalogueFile, "services", context.CancellationToken);
        if (fileIds?.Contains(id) == true)
        {
            // Listed, but retired: withdrawn from the catalogue, which the library refuses an SLA for at run time.
            if (fileIds.IsRetired(id))
            {
                Report(context, textSyntax, id, Retired, fileIds.Live());
            }

            return;
        }

        // A catalogue in code that cannot be read whole (a computed id, a catalogue class in a referenced project) may hold it.
        var code = Catalogues.CodeServices(symbols, context.CancellationToken);
        if (code is { Complete: false } || (fileIds is null && code is null) || code?.Ids.Contains(id) == true)
        {
            return;
        }

        var codeIds = code?.Ids;
        Report(context, textSyntax, id, NotCatalogued, (fileIds?.Live() ?? Enumerable.Empty<string>()).Concat(codeIds ?? Enumerable.Empty<string>()).Distinct());
    }

    // The closest live services are offered as fixes (a retired one never is).
    private static void Report(OperationAnalysisContext context, SyntaxNode at, string id, string why, IEnumerable<string> live)
    {
        var suggestions = Spelling.Closest(id, live, 3);
        var properties = ImmutableDictionary<string, string?>.Empty.Add(SuggestionsProperty, string.Join(SuggestionSeparator.ToString(), suggestions));
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.ITIL1001_SlaMustReferenceCataloguedService, at.GetLocation(), properties, id, why));
    }
}
#pragma warning restore RS1001
