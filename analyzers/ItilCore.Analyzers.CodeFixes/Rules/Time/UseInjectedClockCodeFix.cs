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

        // A static lambda or local function sees neither the locals and parameters around it nor this (CS8421); a field or
        // property initializer and a constructor's base(…) call have no this (CS0236, CS0027).
        var staticFunction = at.Ancestors().FirstOrDefault(IsStaticFunction);
        var noThis = isStatic || staticFunction is not null || at.Ancestors().Any(IsWithoutThis);
        var type = enclosing as INamedTypeSymbol ?? enclosing?.ContainingType;
        var candidates = model.LookupSymbols(position)
            .Where(s => s switch
            {
                IParameterSymbol p => IsClock(p.Type, clockType) && Inside(p, staticFunction),
                ILocalSymbol l => IsClock(l.Type, clockType) && l.DeclaringSyntaxReferences.All(r => r.Span.End <= position) && Inside(l, staticFunction),
                IFieldSymbol f => IsClock(f.Type, clockType) && (f.IsStatic || (!noThis && IsMemberOf(f, type))) && !f.IsImplicitlyDeclared,
                IPropertySymbol p => IsClock(p.Type, clockType) && (p.IsStatic || (!noThis && IsMemberOf(p, type))) && p.GetMethod is not null,
                _ => false,
            })
            .OrderBy(s => s switch { IParameterSymbol => 0, IFieldSymbol or IPropertySymbol => 1, _ => 2 })
            .ThenBy(s => s.Name, System.StringComparer.Ordinal)
            .ToList();
        return candidates.Count > 0 ? candidates[0].Name : null;
    }

    private static bool IsStaticFunction(SyntaxNode node) => node switch
    {
        LocalFunctionStatementSyntax function => function.Modifiers.Any(SyntaxKind.StaticKeyword),
        AnonymousFunctionExpressionSyntax lambda => lambda.Modifiers.Any(SyntaxKind.StaticKeyword),
        _ => false,
    };

    private static bool IsWithoutThis(SyntaxNode node) => node switch
    {
        EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax } } => true,
        EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax } => true,
        ConstructorInitializerSyntax => true,
        _ => false,
    };

    // Declared inside the static function, when there is one (else anywhere in scope).
    private static bool Inside(ISymbol local, SyntaxNode? staticFunction)
        => staticFunction is null || local.DeclaringSyntaxReferences.All(r => r.SyntaxTree == staticFunction.SyntaxTree && staticFunction.Span.Contains(r.Span));

    // An instance member of the type the code is in (or a base type), not of a type around it (CS0120).
    private static bool IsMemberOf(ISymbol member, INamedTypeSymbol? type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(member.ContainingType, t))
            {
                return true;
            }
        }

        return false;
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
