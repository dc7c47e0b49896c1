using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ItilCore.Analyzers.Internal;

/// <summary>The ItilCore, NodaTime and BCL symbols the rules need, resolved once per compilation.</summary>
/// <remarks>
/// ItilCore's types are looked up in the referenced ItilCore assembly, NodaTime's in NodaTime's, each found by its name: a
/// lookup in the compilation searches every referenced assembly (about 170 in a .NET application) for each type name.
/// Every symbol but the anchor may be missing (an older ItilCore, a half-typed project); rules check for null.
/// Fields, not properties: in a build's fresh compiler process every getter is one more method to JIT-compile, and
/// tier-0 code calls it instead of inlining it (benchmarks/RESULTS.md, "Analyzers").
/// </remarks>
internal sealed class ItilSymbols
{
    private ItilSymbols(Compilation compilation, INamedTypeSymbol commandResult)
    {
        Compilation = compilation;
        CommandResult = commandResult;
        ItilCore = commandResult.ContainingAssembly;
        CommandResultOfT = ItilCore.GetTypeByMetadataName("ItilCore.CommandResult`1");
        Priority = ItilCore.GetTypeByMetadataName("ItilCore.Priority");
        PriorityMatrix = ItilCore.GetTypeByMetadataName("ItilCore.PriorityMatrix");
        PriorityMatrixDefinition = ItilCore.GetTypeByMetadataName("ItilCore.PriorityMatrixDefinition");
        ServiceId = ItilCore.GetTypeByMetadataName("ItilCore.Catalog.ServiceId");
        ServiceCatalogueAttribute = ItilCore.GetTypeByMetadataName("ItilCore.Catalog.ServiceCatalogueAttribute");
        ServiceLevelAgreementDefinition = ItilCore.GetTypeByMetadataName("ItilCore.ServiceLevels.ServiceLevelAgreementDefinition");
        ServiceLevelManagement = ItilCore.GetTypeByMetadataName("ItilCore.ServiceLevels.ServiceLevelManagement");
        SlaObjective = ItilCore.GetTypeByMetadataName("ItilCore.ServiceLevels.SlaObjective");
        SlaTarget = ItilCore.GetTypeByMetadataName("ItilCore.ServiceLevels.SlaTarget");
        BusinessCalendarDefinition = ItilCore.GetTypeByMetadataName("ItilCore.ServiceLevels.BusinessCalendarDefinition");
        WeeklyHours = ItilCore.GetTypeByMetadataName("ItilCore.ServiceLevels.WeeklyHours");
        WorkingInterval = ItilCore.GetTypeByMetadataName("ItilCore.ServiceLevels.WorkingInterval");
        RequestChange = ItilCore.GetTypeByMetadataName("ItilCore.Changes.RequestChange");
        ChangeType = ItilCore.GetTypeByMetadataName("ItilCore.Changes.ChangeType");
        StandardChange = EnumValue(ChangeType, "Standard");
        EmergencyChange = EnumValue(ChangeType, "Emergency");
        ChangeAuthority = ItilCore.GetTypeByMetadataName("ItilCore.Changes.ChangeAuthority");
        ChangeAuthorityRule = ItilCore.GetTypeByMetadataName("ItilCore.Changes.ChangeAuthorityRule");
        ChangeAuthorityPolicyDefinition = ItilCore.GetTypeByMetadataName("ItilCore.Changes.ChangeAuthorityPolicyDefinition");
        SubmitServiceRequest = ItilCore.GetTypeByMetadataName("ItilCore.Requests.SubmitServiceRequest");
        RequestItemId = ItilCore.GetTypeByMetadataName("ItilCore.Requests.RequestItemId");
        var nodaTime = ReferencedAssembly(compilation, "NodaTime");
        Duration = nodaTime?.GetTypeByMetadataName("NodaTime.Duration");
        SystemClock = nodaTime?.GetTypeByMetadataName("NodaTime.SystemClock");
        IClock = nodaTime?.GetTypeByMetadataName("NodaTime.IClock");
        DateTime = compilation.GetSpecialType(SpecialType.System_DateTime);
        DateTimeOffset = DateTime.ContainingAssembly?.GetTypeByMetadataName("System.DateTimeOffset") ?? compilation.GetTypeByMetadataName("System.DateTimeOffset");
    }

    public readonly Compilation Compilation;

    public readonly IAssemblySymbol ItilCore;

    public readonly INamedTypeSymbol CommandResult;

    public readonly INamedTypeSymbol? CommandResultOfT;

    public readonly INamedTypeSymbol? Priority;

    public readonly INamedTypeSymbol? PriorityMatrix;

    public readonly INamedTypeSymbol? PriorityMatrixDefinition;

    public readonly INamedTypeSymbol? ServiceId;

    public readonly INamedTypeSymbol? ServiceCatalogueAttribute;

    public readonly INamedTypeSymbol? ServiceLevelAgreementDefinition;

    public readonly INamedTypeSymbol? ServiceLevelManagement;

    public readonly INamedTypeSymbol? SlaObjective;

    public readonly INamedTypeSymbol? SlaTarget;

    public readonly INamedTypeSymbol? BusinessCalendarDefinition;

    public readonly INamedTypeSymbol? WeeklyHours;

    public readonly INamedTypeSymbol? WorkingInterval;

    public readonly INamedTypeSymbol? RequestChange;

    public readonly INamedTypeSymbol? ChangeType;

    /// <summary>The value of <c>ChangeType.Standard</c> in the referenced ItilCore; null when it has no such member.</summary>
    public readonly int? StandardChange;

