using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ItilCore.Analyzers.Tests.Meta;
using ItilCore.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ItilCore.Analyzers.Tests.Robustness;

/// <summary>
/// Runs the shipped ItilCore analyzer (every rule) over valid code and over random deletions and truncations of it, and asserts that none
/// throws (no AD0001): users' code is half-typed most of the time the IDE analyzes it.
/// </summary>
public class MutatedCodeTests
{
    private const int MutantsPerSeed = 40;

    private static readonly ImmutableArray<DiagnosticAnalyzer> AllAnalyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ItilCoreAnalyzer());

    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string> { "kitchen-sink" };
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "samples", "ItilCore.ServiceDesk"), "*.cs"))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task AnalyzersOnMutatedCode_NeverThrow(string seedName)
    {
        var seed = seedName == "kitchen-sink" ? KitchenSink.Source : File.ReadAllText(Path.Combine(RepositoryRoot.Path, "samples", "ItilCore.ServiceDesk", seedName));
        var references = await References();
        var random = new Random(seedName.Aggregate(17, (h, c) => (h * 31) + c));
        var sources = new List<string> { seed };
        for (var i = 0; i < MutantsPerSeed; i++)
        {
            sources.Add(Mutate(seed, random));
        }

        foreach (var source in sources)
        {
            var failures = await Analyze(source, references);
            Assert.True(failures.Count == 0, "An analyzer threw on:\n" + source + "\n\n" + string.Join("\n", failures));
        }
    }

    [Fact]
    public async Task KitchenSink_ReportsEveryRule()
    {
        var diagnostics = await Run(KitchenSink.Source, await References(), []);
        var ids = diagnostics.Select(d => d.Id).Where(id => id.StartsWith("ITIL", StringComparison.Ordinal)).ToHashSet();
        Assert.Equal(typeof(DiagnosticIds).GetFields().Select(f => (string)f.GetValue(null)!).OrderBy(x => x), ids.OrderBy(x => x));
    }

    internal static string Mutate(string source, Random random)
    {
        if (source.Length < 2)
        {
            return source;
        }

        var at = random.Next(source.Length);
        switch (random.Next(4))
        {
            case 0:
                return source[..at];
            case 1:
                var length = Math.Min(random.Next(1, 60), source.Length - at);
                return source.Remove(at, length);
            case 2:
                var tokens = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens().ToList();
                var token = tokens[random.Next(tokens.Count)];
                return source.Remove(token.SpanStart, token.Span.Length);
            default:
                var from = random.Next(source.Length);
                var piece = source.Substring(from, Math.Min(random.Next(1, 40), source.Length - from));
                return source.Insert(at, piece);
        }
    }

    private static async Task<List<string>> Analyze(string source, ImmutableArray<MetadataReference> references)
    {
        var failures = new List<string>();
        var diagnostics = await Run(source, references, failures);
        failures.AddRange(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString()));
        return failures;
    }

    private static async Task<ImmutableArray<Diagnostic>> Run(string source, ImmutableArray<MetadataReference> references, List<string> failures)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp12), path: "Test.cs");
        var usings = CSharpSyntaxTree.ParseText(ItilTestSetup.GlobalUsings, new CSharpParseOptions(LanguageVersion.CSharp12), path: "GlobalUsings.cs");
        var compilation = CSharpCompilation.Create("Mutant", [tree, usings], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var files = ImmutableArray.Create<AdditionalText>(
            new InMemoryText("catalog.json", File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "examples", "catalog.json"))),
            new InMemoryText("request-catalog.json", File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "examples", "request-catalog.json"))));
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(files, GlobalAnalyzerOptions.RethrowRuleFailures),
            (exception, analyzer, _) => failures.Add(analyzer.GetType().Name + ": " + exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        return await compilation.WithAnalyzers(AllAnalyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
    }

    private static ImmutableArray<MetadataReference>? cached;

    private static async Task<ImmutableArray<MetadataReference>> References()
    {
        if (cached is { } known)
        {
            return known;
        }

        var framework = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var all = framework.AddRange(new MetadataReference[]
        {
            MetadataReference.CreateFromFile(typeof(CommandResult).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(NodaTime.Instant).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Stateless.StateMachine<,>).Assembly.Location),
        });
        cached = all;
        return all;
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
