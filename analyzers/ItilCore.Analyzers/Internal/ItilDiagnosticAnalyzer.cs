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

            var rules = new OperationRules(RethrowsRuleFailures(start.Options));
            Register(rules, symbols);
            rules.RegisterWith(start, symbols);
        });
    }

    /// <summary>
    /// The global analyzer option (in a global config file, <c>is_global = true</c>) that lets an exception thrown by a rule
    /// propagate to the compiler, which reports it as AD0001, instead of the rule reporting nothing. Internal: it exists so
    /// that the analyzer tests see a rule's bug; a user's build must never set it, and it is not documented as an option.
    /// </summary>
    internal const string RethrowRuleFailuresKey = "itilcore_internal.rethrow_rule_failures";

    /// <summary>Whether the compilation's global options set <see cref="RethrowRuleFailuresKey"/> to true; read once per compilation.</summary>
    internal static bool RethrowsRuleFailures(AnalyzerOptions options)
        => options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(RethrowRuleFailuresKey, out var value)
            && bool.TryParse(value.Trim(), out var rethrow)
            && rethrow;

    /// <summary>Says which operations the rule checks in a compilation that references ItilCore.</summary>
    internal abstract void Register(OperationRules rules, ItilSymbols symbols);
}
