using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ItilCore.Analyzers.Internal;

/// <summary>The catalogues a compilation declares: catalogue files passed as AdditionalFiles and [ServiceCatalogue] classes.</summary>
internal static class Catalogues
{
    /// <summary>The .editorconfig key naming the service catalogue file (ITIL1001).</summary>
    public const string ServiceCatalogueFileKey = "itil1001.catalogue_file";

    /// <summary>The default service catalogue file name: the library's documented example.</summary>
    public const string DefaultServiceCatalogueFile = "catalog.json";

    /// <summary>The .editorconfig key naming the request catalogue file (ITIL2003).</summary>
    public const string RequestCatalogueFileKey = "itil2003.catalogue_file";

    /// <summary>The default request catalogue file name.</summary>
    public const string DefaultRequestCatalogueFile = "request-catalog.json";

    private const string CodeServicesKey = "services";

    /// <summary>Reads an option for a tree: its .editorconfig section first, then the global options.</summary>
    public static string? Option(AnalyzerOptions options, SyntaxTree tree, string key)
    {
        var provider = options.AnalyzerConfigOptionsProvider;
        if (provider.GetOptions(tree).TryGetValue(key, out var value) || provider.GlobalOptions.TryGetValue(key, out value))
        {
            return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        }

        return null;
    }

    /// <summary>
    /// The ids of the catalogue file that applies to <paramref name="tree"/> (its name from <paramref name="optionKey"/>,
    /// else <paramref name="defaultFile"/>), read once per compilation and file name. Null when no such file is passed or
    /// when it cannot be read completely (then nothing can be proven); an empty set is a real, empty catalogue.
    /// </summary>
    public static CatalogueIds? FileIdsFor(ItilSymbols symbols, AnalyzerOptions options, SyntaxTree tree, string optionKey, string defaultFile, string arrayProperty, CancellationToken cancellationToken)
    {
        var fileName = Option(options, tree, optionKey) ?? defaultFile;
        var cache = optionKey == RequestCatalogueFileKey ? symbols.RequestCatalogueFiles : symbols.ServiceCatalogueFiles;

        // Every SLA and request asks; once the file is read, the answer needs no closure for the read.
        return cache.TryGetValue(fileName, out var known) && known.IsValueCreated
            ? known.Value
            : ReadOnce(cache, options, fileName, arrayProperty, cancellationToken);
    }

    private static CatalogueIds? ReadOnce(ConcurrentDictionary<string, Lazy<CatalogueIds?>> cache, AnalyzerOptions options, string fileName, string arrayProperty, CancellationToken cancellationToken)
        => ItilSymbols.Once(cache, fileName, () => ReadFileIds(options, fileName, arrayProperty, cancellationToken));

