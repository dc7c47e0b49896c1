using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ItilCore.Analyzers.Rules.Workflow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ItilCore.Analyzers.CodeFixes.Rules.Workflow;

/// <summary>ITIL2001: keeps the command's result in a variable, or throws when the command is rejected.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CommandResultMustBeObservedCodeFix))]
[Shared]
public sealed class CommandResultMustBeObservedCodeFix : CodeFixProvider
{
    /// <summary>The equivalence key of "keep the result" (<c>var result = …;</c>).</summary>
    public const string Key_KeepResult = "ITIL2001.KeepResult";

    /// <summary>The equivalence key of "throw if rejected" (<c>….ThrowIfRejected();</c>).</summary>
    public const string Key_ThrowIfRejected = "ITIL2001.ThrowIfRejected";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ITIL2001);

    // Fix All applies every fix of a document in one pass, so that kept results get distinct names.
    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
        async (fixAll, document, diagnostics) =>
        {
            var root = await document.GetSyntaxRootAsync(fixAll.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            var keep = fixAll.CodeActionEquivalenceKey == Key_KeepResult;
            var fixes = new Dictionary<ExpressionStatementSyntax, bool>();
            foreach (var diagnostic in diagnostics)
            {
                if (StatementAt(root, diagnostic) is { } statement && (!keep || CanDeclare(statement)))
                {
                    fixes[statement] = IsNullable(diagnostic);
                }
            }

            var taken = new HashSet<string>(System.StringComparer.Ordinal);
            var newRoot = root.ReplaceNodes(fixes.Keys, (original, _) => keep ? Keep(original, UniqueName(original, taken)) : (StatementSyntax)Throw(original, fixes[original]));
            return document.WithSyntaxRoot(newRoot);
        });

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (StatementAt(root, diagnostic) is not { } statement)
            {
                continue;
            }

            if (CanDeclare(statement))
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Keep the result", token => Apply(context.Document, statement, s => Keep(s, UniqueName(s, new HashSet<string>())), token), Key_KeepResult),
                    diagnostic);
            }

            var nullable = IsNullable(diagnostic);
            context.RegisterCodeFix(
                CodeAction.Create("Throw if the command is rejected", token => Apply(context.Document, statement, s => Throw(s, nullable), token), Key_ThrowIfRejected),
                diagnostic);
        }
    }

    // The statement whose expression is the reported call. A call that is a lambda's expression body has no statement of
    // its own (the nearest one holds the whole lambda), so it gets no fix.
    private static ExpressionStatementSyntax? StatementAt(SyntaxNode root, Diagnostic diagnostic)
        => root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)?.FirstAncestorOrSelf<ExpressionStatementSyntax>() is { } statement
            && statement.Expression.Span == diagnostic.Location.SourceSpan
            ? statement
            : null;

    // A declaration cannot be the body of an if, else, loop or label without braces (CS1023).
    private static bool CanDeclare(StatementSyntax statement) => statement.Parent is BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax;

    private static bool IsNullable(Diagnostic diagnostic) => diagnostic.Properties.ContainsKey(CommandResultMustBeObservedAnalyzer.NullableProperty);

    private static async Task<Document> Apply(Document document, ExpressionStatementSyntax statement, System.Func<ExpressionStatementSyntax, StatementSyntax> fix, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null ? document : document.WithSyntaxRoot(root.ReplaceNode(statement, fix(statement)));
    }

    private static StatementSyntax Keep(ExpressionStatementSyntax statement, string name)
        => SyntaxFactory.ParseStatement("var " + name + " = " + statement.Expression.WithoutTrivia().ToFullString() + ";")
            .WithTriviaFrom(statement);

    private static ExpressionStatementSyntax Throw(ExpressionStatementSyntax statement, bool nullable)
    {
        var expression = statement.Expression.WithoutTrivia();
        if (expression is AwaitExpressionSyntax)
        {
            // await X().ThrowIfRejected() would call it on the task: (await X()).ThrowIfRejected() calls it on the result.
            expression = SyntaxFactory.ParenthesizedExpression(expression);
        }

        ExpressionSyntax call;
        if (nullable)
        {
            // A CommandResult? has no ThrowIfRejected of its own: x?.ThrowIfRejected(), skipped when there is no result.
            call = SyntaxFactory.ConditionalAccessExpression(
                expression,
                SyntaxFactory.InvocationExpression(SyntaxFactory.MemberBindingExpression(SyntaxFactory.IdentifierName("ThrowIfRejected"))));
        }
        else if (expression is ConditionalAccessExpressionSyntax conditional)
        {
            // a?.B() becomes a?.B().ThrowIfRejected(), still skipped when a is null; a?.b?.C() appends to the innermost call.
            call = AppendThrowIfRejected(conditional);
        }
        else
        {
            call = ThrowIfRejected(expression);
        }

        return statement.WithExpression(call.WithTriviaFrom(statement.Expression));
    }

    private static ConditionalAccessExpressionSyntax AppendThrowIfRejected(ConditionalAccessExpressionSyntax conditional)
        => conditional.WhenNotNull is ConditionalAccessExpressionSyntax inner
            ? conditional.WithWhenNotNull(AppendThrowIfRejected(inner))
            : conditional.WithWhenNotNull(ThrowIfRejected(conditional.WhenNotNull));

    private static InvocationExpressionSyntax ThrowIfRejected(ExpressionSyntax target)
        => SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, target, SyntaxFactory.IdentifierName("ThrowIfRejected")));

    // "result", or "result2", "result3"… when the enclosing body already declares the name or Fix All took it.
    private static string UniqueName(SyntaxNode statement, HashSet<string> taken)
    {
        var scope = statement.Ancestors().FirstOrDefault(a => a is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax
            or AnonymousFunctionExpressionSyntax or CompilationUnitSyntax) ?? statement.Parent;
        var used = new HashSet<string>(
            scope?.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText) ?? Enumerable.Empty<string>(),
            System.StringComparer.Ordinal);
        var name = "result";
        for (var i = 2; used.Contains(name) || taken.Contains(name); i++)
        {
            name = "result" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        taken.Add(name);
        return name;
    }
}
