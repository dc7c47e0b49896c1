using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

// The ItilCore analyzers' own time on a real project, without the build around it: the project's compilation is rebuilt
// from the compiler's command line (a response file from a detailed build log, as profile.sh takes), bound once, and the
// analyzer alone runs over it `runs` times, sequentially, with the driver's execution-time log. The first run includes
// JIT-compiling the analyzer; the later ones show its steady cost. inprocess.sh keeps every method at tier 0, as in a
// build's fresh compiler process, and keeps garbage collections out of the figures.
//   ItilCore.AnalyzerCost <project folder> <csc response file> <ItilCore.Analyzers.dll> [runs]
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: ItilCore.AnalyzerCost <project folder> <csc response file> <ItilCore.Analyzers.dll> [runs]");
    return 2;
}

var project = Path.GetFullPath(args[0]);
var runs = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 8;
var sdk = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
var commandLine = CSharpCommandLineParser.Default.Parse(["@" + Path.GetFullPath(args[1])], project, sdk);
if (commandLine.Errors.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } badArgument)
{
    Console.Error.WriteLine(badArgument.ToString());
    return 2;
}

var trees = commandLine.SourceFiles
    .Select(file => CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(file.Path)), commandLine.ParseOptions, file.Path))
    .ToArray();
var references = commandLine.MetadataReferences.Select(r => (MetadataReference)MetadataReference.CreateFromFile(r.Reference)).ToArray();
var compilation = CSharpCompilation.Create("Measured", trees, references, commandLine.CompilationOptions);
var watch = Stopwatch.StartNew();
var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
Console.WriteLine($"{trees.Length} files, {references.Length} references; compiled (bound) in {watch.ElapsedMilliseconds} ms, {errors.Length} errors");

var analyzer = (DiagnosticAnalyzer)Activator.CreateInstance(Assembly.LoadFrom(Path.GetFullPath(args[2])).GetType("ItilCore.Analyzers.ItilCoreAnalyzer", throwOnError: true)!)!;
var additionalFiles = commandLine.AdditionalFiles.Select(file => (AdditionalText)new FileText(file.Path)).ToImmutableArray();
var times = new List<double>();
for (var run = 0; run < runs; run++)
{
    // A new compilation object each run: the driver keeps per-compilation state, and the analyzer resolves its symbols
    // once per compilation, as in every build.
    var analyzed = compilation.Clone().WithAnalyzers(
        [analyzer],
        new CompilationWithAnalyzersOptions(new AnalyzerOptions(additionalFiles), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
    var diagnostics = await analyzed.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
    var time = (await analyzed.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None)).ExecutionTime.TotalMilliseconds;
    times.Add(time);
    Console.WriteLine($"run {run}: ItilCore analyzers {time:F1} ms, {diagnostics.Length} diagnostics");
}

var warm = times.Skip(1).OrderBy(t => t).ToArray();
Console.WriteLine(warm.Length == 0
    ? $"first run {times[0]:F1} ms"
    : $"first run {times[0]:F1} ms; later runs: min {warm[0]:F1} ms, median {warm[warm.Length / 2]:F1} ms");
return 0;

/// <summary>An additional file read from disk, as the compiler passes it.</summary>
internal sealed class FileText(string path) : AdditionalText
{
    /// <inheritdoc />
    public override string Path { get; } = path;

    /// <inheritdoc />
    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(Path));
}
