using System.Collections.Immutable;
using ItilCore.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ItilCore.Analyzers.Rules.Time;

/// <summary>
/// ITIL3001: code that works with ItilCore types (its method or class mentions one) reads <c>DateTime.Now</c>,
/// <c>UtcNow</c>, <c>Today</c>, <c>DateTimeOffset.Now</c>, <c>UtcNow</c> or NodaTime's <c>SystemClock.Instance</c>
/// instead of an injected <c>IClock</c>.
/// </summary>
// Shipped through ItilCoreAnalyzer, which runs every rule from one registration; tests run the rule alone.
#pragma warning disable RS1001 // Missing diagnostic analyzer attribute
public sealed class UseInjectedClockAnalyzer : ItilDiagnosticAnalyzer
{
    /// <summary>The diagnostic property saying which clock read it is: <c>SystemClock</c>, <c>DateTimeUtc</c>, <c>DateTimeOffsetUtc</c> or <c>Local</c>.</summary>
    public const string KindProperty = "Kind";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ITIL3001_UseInjectedClock);

    internal override void Register(OperationRules rules, ItilSymbols symbols)
        => rules.OnStaticPropertyReference(Analyze);

    internal static void Analyze(OperationAnalysisContext context, ItilSymbols symbols)
    {
        if (context.Operation is not IPropertyReferenceOperation reference)
        {
            return;
        }

        var property = reference.Property;
        if (property is null || !property.IsStatic)
        {
            return;
        }

        string? kind = property.Name switch
        {
            "Instance" when ItilSymbols.Is(property.ContainingType, symbols.SystemClock) => "SystemClock",
            "UtcNow" when ItilSymbols.Is(property.ContainingType, symbols.DateTime) => "DateTimeUtc",
            "UtcNow" when ItilSymbols.Is(property.ContainingType, symbols.DateTimeOffset) => "DateTimeOffsetUtc",
            "Now" or "Today" when ItilSymbols.Is(property.ContainingType, symbols.DateTime) => "Local",
            "Now" when ItilSymbols.Is(property.ContainingType, symbols.DateTimeOffset) => "Local",
            _ => null,
        };
        if (kind is null || IsInNameOf(reference) || !UsesItilCore(reference, context.ContainingSymbol, symbols))
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(KindProperty, kind);
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.ITIL3001_UseInjectedClock,
            reference.Syntax.GetLocation(),
            properties,
            property.ContainingType.Name + "." + property.Name));
    }

    // nameof(DateTime.UtcNow) names the property without reading the clock.
    private static bool IsInNameOf(IOperation reference)
    {
        for (var operation = reference.Parent; operation is not null; operation = operation.Parent)
        {
            if (operation is INameOfOperation)
            {
                return true;
            }
        }

        return false;
    }

    // Clock reads are rare, so the check runs only when one is found: the member's signature, its type's members, then its body.
    private static bool UsesItilCore(IOperation reference, ISymbol? containing, ItilSymbols symbols)
    {
        if (containing is not null && (SignatureUsesItilCore(containing, symbols) || TypeUsesItilCore(containing.ContainingType, symbols)))
        {
            return true;
        }

        var root = reference;
        for (var i = 0; i < 512 && root.Parent is not null; i++)
        {
            root = root.Parent;
        }

        foreach (var operation in root.DescendantsAndSelf())
        {
            if (symbols.IsItilCoreType(operation.Type))
            {
                return true;
            }

            var member = operation switch
            {
                IInvocationOperation invocation => invocation.TargetMethod?.ContainingType,
                IMemberReferenceOperation memberReference => memberReference.Member?.ContainingType,
                _ => null,
            };
            if (symbols.IsItilCoreType(member))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TypeUsesItilCore(INamedTypeSymbol? type, ItilSymbols symbols)
    {
        if (type is null)
        {
            return false;
        }

        if (symbols.Cache.TryGetValue(type, out var cached) && cached is bool known)
        {
            return known;
        }

        var uses = symbols.IsItilCoreType(type.BaseType);
        foreach (var face in type.Interfaces)
        {
            uses |= symbols.IsItilCoreType(face);
        }

        foreach (var member in type.GetMembers())
        {
            if (uses)
            {
                break;
            }

            uses = SignatureUsesItilCore(member, symbols);
        }

        // Its own class only (docs/rules/ITIL3001.md): a nested logger does not work with ItilCore because its outer type does.
        symbols.Cache.TryAdd(type, uses);
        return uses;
    }

    private static bool SignatureUsesItilCore(ISymbol member, ItilSymbols symbols)
    {
        switch (member)
        {
            case IMethodSymbol method:
                if (symbols.IsItilCoreType(method.ReturnType))
                {
                    return true;
                }

                foreach (var parameter in method.Parameters)
                {
                    if (symbols.IsItilCoreType(parameter.Type))
                    {
                        return true;
                    }
                }

                return false;
            case IPropertySymbol property:
                return symbols.IsItilCoreType(property.Type);
            case IFieldSymbol field:
                return symbols.IsItilCoreType(field.Type);
            case IEventSymbol:
                return false;
            default:
                return false;
        }
    }
}
#pragma warning restore RS1001
