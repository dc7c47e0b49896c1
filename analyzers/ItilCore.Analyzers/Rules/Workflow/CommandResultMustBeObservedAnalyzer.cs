using System.Collections.Immutable;
using ItilCore.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ItilCore.Analyzers.Rules.Workflow;

/// <summary>
/// ITIL2001: a call that returns <c>CommandResult</c> or <c>CommandResult&lt;T&gt;</c> is a statement of its own, so a
/// rejected command would pass silently. An explicit discard (<c>_ = …</c>) says the rejection is meant to be ignored.
/// </summary>
// Shipped through ItilCoreAnalyzer, which runs every rule from one registration; tests run the rule alone.
#pragma warning disable RS1001 // Missing diagnostic analyzer attribute
public sealed class CommandResultMustBeObservedAnalyzer : ItilDiagnosticAnalyzer
{
    /// <summary>The diagnostic property present when the call returns a nullable result (<c>CommandResult?</c>).</summary>
    public const string NullableProperty = "Nullable";

    private static readonly ImmutableDictionary<string, string?> NullableResult = ImmutableDictionary<string, string?>.Empty.Add(NullableProperty, "true");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ITIL2001_CommandResultMustBeObserved);

    internal override void Register(OperationRules rules, ItilSymbols symbols)
        => rules.OnExpressionStatement(Analyze);

    internal static void Analyze(OperationAnalysisContext context, ItilSymbols symbols)
    {
        if (context.Operation is not IExpressionStatementOperation statement)
        {
            return;
        }

        // a?.B() and a?.b?.C(): the call is the innermost WhenNotNull.
        var expression = statement.Operation;
        while (expression is IConditionalAccessOperation conditional)
        {
            expression = conditional.WhenNotNull;
        }

        // The invocation's type is its method's return type; asking the method for it would build a new symbol on every call.
        // Most statements call a void method: that is settled by the type's special kind, a stored field.
        if (expression is not IInvocationOperation invocation || invocation.Type is not { } returned || returned.SpecialType == SpecialType.System_Void)
        {
            return;
        }

        var isNullable = false;
        if (returned.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T && returned is INamedTypeSymbol nullable)
        {
            returned = nullable.TypeArguments[0];
            isNullable = true;
        }

        if (ItilSymbols.Is(returned, symbols.CommandResult) || ItilSymbols.Is(returned, symbols.CommandResultOfT))
        {
            // The code fix calls ThrowIfRejected through ?. on a nullable result.
            var properties = isNullable ? NullableResult : ImmutableDictionary<string, string?>.Empty;
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ITIL2001_CommandResultMustBeObserved, statement.Operation.Syntax.GetLocation(), properties, invocation.TargetMethod.Name));
        }
    }
}
#pragma warning restore RS1001
