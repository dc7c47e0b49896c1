using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace ItilCore.Analyzers.Internal;

/// <summary>The ItilCore, NodaTime and BCL symbols the rules need, resolved once per compilation.</summary>
/// <remarks>Every symbol but the anchor may be missing (an older ItilCore, a half-typed project); rules check for null.</remarks>
internal sealed class ItilSymbols
{
    private ItilSymbols(Compilation compilation, INamedTypeSymbol commandResult)
    {
        Compilation = compilation;
        CommandResult = commandResult;
        ItilCore = commandResult.ContainingAssembly;
        CommandResultOfT = compilation.GetTypeByMetadataName("ItilCore.CommandResult`1");
        Priority = compilation.GetTypeByMetadataName("ItilCore.Priority");
        PriorityMatrix = compilation.GetTypeByMetadataName("ItilCore.PriorityMatrix");
        PriorityMatrixDefinition = compilation.GetTypeByMetadataName("ItilCore.PriorityMatrixDefinition");
        ServiceId = compilation.GetTypeByMetadataName("ItilCore.Catalog.ServiceId");
        ServiceCatalogueAttribute = compilation.GetTypeByMetadataName("ItilCore.Catalog.ServiceCatalogueAttribute");
        ServiceLevelAgreementDefinition = compilation.GetTypeByMetadataName("ItilCore.ServiceLevels.ServiceLevelAgreementDefinition");
        ServiceLevelManagement = compilation.GetTypeByMetadataName("ItilCore.ServiceLevels.ServiceLevelManagement");
        SlaObjective = compilation.GetTypeByMetadataName("ItilCore.ServiceLevels.SlaObjective");
        SlaTarget = compilation.GetTypeByMetadataName("ItilCore.ServiceLevels.SlaTarget");
        BusinessCalendarDefinition = compilation.GetTypeByMetadataName("ItilCore.ServiceLevels.BusinessCalendarDefinition");
        WeeklyHours = compilation.GetTypeByMetadataName("ItilCore.ServiceLevels.WeeklyHours");
        WorkingInterval = compilation.GetTypeByMetadataName("ItilCore.ServiceLevels.WorkingInterval");
        RequestChange = compilation.GetTypeByMetadataName("ItilCore.Changes.RequestChange");
        ChangeType = compilation.GetTypeByMetadataName("ItilCore.Changes.ChangeType");
        ChangeAuthority = compilation.GetTypeByMetadataName("ItilCore.Changes.ChangeAuthority");
        ChangeAuthorityRule = compilation.GetTypeByMetadataName("ItilCore.Changes.ChangeAuthorityRule");
        ChangeAuthorityPolicyDefinition = compilation.GetTypeByMetadataName("ItilCore.Changes.ChangeAuthorityPolicyDefinition");
        SubmitServiceRequest = compilation.GetTypeByMetadataName("ItilCore.Requests.SubmitServiceRequest");
        RequestItemId = compilation.GetTypeByMetadataName("ItilCore.Requests.RequestItemId");
        Duration = compilation.GetTypeByMetadataName("NodaTime.Duration");
        SystemClock = compilation.GetTypeByMetadataName("NodaTime.SystemClock");
        IClock = compilation.GetTypeByMetadataName("NodaTime.IClock");
        DateTime = compilation.GetSpecialType(SpecialType.System_DateTime);
        DateTimeOffset = compilation.GetTypeByMetadataName("System.DateTimeOffset");
    }

    public Compilation Compilation { get; }

    public IAssemblySymbol ItilCore { get; }

    public INamedTypeSymbol CommandResult { get; }

    public INamedTypeSymbol? CommandResultOfT { get; }

    public INamedTypeSymbol? Priority { get; }

    public INamedTypeSymbol? PriorityMatrix { get; }

    public INamedTypeSymbol? PriorityMatrixDefinition { get; }

    public INamedTypeSymbol? ServiceId { get; }

    public INamedTypeSymbol? ServiceCatalogueAttribute { get; }

