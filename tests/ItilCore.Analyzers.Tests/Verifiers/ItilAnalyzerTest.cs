using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ItilCore.Analyzers.Tests.Verifiers;

/// <summary>Runs one analyzer over test sources with ItilCore referenced, and checks the diagnostics.</summary>
public static class ItilAnalyzerTest<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic() => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic();

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
        => VerifyAsync(source, [], null, expected);

    public static Task VerifyAsync(string source, IEnumerable<(string Name, string Text)> additionalFiles, string? editorConfig, params DiagnosticResult[] expected)
        => Run(source, additionalFiles, editorConfig, withItilCore: true, expected);

    /// <summary>Checks a compilation that does not reference ItilCore: nothing is reported.</summary>
    public static Task VerifyWithoutItilCoreAsync(string source, params DiagnosticResult[] expected)
        => Run(source, [], null, withItilCore: false, expected);

    private static Task Run(string source, IEnumerable<(string Name, string Text)> additionalFiles, string? editorConfig, bool withItilCore, DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
            TestCode = source,
        };
        ItilTestSetup.Apply(test.TestState, withItilCore);
        ItilTestSetup.AddFiles(test.TestState, additionalFiles, editorConfig);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
