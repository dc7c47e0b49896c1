using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ItilCore.Analyzers.Internal;

/// <summary>
/// The boilerplate every rule shares: no reports in generated code, concurrent execution, and symbols resolved once
/// per compilation; a compilation that does not reference ItilCore registers nothing.
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
            if (ItilSymbols.TryCreate(start.Compilation) is { } symbols)
            {
                Register(start, symbols);
            }
        });
    }

    /// <summary>Gets or sets whether failures propagate; the analyzer tests set it so that a bug shows as AD0001 there instead of silence.</summary>
    internal static bool RethrowFailures { get; set; }

    /// <summary>Registers the rule's actions for a compilation that references ItilCore.</summary>
    private protected abstract void Register(CompilationStartAnalysisContext context, ItilSymbols symbols);

    /// <summary>Runs an action and swallows anything it throws: a rule stays quiet rather than failing the build (AD0001).</summary>
    private protected static Action<T> Safely<T>(Action<T> action)
        => argument =>
        {
            try
            {
                action(argument);
            }
            catch (OperationCanceledException)
            {
                throw;
            }
#pragma warning disable CA1031 // A rule that cannot decide reports nothing; the build must not fail because of it.
            catch (Exception) when (!RethrowFailures)
#pragma warning restore CA1031
            {
            }
        };
}