    public INamedTypeSymbol? ServiceLevelAgreementDefinition { get; }

    public INamedTypeSymbol? ServiceLevelManagement { get; }

    public INamedTypeSymbol? SlaObjective { get; }

    public INamedTypeSymbol? SlaTarget { get; }

    public INamedTypeSymbol? BusinessCalendarDefinition { get; }

    public INamedTypeSymbol? WeeklyHours { get; }

    public INamedTypeSymbol? WorkingInterval { get; }

    public INamedTypeSymbol? RequestChange { get; }

    public INamedTypeSymbol? ChangeType { get; }

    public INamedTypeSymbol? ChangeAuthority { get; }

    public INamedTypeSymbol? ChangeAuthorityRule { get; }

    public INamedTypeSymbol? ChangeAuthorityPolicyDefinition { get; }

    public INamedTypeSymbol? SubmitServiceRequest { get; }

    public INamedTypeSymbol? RequestItemId { get; }

    public INamedTypeSymbol? Duration { get; }

    public INamedTypeSymbol? SystemClock { get; }

    public INamedTypeSymbol? IClock { get; }

    public INamedTypeSymbol? DateTime { get; }

    public INamedTypeSymbol? DateTimeOffset { get; }

    /// <summary>Gets the service catalogue ids that apply to each set of .editorconfig options (see <see cref="Catalogues.FileIdsFor"/>); options are compared by reference.</summary>
    public ConcurrentDictionary<Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions, System.Runtime.CompilerServices.StrongBox<System.Collections.Generic.HashSet<string>?>> ServiceCatalogueFiles { get; } = new();

    /// <summary>Gets the request catalogue ids that apply to each set of .editorconfig options.</summary>
    public ConcurrentDictionary<Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions, System.Runtime.CompilerServices.StrongBox<System.Collections.Generic.HashSet<string>?>> RequestCatalogueFiles { get; } = new();

    /// <summary>Gets a per-compilation cache for rules that memoize by key (catalogue files, type checks).</summary>
    public ConcurrentDictionary<object, object?> Cache { get; } = new();

    /// <summary>
    /// Computes a per-compilation value once, however many threads ask at the same time (catalogue files, the catalogue
    /// declared in code): the analyzer runs concurrently, and a plain cache would let every thread that misses compute it.
    /// A computation that is cancelled is forgotten, so that the next request (an IDE reuses one analysis session for
    /// many requests, each with its own cancellation) computes it again instead of failing with the cached cancellation.
    /// </summary>
    public T? Once<T>(string key, Func<T?> compute)
        where T : class
    {
        var lazy = (Lazy<T?>)Cache.GetOrAdd(key, _ => new Lazy<T?>(compute, LazyThreadSafetyMode.ExecutionAndPublication))!;
        try
        {
            return lazy.Value;
        }
        catch (OperationCanceledException)
        {
            ((ICollection<KeyValuePair<object, object?>>)Cache).Remove(new KeyValuePair<object, object?>(key, lazy));
            throw;
        }
    }

    /// <summary>Resolves the symbols, or returns null when the compilation does not reference ItilCore.</summary>
    public static ItilSymbols? TryCreate(Compilation compilation)
        => compilation.GetTypeByMetadataName("ItilCore.CommandResult") is { } anchor ? new ItilSymbols(compilation, anchor) : null;

    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected)
        => type is not null && expected is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, expected);

    /// <summary>Whether a type is declared in ItilCore, or is built from one (arrays, generic arguments).</summary>
    public bool IsItilCoreType(ITypeSymbol? type, int depth = 0)
    {
        if (type is null || depth > 8)
        {
            return false;
        }

        if (SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, ItilCore))
        {
            return true;
        }

        switch (type)
        {
            case IArrayTypeSymbol array:
                return IsItilCoreType(array.ElementType, depth + 1);
            case INamedTypeSymbol { IsGenericType: true } named:
                foreach (var argument in named.TypeArguments)
                {
                    if (IsItilCoreType(argument, depth + 1))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }
}
