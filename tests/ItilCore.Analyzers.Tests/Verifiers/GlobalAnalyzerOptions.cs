using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using ItilCore.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ItilCore.Analyzers.Tests.Verifiers;

/// <summary>Analyzer options with only global keys (as a global config file gives them), for tests that drive the analyzer without the testing library.</summary>
internal sealed class GlobalAnalyzerOptions(IReadOnlyDictionary<string, string> global) : AnalyzerConfigOptionsProvider
{
    private static readonly Options None = new(ImmutableDictionary<string, string>.Empty);

    /// <summary>What every analyzer test sets: a rule that throws shows as AD0001 (see <see cref="ItilTestSetup.RethrowRuleFailuresConfig"/>).</summary>
    public static GlobalAnalyzerOptions RethrowRuleFailures { get; } = new(new Dictionary<string, string> { [ItilDiagnosticAnalyzer.RethrowRuleFailuresKey] = "true" });

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(global);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => None;

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
