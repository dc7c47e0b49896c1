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

        int? problemsBefore = null;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax read
                || !diagnostic.Properties.TryGetValue(UseInjectedClockAnalyzer.KindProperty, out var kind)
                || IsFallbackForAClock(model, read, clockType, context.CancellationToken))
            {
                continue;
            }

            // The first clock in scope whose use neither breaks the build nor raises a warning the code did not have.
            foreach (var clock in ClocksInScope(model, read, clockType, context.CancellationToken))
            {
                if (Replacement(kind, clock, read, model, clockType, context.CancellationToken) is not { } replacement)
                {
                    break;
                }

                problemsBefore ??= Problems(model, context.CancellationToken);
                var fixedRoot = root.ReplaceNode(read, replacement.WithTriviaFrom(read));
                var fixedModel = await context.Document.WithSyntaxRoot(fixedRoot).GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
                if (fixedModel is null || Problems(fixedModel, context.CancellationToken) > problemsBefore)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Use '{clock}'",
                        token => Replace(context.Document, read, replacement, token),
                        Key_UseClockInScope),
                    diagnostic);
                break;
            }
        }
    }

    // Errors, and the warnings a wrong clock raises: CS9124 (a primary-constructor parameter both captured and used to
    // initialise a member) and CS1717 (a member assigned to itself).
    private static int Problems(SemanticModel model, CancellationToken cancellationToken)
        => model.GetDiagnostics(cancellationToken: cancellationToken)
            .Count(d => d.Severity == DiagnosticSeverity.Error || d.Id is "CS9124" or "CS1717");

    // `clock ?? SystemClock.Instance`, `clock ??= SystemClock.Instance`, `clock is null ? SystemClock.Instance : clock`,
    // `if (clock is null) clock = SystemClock.Instance;`: the wall clock is the fallback for a missing clock, and any clock
    // in scope would only be that missing one (or not the one meant).
    private static bool IsFallbackForAClock(SemanticModel model, ExpressionSyntax read, INamedTypeSymbol clockType, CancellationToken cancellationToken)
    {
        SyntaxNode node = read;
        while (node.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax)
        {
            node = node.Parent;
        }

        switch (node.Parent)
        {
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.CoalesceExpression) && binary.Right == node:
                return IsClock(model.GetTypeInfo(binary.Left, cancellationToken).Type, clockType);
            case AssignmentExpressionSyntax assignment when assignment.IsKind(SyntaxKind.CoalesceAssignmentExpression) && assignment.Right == node:
                return IsClock(model.GetTypeInfo(assignment.Left, cancellationToken).Type, clockType);
            default:
                break;
        }

        // Read under a null test of a clock, in the same member: `if (clock is null) … SystemClock.Instance …` (assigned or
        // returned, in either branch), `clock is null ? SystemClock.Instance : clock`, `clock switch { null => … }`.
        foreach (var ancestor in node.AncestorsAndSelf())
        {
            switch (ancestor)
            {
                case MemberDeclarationSyntax or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax:
                    return false;
                case IfStatementSyntax test when !test.Condition.Span.Contains(node.Span) && NullTestsAClock(model, test.Condition, clockType, cancellationToken):
                    return true;
                case ConditionalExpressionSyntax conditional when !conditional.Condition.Span.Contains(node.Span) && NullTestsAClock(model, conditional.Condition, clockType, cancellationToken):
                    return true;
                case SwitchExpressionArmSyntax arm when IsNullPattern(arm.Pattern) && arm.Parent is SwitchExpressionSyntax { } choice
                    && IsClock(model.GetTypeInfo(choice.GoverningExpression, cancellationToken).Type, clockType):
                    return true;
                default:
                    break;
            }
        }

        return false;
    }

    // The condition compares a clock with null (`== null`, `!= null`, `is null`, `is not null`), alone or within && and ||.
    private static bool NullTestsAClock(SemanticModel model, ExpressionSyntax condition, INamedTypeSymbol clockType, CancellationToken cancellationToken)
        => condition.DescendantNodesAndSelf().Any(n => n switch
        {
            BinaryExpressionSyntax equality when equality.IsKind(SyntaxKind.EqualsExpression) || equality.IsKind(SyntaxKind.NotEqualsExpression) =>
                (equality.Right.IsKind(SyntaxKind.NullLiteralExpression) && IsClock(model.GetTypeInfo(equality.Left, cancellationToken).Type, clockType))
                || (equality.Left.IsKind(SyntaxKind.NullLiteralExpression) && IsClock(model.GetTypeInfo(equality.Right, cancellationToken).Type, clockType)),
            IsPatternExpressionSyntax test => IsNullPattern(test.Pattern) && IsClock(model.GetTypeInfo(test.Expression, cancellationToken).Type, clockType),
            _ => false,
        });

    private static bool IsNullPattern(PatternSyntax pattern) => pattern switch
    {
        ConstantPatternSyntax constant => constant.Expression.IsKind(SyntaxKind.NullLiteralExpression),
        UnaryPatternSyntax not => IsNullPattern(not.Pattern),
        _ => false,
    };

    // In an instance constructor, a field or property of the type is a clock only once assigned: before that it is null.
    private static bool MaybeUnassigned(SemanticModel model, ISymbol member, ExpressionSyntax at, CancellationToken cancellationToken)
    {
        if (member.IsStatic
            || at.Ancestors().OfType<ConstructorDeclarationSyntax>().FirstOrDefault() is not { } constructor
            || constructor.Modifiers.Any(SyntaxKind.StaticKeyword)
            || member.DeclaringSyntaxReferences.Any(r => r.GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer: not null } or PropertyDeclarationSyntax { Initializer: not null }))
        {
            return false;
        }

        // Only an assignment that is a statement of the constructor's own body surely ran (not one in a branch, a loop, a
        // lambda or a local function); a constructor chaining to another (: this(…)) is not followed.
        return constructor.Initializer is { ThisOrBaseKeyword.RawKind: (int)SyntaxKind.ThisKeyword }
            || constructor.Body is not { } body
            || !body.Statements.Any(statement => statement.Span.End <= at.SpanStart
                && statement is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax assignment }
                && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol, member));
    }

    // The symbol whose value the read defines: the property or field it initialises, or the target it is assigned to.
    private static ISymbol? DefinedSymbol(SemanticModel model, ExpressionSyntax read, CancellationToken cancellationToken)
    {
        foreach (var ancestor in read.Ancestors())
        {
            switch (ancestor)
            {
                case AssignmentExpressionSyntax assignment when assignment.Right.Span.Contains(read.Span):
                    return model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol;
                case PropertyDeclarationSyntax or VariableDeclaratorSyntax:
                    return model.GetDeclaredSymbol(ancestor, cancellationToken);
                case MemberDeclarationSyntax:
                    return null;
                default:
                    break;
            }
        }

        return null;
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

    /// <summary>The names of the IClocks the expression can use: parameters, then fields and properties, then earlier locals.</summary>
    private static System.Collections.Generic.List<string> ClocksInScope(SemanticModel model, ExpressionSyntax at, INamedTypeSymbol clockType, CancellationToken cancellationToken)
    {
        var position = at.SpanStart;
        var enclosing = model.GetEnclosingSymbol(position, cancellationToken);
        var isStatic = enclosing?.IsStatic == true || (enclosing is IMethodSymbol { MethodKind: MethodKind.LambdaMethod or MethodKind.LocalFunction } && IsInStaticMember(enclosing));

        // A static lambda or local function sees neither the locals and parameters around it nor this (CS8421); a field or
        // property initializer and a constructor's base(…) call have no this (CS0236, CS0027).
        var staticFunction = at.Ancestors().FirstOrDefault(IsStaticFunction);
        var noThis = isStatic || staticFunction is not null || at.Ancestors().Any(IsWithoutThis);
        var type = enclosing as INamedTypeSymbol ?? enclosing?.ContainingType;
        var defined = DefinedSymbol(model, at, cancellationToken);
        return model.LookupSymbols(position)
            .Where(s => !SymbolEqualityComparer.Default.Equals(s, defined) && s switch
            {
                // A parameter that defaults to null may be null whatever its annotation says (under #nullable disable, say).
                IParameterSymbol p => IsClock(p.Type, clockType, p.NullableAnnotation) && !(p.HasExplicitDefaultValue && p.ExplicitDefaultValue is null)
                    && Inside(p, staticFunction) && Reachable(p, isStatic, type),
                ILocalSymbol l => IsClock(l.Type, clockType, l.NullableAnnotation) && l.DeclaringSyntaxReferences.All(r => r.Span.End <= position)
                    && Inside(l, staticFunction) && IsLocalOf(l, enclosing),
                IFieldSymbol f => IsClock(f.Type, clockType, f.NullableAnnotation) && (f.IsStatic || (!noThis && IsMemberOf(f, type))) && !f.IsImplicitlyDeclared
                    && !MaybeUnassigned(model, f, at, cancellationToken),
                IPropertySymbol p => IsClock(p.Type, clockType, p.NullableAnnotation) && (p.IsStatic || (!noThis && IsMemberOf(p, type))) && p.GetMethod is not null
                    && !MaybeUnassigned(model, p, at, cancellationToken),
                _ => false,
            })
            .OrderBy(s => s switch { IParameterSymbol => 0, IFieldSymbol or IPropertySymbol => 1, _ => 2 })
            .ThenBy(s => s.Name, System.StringComparer.Ordinal)
            .Select(s => s.Name)
            .ToList();
    }

    // A primary-constructor parameter is usable only in its own type's instance members and initializers (CS9105).
    private static bool Reachable(IParameterSymbol parameter, bool isStatic, INamedTypeSymbol? type)
    {
        if (parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Constructor } constructor
            || !constructor.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is TypeDeclarationSyntax))
        {
            return true;
        }

        return !isStatic && SymbolEqualityComparer.Default.Equals(constructor.ContainingType, type);
    }

    // A local of the member the code is in, or of a lambda or local function in it; a top-level statement's local is in
    // scope inside the types of Program.cs but cannot be used there (CS8801).
    private static bool IsLocalOf(ILocalSymbol local, ISymbol? enclosing)
    {
        for (var s = enclosing; s is not null; s = s.ContainingSymbol)
        {
            if (SymbolEqualityComparer.Default.Equals(local.ContainingSymbol, s))
            {
                return true;
            }

            if (s is not IMethodSymbol { MethodKind: MethodKind.LambdaMethod or MethodKind.LocalFunction })
            {
                return false;
            }
        }

        return false;
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
        PrimaryConstructorBaseTypeSyntax => true,
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

    // An IClock? may be null: using it where the wall clock was read could make the code throw.
    private static bool IsClock(ITypeSymbol? type, INamedTypeSymbol clockType, NullableAnnotation annotation)
        => annotation != NullableAnnotation.Annotated && IsClock(type, clockType);

    private static bool IsClock(ITypeSymbol? type, INamedTypeSymbol clockType)
        => type is not null && (SymbolEqualityComparer.Default.Equals(type, clockType) || type.AllInterfaces.Contains(clockType, SymbolEqualityComparer.Default));

    private static async Task<Document> Replace(Document document, ExpressionSyntax read, ExpressionSyntax replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null ? document : document.WithSyntaxRoot(root.ReplaceNode(read, replacement.WithTriviaFrom(read)));
    }
}
