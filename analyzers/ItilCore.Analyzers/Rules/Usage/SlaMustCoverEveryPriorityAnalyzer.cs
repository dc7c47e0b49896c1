using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using ItilCore.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ItilCore.Analyzers.Rules.Usage;

/// <summary>
/// ITIL1002: an SLA built from constants must give every priority of its matrix a target, every target must be
/// positive, and warning thresholds must lie above 0 and at most at 100 %. The matrix is known when the SLA is written
/// inside <c>ServiceLevelManagement.Create</c> with a constant matrix, or from the <c>itil1002.priority_levels</c> option.
/// </summary>
// Shipped through ItilCoreAnalyzer, which runs every rule from one registration; tests run the rule alone.
#pragma warning disable RS1001 // Missing diagnostic analyzer attribute
public sealed class SlaMustCoverEveryPriorityAnalyzer : ItilDiagnosticAnalyzer
{
    /// <summary>The .editorconfig key giving the number of priorities of the matrix the project uses.</summary>
    public const string PriorityLevelsKey = "itil1002.priority_levels";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ITIL1002_SlaMustCoverEveryPriority);

    internal override void Register(OperationRules rules, ItilSymbols symbols)
    {
        if (symbols.ServiceLevelAgreementDefinition is null || symbols.SlaTarget is null)
        {
            return;
        }

        rules.OnCreation(symbols.ServiceLevelAgreementDefinition, AnalyzeAgreement);
        rules.OnCreation(symbols.SlaTarget, AnalyzeTarget);
    }

    private static void AnalyzeAgreement(OperationAnalysisContext context, ItilSymbols symbols)
    {
        switch (context.Operation)
        {
            case IObjectCreationOperation creation:
                CheckThresholds(context, creation.Initializer);
                CheckCoverage(context, creation, symbols);
                break;
            case IWithOperation with:
                CheckThresholds(context, with.Initializer);
                break;
        }
    }

    private static void AnalyzeTarget(OperationAnalysisContext context, ItilSymbols symbols)
    {
        if (context.Operation is not IObjectCreationOperation target
            || Facts.IsPositiveDurationLiteral(Facts.PositionalArgument(target.Syntax, 1))
            || Facts.Argument(target, "Duration") is not { } duration
            || !Facts.TryGetDurationSign(duration.Value, symbols.Duration, out var sign)
            || sign > 0)
        {
            return;
        }

        var what = Facts.TryGetPriority(Facts.Argument(target, "Priority")?.Value, symbols.Priority, out var level)
            ? "The target for P" + level.ToString(CultureInfo.InvariantCulture)
            : "The target";
        Report(context, duration.Value.Syntax, what + (sign == 0 ? " is zero" : " is negative") + "; an SLA target must be a positive duration");
    }

    private static void CheckThresholds(OperationAnalysisContext context, IObjectOrCollectionInitializerOperation? initializer)
    {
        if (initializer is null)
        {
            return;
        }

        foreach (var item in initializer.Initializers)
        {
            if (item is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "WarningThresholds" } } assignment
                || !Facts.TryGetElements(assignment.Value, out var elements))
            {
                continue;
            }

            foreach (var element in elements)
            {
                // Literals are read from syntax: looking an element up in the operation tree costs more, and the
                // oldest supported compiler (Roslyn 4.8) has no operations for collection-expression elements.
                if ((Facts.TryGetIntLiteral(element, out var percent)
                        || (Facts.OperationOf(assignment.Value, element, context.CancellationToken) is { } value && Facts.TryGetInt(value, out percent)))
                    && (percent <= 0 || percent > 100))
                {
                    Report(context, element, "Warning threshold " + percent.ToString(CultureInfo.InvariantCulture) + " % is outside 0 to 100 %; a threshold must be above 0 and at most 100");
                }
            }
        }
    }

    private static void CheckCoverage(OperationAnalysisContext context, IObjectCreationOperation sla, ItilSymbols symbols)
    {
        // The matrix first: most SLAs are written without one in sight, and then nothing else needs to be read.
        if (MatrixLevels(context, sla, symbols) is { } n
            && Facts.Argument(sla, "Objectives") is { } objectives
            && Facts.TryGetElements(objectives.Value, out var objectiveElements))
        {
            CheckCoverage(context, objectives, objectiveElements, n, symbols);
        }
    }

    private static void CheckCoverage(OperationAnalysisContext context, IArgumentOperation objectives, SyntaxElements objectiveElements, int n, ItilSymbols symbols)
    {
        foreach (var element in objectiveElements)
        {
            if (Facts.OperationOf(objectives, element, context.CancellationToken) is not IObjectCreationOperation objective
                || !ItilSymbols.Creates(objective, symbols.SlaObjective)
                || Facts.Argument(objective, "Targets") is not { } targets
                || !Facts.TryGetElements(targets.Value, out var targetElements))
            {
                continue;
            }

            // Priorities covered, as bits (a matrix has at most 10 levels): no generic collection to JIT in every build.
            var covered = 0L;
            var complete = true;
            foreach (var targetSyntax in targetElements)
            {
                if (Facts.OperationOf(targets, targetSyntax, context.CancellationToken) is IObjectCreationOperation target
                    && ItilSymbols.Creates(target, symbols.SlaTarget)
                    && Facts.Argument(target, "Priority") is { } priority
                    && Facts.TryGetPriority(priority.Value, symbols.Priority, out var level))
                {
                    if (level is >= 1 and <= 62)
                    {
                        covered |= 1L << level;
                    }
                    if (level > n)
                    {
                        Report(context, priority.Value.Syntax, "P" + level.ToString(CultureInfo.InvariantCulture) + " is not a priority of the " + n.ToString(CultureInfo.InvariantCulture) + "-priority matrix");
                    }
                }
                else
                {
                    complete = false;
                }
            }

            if (!complete || AllCovered(covered, n))
            {
                continue;
            }

            var missing = Enumerable.Range(1, n).Where(p => (covered & (1L << p)) == 0).ToArray();
            if (missing.Length > 0)
            {
                var metric = Facts.Unwrap(Facts.Argument(objective, "Metric")?.Value) is IFieldReferenceOperation field ? field.Field.Name + " objective" : "The objective";
                Report(context, targets.Value.Syntax, metric + " has no target for " + string.Join(", ", missing.Select(p => "P" + p.ToString(CultureInfo.InvariantCulture))) + " of the " + n.ToString(CultureInfo.InvariantCulture) + "-priority matrix");
            }
        }
    }

    private static bool AllCovered(long covered, int levels)
    {
        for (var p = 1; p <= levels; p++)
        {
            if ((covered & (1L << p)) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The number of priorities of the matrix the SLA is used with, when constants or options say it.</summary>
    private static int? MatrixLevels(OperationAnalysisContext context, IOperation sla, ItilSymbols symbols)
    {
        var operation = sla.Parent;
        for (var i = 0; i < 12 && operation is not null; i++, operation = operation.Parent)
        {
            if (operation is IInvocationOperation call)
            {
                if (ItilSymbols.Is(call.TargetMethod.ContainingType, symbols.ServiceLevelManagement)
                    && Facts.Argument(call, "matrix") is { } matrix
                    && ConstantMatrixLevels(matrix.Value, symbols) is { } levels)
                {
                    return levels;
                }

                break;
            }

            if (operation.Syntax is StatementSyntax or ArrowExpressionClauseSyntax or AnonymousFunctionExpressionSyntax or EqualsValueClauseSyntax)
            {
                break;
            }
        }

        var option = Catalogues.Option(context.Options, sla.Syntax.SyntaxTree, PriorityLevelsKey);
        return int.TryParse(option, NumberStyles.None, CultureInfo.InvariantCulture, out var configured) && configured is >= 1 and <= 10 ? configured : null;
    }

    private static int? ConstantMatrixLevels(IOperation? matrix, ItilSymbols symbols)
    {
        matrix = Facts.Unwrap(matrix);
        if (matrix is IPropertyReferenceOperation { Property: { IsStatic: true, Name: "ServiceNowDefault" } property }
            && ItilSymbols.Is(property.ContainingType, symbols.PriorityMatrix))
        {
            return 5;
        }

        if (matrix is IInvocationOperation { TargetMethod: { IsStatic: true, Name: "Create" } method } create
            && ItilSymbols.Is(method.ContainingType, symbols.PriorityMatrix)
            && create.Arguments.Length == 1
            && Facts.Unwrap(create.Arguments[0].Value) is IObjectCreationOperation definition
            && ItilSymbols.Creates(definition, symbols.PriorityMatrixDefinition)
            && Facts.TryGetInt(Facts.Argument(definition, "PriorityLevels")?.Value, out var levels)
            && levels is >= 1 and <= 10)
        {
            return levels;
        }

        return null;
    }

    private static void Report(OperationAnalysisContext context, SyntaxNode at, string message)
        => context.ReportDiagnostic(Diagnostic.Create(Descriptors.ITIL1002_SlaMustCoverEveryPriority, at.GetLocation(), message));
}
#pragma warning restore RS1001
