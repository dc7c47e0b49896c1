using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using ItilCore.Analyzers.Rules.Usage;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ItilCore.Analyzers.CodeFixes.Rules.Usage;

/// <summary>ITIL1001: offers the catalogued services whose ids are closest to the one that is not catalogued.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SlaMustReferenceCataloguedServiceCodeFix))]
[Shared]
public sealed class SlaMustReferenceCataloguedServiceCodeFix : CodeFixProvider
{
    /// <summary>The equivalence key of the closest service, the one Fix All applies.</summary>
    public const string Key_UseClosestService = "ITIL1001.UseClosestService";

    /// <summary>The prefix of the equivalence keys of the other suggestions (followed by the service id).</summary>
    public const string Key_UseService = "ITIL1001.UseService.";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ITIL1001);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                || !literal.IsKind(SyntaxKind.StringLiteralExpression)
                || !diagnostic.Properties.TryGetValue(SlaMustReferenceCataloguedServiceAnalyzer.SuggestionsProperty, out var suggestions)
                || string.IsNullOrEmpty(suggestions))
            {
                continue;
            }

            var names = suggestions!.Split(SlaMustReferenceCataloguedServiceAnalyzer.SuggestionSeparator);
            for (var i = 0; i < names.Length; i++)
            {
                var name = names[i];
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Use the catalogued service '{name}'",
                        token => Replace(context.Document, literal, name, token),
                        i == 0 ? Key_UseClosestService : Key_UseService + name),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> Replace(Document document, LiteralExpressionSyntax literal, string name, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(name)).WithTriviaFrom(literal);
        return document.WithSyntaxRoot(root.ReplaceNode(literal, replacement));
    }
}