    /// <summary>The value of <c>ChangeType.Emergency</c> in the referenced ItilCore; null when it has no such member.</summary>
    public readonly int? EmergencyChange;

    public readonly INamedTypeSymbol? ChangeAuthority;

    public readonly INamedTypeSymbol? ChangeAuthorityRule;

    public readonly INamedTypeSymbol? ChangeAuthorityPolicyDefinition;

    public readonly INamedTypeSymbol? SubmitServiceRequest;

    public readonly INamedTypeSymbol? RequestItemId;

    public readonly INamedTypeSymbol? Duration;

    public readonly INamedTypeSymbol? SystemClock;

    public readonly INamedTypeSymbol? IClock;

    public readonly INamedTypeSymbol? DateTime;

    public readonly INamedTypeSymbol? DateTimeOffset;

    /// <summary>
    /// The ids of each service catalogue file, by file name (the value of the .editorconfig option that names it),
    /// read once per compilation. Keyed by name, not by the options object: the compiler gives every file its own
    /// options object, so a cache keyed by options missed on every file (benchmarks/RESULTS.md, "Analyzers").
    /// </summary>
    public readonly ConcurrentDictionary<string, Lazy<CatalogueIds?>> ServiceCatalogueFiles = new(StringComparer.Ordinal);

    /// <summary>The ids of each request catalogue file, by file name, read once per compilation.</summary>
    public readonly ConcurrentDictionary<string, Lazy<CatalogueIds?>> RequestCatalogueFiles = new(StringComparer.Ordinal);

    /// <summary>The catalogue declared in code (one entry), computed once per compilation.</summary>
    public readonly ConcurrentDictionary<string, Lazy<CodeCatalogue?>> CodeCatalogues = new(StringComparer.Ordinal);

    /// <summary>A per-compilation cache for rules that memoize by key (type checks).</summary>
    public readonly ConcurrentDictionary<object, object?> Cache = new();

    /// <summary>
    /// Computes a per-compilation value once, however many threads ask at the same time (catalogue files, the catalogue
    /// declared in code): the analyzer runs concurrently, and a plain cache would let every thread that misses compute it.
    /// A computation that is cancelled is forgotten, so that the next request (an IDE reuses one analysis session for
    /// many requests, each with its own cancellation) computes it again instead of failing with the cached cancellation.
    /// </summary>
    public static T? Once<T>(ConcurrentDictionary<string, Lazy<T?>> cache, string key, Func<T?> compute)
        where T : class
    {
        var lazy = cache.TryGetValue(key, out var known) ? known : cache.GetOrAdd(key, new Lazy<T?>(compute, LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return lazy.Value;
        }
        catch (OperationCanceledException)
        {
            ((ICollection<KeyValuePair<string, Lazy<T?>>>)cache).Remove(new KeyValuePair<string, Lazy<T?>>(key, lazy));
            throw;
        }
    }

    /// <summary>Resolves the symbols, or returns null when the compilation does not reference ItilCore.</summary>
    public static ItilSymbols? TryCreate(Compilation compilation)
        => ReferencedAssembly(compilation, "ItilCore")?.GetTypeByMetadataName("ItilCore.CommandResult") is { } anchor ? new ItilSymbols(compilation, anchor) : null;

    // A name comparison per reference; the compilation's own lookup by type name asks every referenced assembly for the
    // type, which was a tenth of the analyzer's first run in a 170-reference application (benchmarks/RESULTS.md).
    private static IAssemblySymbol? ReferencedAssembly(Compilation compilation, string name)
    {
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (assembly.Identity.Name == name)
            {
                return assembly;
            }
        }

        return null;
    }

    // A member's value as the referenced assembly declares it, so that the rules follow a renumbering of ItilCore's enums.
    private static int? EnumValue(INamedTypeSymbol? enumType, string member)
    {
        if (enumType is not { TypeKind: TypeKind.Enum })
        {
            return null;
        }

        foreach (var candidate in enumType.GetMembers(member))
        {
            if (candidate is IFieldSymbol { HasConstantValue: true } field && Facts.TryGetInt(field.ConstantValue, out var value))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="type"/> is <paramref name="expected"/>, or a construction of it when it is generic.</summary>
    /// <remarks>
    /// A type's original definition is the type itself unless it is a construction, so one comparison covers both cases;
    /// asking <paramref name="expected"/> whether it is generic walked its containing types on every call (9 % of the
    /// rules' time in a profile, benchmarks/RESULTS.md).
    /// </remarks>
    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected)
        => type is not null && expected is not null
            && (ReferenceEquals(type, expected) || SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, expected));

    /// <summary>The type a creation builds, as the very symbol the compilation hands out for it; null when it bound to no constructor.</summary>
    /// <remarks>
    /// The constructor's containing type is that symbol, so one reference comparison with a type resolved here decides
    /// (for a type that is not generic). The creation's own <see cref="IOperation.Type"/> is a new wrapper that carries its
    /// nullability, which only the symbol comparer can match (several interface calls).
    /// </remarks>
    public static INamedTypeSymbol? CreatedType(IObjectCreationOperation creation) => creation.Constructor?.ContainingType;

    /// <summary>Whether a creation builds <paramref name="expected"/>, a type that is not generic (see <see cref="CreatedType"/>).</summary>
    public static bool Creates(IObjectCreationOperation creation, INamedTypeSymbol? expected)
        => CreatedType(creation) is { } type ? expected is not null && ReferenceEquals(type, expected) : Is(creation.Type, expected);

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
