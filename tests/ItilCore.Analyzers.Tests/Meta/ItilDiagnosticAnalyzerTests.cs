using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ItilCore.Analyzers.Internal;
using ItilCore.Analyzers.Rules.Workflow;
using ItilCore.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace ItilCore.Analyzers.Tests.Meta;

/// <summary>
/// A rule that throws reports nothing in a user's build and the other rules still run; in the analyzer tests (the global
/// option <see cref="ItilDiagnosticAnalyzer.RethrowRuleFailuresKey"/>, set for every test) it fails the test with AD0001.
/// </summary>
public class ItilDiagnosticAnalyzerTests
{
    private const string Bug = "a deliberate bug in a rule";

    private const string Source = /* lang=c#-test */ """
        class Changes
        {
            object Patch(ActorId by) => new RequestChange(new ChangeId("CHG1"), {|#0:ChangeType.Standard|}, "Patch", by);
        }
        """;

    [Fact]
    public async Task RuleThatThrows_InTheAnalyzerTests_FailsTheTestWithAD0001()
    {
        var expected = ItilAnalyzerTest<ChangeRuleThenThrowingRule>.Diagnostic().WithLocation(0).WithArguments(StandardChangeMessage);
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => ItilAnalyzerTest<ChangeRuleThenThrowingRule>.VerifyAsync(Source, expected));
        Assert.Contains("AD0001", failure.Message, StringComparison.Ordinal);
        Assert.Contains(Bug, failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("true", true)]
    [InlineData(" True ", true)]
    [InlineData("false", false)]
    [InlineData("yes", false)]
    public async Task RuleThatThrows_ReachesTheCompilerOnlyWhenTheOptionIsTrue(string? option, bool rethrown)
    {
        var global = option is null ? new Dictionary<string, string>() : new Dictionary<string, string> { [ItilDiagnosticAnalyzer.RethrowRuleFailuresKey] = option };
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new GlobalAnalyzerOptions(global)),
            (exception, _, _) => exceptions.Add(exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);

        var diagnostics = await (await Compile()).WithAnalyzers([new ChangeRuleThenThrowingRule()], options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        // The rule registered before the one that throws reports either way.
        Assert.Contains(diagnostics, d => d.Id == DiagnosticIds.ITIL2002);
        Assert.Equal(rethrown, exceptions.Any(e => e.ToString().Contains(Bug, StringComparison.Ordinal)));
        Assert.Equal(rethrown ? 1 : 0, exceptions.Count);
    }

    private const string StandardChangeMessage = "A standard change must name the pre-authorized change model it follows (set Model)";

    private static async Task<Compilation> Compile()
    {
        var framework = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var references = framework.AddRange(new MetadataReference[]
        {
            MetadataReference.CreateFromFile(typeof(CommandResult).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(NodaTime.Instant).Assembly.Location),
        });
        var source = Source.Replace("{|#0:", string.Empty, StringComparison.Ordinal).Replace("|}", string.Empty, StringComparison.Ordinal);
        return CSharpCompilation.Create(
            "Changes",
            [CSharpSyntaxTree.ParseText(source), CSharpSyntaxTree.ParseText(ItilTestSetup.GlobalUsings)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    /// <summary>ITIL2002's checks, then a rule that throws on every change request.</summary>
    // Run by these tests only, never loaded by a compiler (as the rules that ItilCoreAnalyzer runs).
#pragma warning disable RS1001 // Missing diagnostic analyzer attribute
    public sealed class ChangeRuleThenThrowingRule : ItilDiagnosticAnalyzer
#pragma warning restore RS1001
    {
        private static readonly ChangeMustBeAuthorizedAnalyzer ChangeRule = new();

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ChangeRule.SupportedDiagnostics;

        internal override void Register(OperationRules rules, ItilSymbols symbols)
        {
            ChangeRule.Register(rules, symbols);
            rules.OnCreation(symbols.RequestChange, (_, _) => throw new InvalidOperationException(Bug));
        }
    }
}
