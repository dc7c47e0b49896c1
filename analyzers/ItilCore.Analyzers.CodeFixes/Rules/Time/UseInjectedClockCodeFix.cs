using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ItilCore.Analyzers.Rules.Time;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ItilCore.Analyzers.CodeFixes.Rules.Time;

/// <summary>
/// ITIL3001: reads the time from an <c>IClock</c> in scope (a parameter, field, property or earlier local) instead of
/// the wall clock. Offered only where the result keeps its type: <c>SystemClock.Instance</c> used as an IClock,
/// <c>DateTime.UtcNow</c> and <c>DateTimeOffset.UtcNow</c>; local times (<c>Now</c>, <c>Today</c>) need a time zone and get no fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseInjectedClockCodeFix))]
[Shared]
public sealed class UseInjectedClockCodeFix : CodeFixProvider
{
    /// <summary>The equivalence key of the fix.</summary>
    public const string Key_UseClockInScope = "ITIL3001.UseClockInScope";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ITIL3001);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        var clockType = model?.Compilation.GetTypeByMetadataName("NodaTime.IClock");
        if (root is null || model is null || clockType is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax read
                || !diagnostic.Properties.TryGetValue(UseInjectedClockAnalyzer.KindProperty, out var kind)
                || ClockInScope(model, read, clockType, context.CancellationToken) is not { } clock)
            {
                continue;
            }

            var replacement = Replacement(kind, clock, read, model, clockType, context.CancellationToken);
            if (replacement is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Use '{clock}'",
                    token => Replace(context.Document, read, replacement, token),
                    Key_UseClockInScope),
                diagnostic);
        }
    }

    private static ExpressionSyntax? Replacement(string? kind, string clock, ExpressionSyntax read, SemanticModel model, INamedTypeSymbol clockType, CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case "DateTimeUtc":
                return SyntaxFactory.ParseExpression(clock + ".GetCurrentInstant().ToDateTimeUtc()");
            case "DateTimeOffsetUtc":
                return SyntaxFactory.ParseExpression(clock + ".GetCurrentInstant().ToDateTimeOffset()");
            case "SystemClock":
                var converted = model.GetTypeInfo(read, cancellationToken).ConvertedType;
                var usedAsClock = SymbolEqualityComparer.Default.Equals(converted, clockType)
                    || (read.Parent is MemberAccessExpressionSyntax access && access.Expression == read && access.Name.Identifier.ValueText == "GetCurrentInstant");
                return usedAsClock ? SyntaxFactory.IdentifierName(clock) : null;
            default:
                return null;
        }
    }

    /// <summary>The name of an IClock the expression can use: a parameter, then a field or property, then an earlier local.</summary>
    private static string? ClockInScope(SemanticModel model, ExpressionSyntax at, INamedTypeSymbol clockType, CancellationToken cancellationToken)
    {
        var position = at.SpanStart;
        var enclosing = model.GetEnclosingSymbol(position, cancellationToken);
        var isStatic = enclosing?.IsStatic == true || (enclosing is IMethodSymbol { MethodKind: MethodKind.LambdaMethod or MethodKind.LocalFunction } && IsInStaticMember(enclosing));
        var candidates = model.LookupSymbols(position)
            .Where(s => s switch
            {
                IParameterSymbol p => IsClock(p.Type, clockType),
                ILocalSymbol l => IsClock(l.Type, clockType) && l.DeclaringSyntaxReferences.All(r => r.Span.End <= position),
                IFieldSymbol f => IsClock(f.Type, clockType) && (f.IsStatic || !isStatic) && !f.IsImplicitlyDeclared,
                IPropertySymbol p => IsClock(p.Type, clockType) && (p.IsStatic || !isStatic) && p.GetMethod is not null,
                _ => false,
            })
            .OrderBy(s => s switch { IParameterSymbol => 0, IFieldSymbol or IPropertySymbol => 1, _ => 2 })
            .ThenBy(s => s.Name, System.StringComparer.Ordinal)
            .ToList();
        return candidates.Count > 0 ? candidates[0].Name : null;
    }

    private static bool IsInStaticMember(ISymbol symbol)
    {
        for (var s = symbol; s is not null; s = s.ContainingSymbol)
        {
            if (s is IMethodSymbol { MethodKind: not (MethodKind.LambdaMethod or MethodKind.LocalFunction) } method)
            {
                return method.IsStatic;
            }
        }

        return false;
    }

    private static bool IsClock(ITypeSymbol? type, INamedTypeSymbol clockType)
        => type is not null && (SymbolEqualityComparer.Default.Equals(type, clockType) || type.AllInterfaces.Contains(clockType, SymbolEqualityComparer.Default));

    private static async Task<Document> Replace(Document document, ExpressionSyntax read, ExpressionSyntax replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null ? document : document.WithSyntaxRoot(root.ReplaceNode(read, replacement.WithTriviaFrom(read)));
    }
}
