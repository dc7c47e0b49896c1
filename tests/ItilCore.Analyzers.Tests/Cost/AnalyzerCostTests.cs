using System;
using System.Collections.Immutable;
using System.Diagnostics;
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
using Xunit.Abstractions;

namespace ItilCore.Analyzers.Tests.Cost;

/// <summary>
/// In-process cost of the ItilCore analyzers on the generated 500-file project of benchmarks/analyzers: analyzer time
/// with sequential analysis (CPU time of one thread, so a loaded machine distorts it less than a build's wall-clock
/// ReportAnalyzer figures) against compiling the same project. Runs only with ITILCORE_MEASURE_ANALYZERS=1.
/// </summary>
public class AnalyzerCostTests(ITestOutputHelper output)
{
    [Fact]
    public async Task ItilCoreAnalyzers_OnGenerated500Files_Measure()
    {
        if (Environment.GetEnvironmentVariable("ITILCORE_MEASURE_ANALYZERS") != "1")
        {
            return;
        }

        var folder = Directory.CreateTempSubdirectory("itilcore-cost").FullName;
        try
        {
            using (var generate = Process.Start("python3", [Path.Combine(RepositoryRoot.Path, "benchmarks", "analyzers", "generate.py"), folder, "500"]))
            {
                await generate.WaitForExitAsync();
            }

            var parse = new CSharpParseOptions(LanguageVersion.CSharp12);
            var trees = Directory.GetFiles(folder, "*.cs").Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), parse, f)).ToArray();
            var framework = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
            var references = framework.AddRange(new MetadataReference[]
            {
                MetadataReference.CreateFromFile(typeof(CommandResult).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(NodaTime.Instant).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(Stateless.StateMachine<,>).Assembly.Location),
            });
            CSharpCompilation Fresh() => CSharpCompilation.Create("Cost", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ItilCoreAnalyzer());
            var files = ImmutableArray.Create<AdditionalText>(
                new FileText(Path.Combine(RepositoryRoot.Path, "docs", "examples", "catalog.json")),
                new FileText(Path.Combine(RepositoryRoot.Path, "docs", "examples", "request-catalog.json")));

            var compile = TimeSpan.MaxValue;
            var analysis = TimeSpan.MaxValue;
            var perRule = analyzers.ToDictionary(a => a, _ => TimeSpan.MaxValue);
            for (var run = 0; run < 3; run++)
            {
                var watch = Stopwatch.StartNew();
                var compilation = Fresh();
                Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
                using (var stream = new MemoryStream())
                {
                    compilation.Emit(stream);
                }

                compile = Min(compile, watch.Elapsed);

                // Bound already: what the analyzers add on top of a compilation.
                var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions(files), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
                var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
                Assert.Empty(diagnostics);
                var total = TimeSpan.Zero;
                foreach (var analyzer in analyzers)
                {
                    var time = (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None)).ExecutionTime;
                    perRule[analyzer] = Min(perRule[analyzer], time);
                    total += time;
                }

                analysis = Min(analysis, total);
            }

            output.WriteLine($"compile (bind + emit, 500 files): {compile.TotalMilliseconds:F0} ms");
            output.WriteLine($"ItilCore analyzers, sequential: {analysis.TotalMilliseconds:F0} ms = {100 * analysis.TotalMilliseconds / compile.TotalMilliseconds:F2} % of compile");
            foreach (var (analyzer, time) in perRule.OrderByDescending(x => x.Value))
            {
                output.WriteLine($"  {analyzer.GetType().Name}: {time.TotalMilliseconds:F1} ms");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private sealed class FileText(string path) : AdditionalText
    {
        public override string Path { get; } = System.IO.Path.GetFileName(path);

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(path));
    }
}
