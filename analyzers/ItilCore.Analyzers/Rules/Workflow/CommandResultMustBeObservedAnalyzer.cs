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
            // await ResumeAsync(…); and await ResumeAsync(…).ConfigureAwait(false); drop the awaited result alike. Only an
            // await statement goes on; the await's type is the awaited result's (CommandResult, not Task<CommandResult>).
            if (expression is IAwaitOperation { Type: { } awaited } awaitOperation
                && awaited.SpecialType != SpecialType.System_Void
                && IsCommandResult(ref awaited, symbols, out var awaitedNullable))
            {
                Report(context, statement, awaitedNullable, CalledName(awaitOperation.Operation));
            }

            return;
        }

        if (IsCommandResult(ref returned, symbols, out var isNullable))
        {
            Report(context, statement, isNullable, invocation.TargetMethod.Name);
        }
    }

    private static bool IsCommandResult(ref ITypeSymbol returned, ItilSymbols symbols, out bool isNullable)
    {
        isNullable = false;
        if (returned.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T && returned is INamedTypeSymbol nullable)
        {
            returned = nullable.TypeArguments[0];
            isNullable = true;
        }

        return ItilSymbols.Is(returned, symbols.CommandResult) || ItilSymbols.Is(returned, symbols.CommandResultOfT);
    }

    private static void Report(OperationAnalysisContext context, IExpressionStatementOperation statement, bool isNullable, string name)
    {
        // The code fix calls ThrowIfRejected through ?. on a nullable result.
        var properties = isNullable ? NullableResult : ImmutableDictionary<string, string?>.Empty;
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.ITIL2001_CommandResultMustBeObserved, statement.Operation.Syntax.GetLocation(), properties, name));
    }

    // The method whose task is awaited: ResumeAsync in await ResumeAsync(…).ConfigureAwait(false); else the awaited expression as written.
    private static string CalledName(IOperation awaited)
    {
        if (awaited is IInvocationOperation { TargetMethod.Name: "ConfigureAwait", Instance: { } task })
        {
            awaited = task;
        }

        return awaited is IInvocationOperation invocation ? invocation.TargetMethod.Name : awaited.Syntax.ToString();
    }
}
#pragma warning restore RS1001
