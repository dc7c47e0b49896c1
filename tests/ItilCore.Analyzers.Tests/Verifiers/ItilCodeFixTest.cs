using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ItilCore.Analyzers.Tests.Verifiers;

/// <summary>Runs an analyzer and its code fix (one by one and Fix All) with ItilCore referenced.</summary>
public static class ItilCodeFixTest<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic() => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic();

    public static Task VerifyAsync(string source, DiagnosticResult[] expected, string fixedSource, string? equivalenceKey = null, IEnumerable<(string Name, string Text)>? additionalFiles = null, string? editorConfig = null)
        => VerifyAsync(source, expected, fixedSource, [], equivalenceKey, additionalFiles, editorConfig);

    /// <summary>As above, with the diagnostics the fixed code still has (the reads no fix was offered for).</summary>
    public static Task VerifyAsync(string source, DiagnosticResult[] expected, string fixedSource, DiagnosticResult[] remaining, string? equivalenceKey = null, IEnumerable<(string Name, string Text)>? additionalFiles = null, string? editorConfig = null)
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
        };
        ItilTestSetup.Apply(test.TestState, withItilCore: true);
        ItilTestSetup.Apply(test.FixedState, withItilCore: true);
        ItilTestSetup.AddFiles(test.TestState, additionalFiles ?? [], editorConfig);
        ItilTestSetup.AddFiles(test.FixedState, additionalFiles ?? [], editorConfig);
        test.ExpectedDiagnostics.AddRange(expected);
        test.FixedState.ExpectedDiagnostics.AddRange(remaining);
        return test.RunAsync();
    }
}