    private static CatalogueIds? ReadFileIds(AnalyzerOptions options, string fileName, string arrayProperty, CancellationToken cancellationToken)
    {
        CatalogueIds? ids = null;
        var found = false;
        foreach (var file in options.AdditionalFiles)
        {
            if (!string.Equals(Path.GetFileName(file.Path), fileName, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var text = file.GetText(cancellationToken)?.ToString();
            var read = text is null ? null : JsonIds.Read(text, arrayProperty);
            if (read is null)
            {
                // A catalogue file that cannot be read proves nothing: no ids, whatever other copies say.
                ids = null;
                break;
            }

            if (found)
            {
                ids?.Merge(read);
            }
            else
            {
                ids = read;
                found = true;
            }
        }

        return ids;
    }

    /// <summary>
    /// The services declared in code: the values of <c>static readonly ServiceId</c> fields and get-only properties
    /// of classes marked [ServiceCatalogue]. Null when there is no such class; not complete when a value is not a literal
    /// or a referenced project declares such a class (its values are not constants in metadata): then nothing can be proven.
    /// </summary>
    public static CodeCatalogue? CodeServices(ItilSymbols symbols, CancellationToken cancellationToken)
    {
        if (symbols.ServiceCatalogueAttribute is null || symbols.ServiceId is null)
        {
            return null;
        }

        return ItilSymbols.Once(symbols.CodeCatalogues, CodeServicesKey, () => ReadCodeServices(symbols, cancellationToken));
    }

    private static CodeCatalogue? ReadCodeServices(ItilSymbols symbols, CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var complete = true;
        var any = false;
        var globalAlias = HasGlobalUsingAlias(symbols.Compilation, cancellationToken);
        if (ReferencedProjectsDeclareCatalogue(symbols, cancellationToken))
        {
            any = true;
            complete = false;
        }

        foreach (var type in TypesOf(symbols.Compilation.Assembly.GlobalNamespace, cancellationToken))
        {
            if (!MayHaveAttribute(type, globalAlias, cancellationToken) || !HasAttribute(type, symbols.ServiceCatalogueAttribute))
            {
                continue;
            }

            any = true;
            foreach (var member in type.GetMembers())
            {
                var (memberType, readable) = member switch
                {
                    IFieldSymbol { IsImplicitlyDeclared: false } field => (field.Type, field.IsStatic && field.IsReadOnly),
                    IPropertySymbol property => (property.Type, property.IsStatic && property.SetMethod is null),
                    _ => (null, false),
                };
                if (!MentionsType(memberType, symbols.ServiceId, 0))
                {
                    continue;
                }

                // A settable or instance member, a ServiceId? or a collection of ids may hold an id the analyzer cannot read.
                if (readable && ItilSymbols.Is(memberType, symbols.ServiceId) && LiteralValue(member, cancellationToken) is { } text)
                {
                    ids.Add(text);
                }
                else
                {
                    complete = false;
                }
            }
        }

        return any ? new CodeCatalogue(ids, complete) : null;
    }

    // Whether a member's type is the id type, or is built from it (nullable, array, generic argument).
    private static bool MentionsType(ITypeSymbol? type, INamedTypeSymbol? expected, int depth)
    {
        switch (type)
        {
            case null:
                return false;
            case IArrayTypeSymbol array:
                return depth < 8 && MentionsType(array.ElementType, expected, depth + 1);
            case INamedTypeSymbol named:
                if (ItilSymbols.Is(named, expected))
                {
                    return true;
                }

                if (depth < 8)
                {
                    foreach (var argument in named.TypeArguments)
                    {
                        if (MentionsType(argument, expected, depth + 1))
                        {
                            return true;
                        }
                    }
                }

                return false;
            default:
                return false;
        }
    }

    // Only projects that reference ItilCore can use its attribute; their types are walked, not those of the framework.
    private static bool ReferencedProjectsDeclareCatalogue(ItilSymbols symbols, CancellationToken cancellationToken)
    {
        foreach (var assembly in symbols.Compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (SymbolEqualityComparer.Default.Equals(assembly, symbols.ItilCore) || !ReferencesItilCore(assembly))
            {
                continue;
            }

            foreach (var type in TypesOf(assembly.GlobalNamespace, cancellationToken))
            {
                if (HasAttribute(type, symbols.ServiceCatalogueAttribute))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Every type under a namespace, nested types included, without recursion.
    private static IEnumerable<INamedTypeSymbol> TypesOf(INamespaceSymbol root, CancellationToken cancellationToken)
    {
        var stack = new Stack<INamespaceOrTypeSymbol>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var member in stack.Pop().GetMembers())
            {
                if (member is INamespaceOrTypeSymbol nested)
                {
                    stack.Push(nested);
                }

                if (member is INamedTypeSymbol type)
                {
                    yield return type;
                }
            }
        }
    }

    private static bool ReferencesItilCore(IAssemblySymbol assembly)
    {
        foreach (var module in assembly.Modules)
        {
            foreach (var identity in module.ReferencedAssemblies)
            {
                if (identity.Name == "ItilCore")
                {
                    return true;
                }
            }
        }

        return false;
    }

    // A global using alias in any file can rename the attribute for every file.
    private static bool HasGlobalUsingAlias(Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot(cancellationToken) is CompilationUnitSyntax unit)
            {
                foreach (var directive in unit.Usings)
                {
                    if (directive.Alias is not null && !directive.GlobalKeyword.IsKind(SyntaxKind.None))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    // Binding the attributes of every type in the compilation is the expensive part, so types whose declarations carry no
    // attribute named like ServiceCatalogue are skipped from syntax; a using alias (in the file, or a global one anywhere)
    // could rename it, so then their attributes are always bound.
    private static bool MayHaveAttribute(INamedTypeSymbol type, bool globalAlias, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is not MemberDeclarationSyntax declaration)
            {
                return true;
            }

            foreach (var list in declaration.AttributeLists)
            {
                foreach (var attribute in list.Attributes)
                {
                    var name = attribute.Name switch
                    {
                        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
                        SimpleNameSyntax simple => simple.Identifier.ValueText,
                        _ => string.Empty,
                    };
                    if (name is "ServiceCatalogue" or "ServiceCatalogueAttribute" || globalAlias || HasUsingAlias(declaration))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool HasUsingAlias(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            var usings = current switch
            {
                CompilationUnitSyntax unit => unit.Usings,
                BaseNamespaceDeclarationSyntax ns => ns.Usings,
                _ => default,
            };
            foreach (var directive in usings)
            {
                if (directive.Alias is not null)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasAttribute(INamedTypeSymbol type, INamedTypeSymbol? attribute)
    {
        foreach (var data in type.GetAttributes())
        {
            if (ItilSymbols.Is(data.AttributeClass, attribute))
            {
                return true;
            }
        }

        return false;
    }

    // Read from syntax: an analyzer may not ask the compilation for another tree's semantic model (RS1030).
    private static string? LiteralValue(ISymbol member, CancellationToken cancellationToken)
    {
        if (member.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var value = member.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) switch
        {
            VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
            PropertyDeclarationSyntax property => property.Initializer?.Value ?? property.ExpressionBody?.Expression,
            _ => null,
        };
        var arguments = value switch
        {
            BaseObjectCreationExpressionSyntax creation => creation.ArgumentList?.Arguments,
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Parse" } } invocation => invocation.ArgumentList.Arguments,
            _ => null,
        };
        return arguments is { Count: 1 } list
            && list[0].Expression is LiteralExpressionSyntax literal
            && literal.Token.Value is string text
            ? text
            : null;
    }
}

/// <summary>The services a compilation declares in code.</summary>
internal sealed class CodeCatalogue
{
    public CodeCatalogue(HashSet<string> ids, bool complete)
    {
        Ids = ids;
        Complete = complete;
    }

    /// <summary>Gets the ids read from literals.</summary>
    public HashSet<string> Ids { get; }

    /// <summary>Gets whether every catalogued id was read (else a missing one proves nothing).</summary>
    public bool Complete { get; }
}

