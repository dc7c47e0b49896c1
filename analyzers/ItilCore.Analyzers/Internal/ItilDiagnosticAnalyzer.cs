using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ItilCore.Analyzers.Internal;

/// <summary>
/// The boilerplate every rule shares: no reports in generated code, concurrent execution, symbols resolved once per
/// compilation, and one driver registration per operation kind (<see cref="OperationRules"/>) that hands each rule the
/// operations it asked for; a compilation that does not reference ItilCore registers nothing.
/// </summary>
public abstract class ItilDiagnosticAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public sealed override void Initialize(AnalysisContext context)
    {
        if (context is null)
        {
            return;
        }

        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (ItilSymbols.TryCreate(start.Compilation) is not { } symbols)
            {
                return;
            }

            var rules = new OperationRules();
            Register(rules, symbols);
            rules.RegisterWith(start, symbols);
        });
    }

    /// <summary>Gets or sets whether failures propagate; the analyzer tests set it so that a bug shows as AD0001 there instead of silence.</summary>
    internal static bool RethrowFailures { get; set; }

    /// <summary>Says which operations the rule checks in a compilation that references ItilCore.</summary>
    internal abstract void Register(OperationRules rules, ItilSymbols symbols);
}
