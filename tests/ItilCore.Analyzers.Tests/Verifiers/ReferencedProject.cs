using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace ItilCore.Analyzers.Tests.Verifiers;

/// <summary>Compiles a small project, for tests of what the analyzer sees in metadata.</summary>
internal static class ReferencedProject
{
    /// <summary>A project that references ItilCore.</summary>
    public static MetadataReference Compile(string source)
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var references = trusted.Select(path => MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(typeof(CommandResult).Assembly.Location));
        return Emit(CSharpCompilation.Create(
            "SharedCatalogue",
            [CSharpSyntaxTree.ParseText(source)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)));
    }

    /// <summary>
    /// An assembly named <paramref name="assemblyName"/> built from <paramref name="source"/> alone against the .NET 8
    /// reference assemblies the test compilations use: a stand-in for ItilCore of another shape than the real one.
    /// </summary>
    public static async Task<MetadataReference> CompileStandInAsync(string assemblyName, string source)
    {
        var framework = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        return Emit(CSharpCompilation.Create(
            assemblyName,
            [CSharpSyntaxTree.ParseText(source)],
            framework,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)));
    }

    private static PortableExecutableReference Emit(CSharpCompilation compilation)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, emitted.Diagnostics));
        }

        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
