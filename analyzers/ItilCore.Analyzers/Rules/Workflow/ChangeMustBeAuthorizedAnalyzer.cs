using System.Collections.Generic;
using System.Collections.Immutable;
using ItilCore.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ItilCore.Analyzers.Rules.Workflow;

/// <summary>
/// ITIL2002: a <c>RequestChange</c> of constant type Standard must name its change model; a change authority policy
/// whose rules are all written out must have a rule for emergency changes, naming one of its authorities.
/// </summary>
// Shipped through ItilCoreAnalyzer, which runs every rule from one registration; tests run the rule alone.
#pragma warning disable RS1001 // Missing diagnostic analyzer attribute
public sealed class ChangeMustBeAuthorizedAnalyzer : ItilDiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ITIL2002_ChangeMustBeAuthorized);

    internal override void Register(OperationRules rules, ItilSymbols symbols)
    {
        // The change types' values are read from the referenced ItilCore (ItilSymbols), never assumed: a check whose type is
        // missing there (no ChangeType, or no such member) cannot tell that type from the others, so it is not registered.
        if (symbols.StandardChange is not null)
        {
            rules.OnCreation(symbols.RequestChange, AnalyzeRequest);
        }

        if (symbols.EmergencyChange is not null)
        {
            rules.OnCreation(symbols.ChangeAuthorityPolicyDefinition, AnalyzePolicy);
        }
    }

    private static void AnalyzeRequest(OperationAnalysisContext context, ItilSymbols symbols)
    {
        if (context.Operation is IObjectCreationOperation creation)
        {
            CheckStandardChange(context, creation, symbols);
        }
    }

    private static void AnalyzePolicy(OperationAnalysisContext context, ItilSymbols symbols)
    {
        if (context.Operation is IObjectCreationOperation creation)
        {
            CheckEmergencyAuthority(context, creation, symbols);
        }
    }

    private static void CheckStandardChange(OperationAnalysisContext context, IObjectCreationOperation request, ItilSymbols symbols)
    {
        if (Facts.Argument(request, "Type") is not { } type
            || !Facts.TryGetEnum(type.Value, symbols.ChangeType, out var value)
            || value != symbols.StandardChange)
        {
            return;
        }

        var model = Facts.Initialized(request, "Model");
        if (!NamesNoModel(model))
        {
            return;
        }

        // Only in the rare shape about to be reported: `new RequestChange(…) with { … }` decides the change's final values.
        if (WithInitializer(request) is { } with)
        {
            var changed = false;
            foreach (var initializer in with.Initializers)
            {
                if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Type" } })
                {
                    return;
                }

                if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Model" } } assignment)
                {
                    model = assignment.Value;
                    changed = true;
                }
            }

            if (changed && !NamesNoModel(model))
            {
                return;
            }
        }

        Report(context, type.Value.Syntax, "A standard change must name the pre-authorized change model it follows (set Model)");
    }

    // No model given, or one that is null or the default value.
    private static bool NamesNoModel(IOperation? model)
        => model is null
            || Facts.Unwrap(model) is IDefaultValueOperation
            || (Facts.Unwrap(model) is { } unwrapped && unwrapped.ConstantValue.HasValue && unwrapped.ConstantValue.Value is null);

    // The initializer of the `with` expression whose operand is this creation, if it is one.
    private static IObjectOrCollectionInitializerOperation? WithInitializer(IOperation creation)
    {
        var operand = creation;
        while (operand.Parent is IParenthesizedOperation or IConversionOperation)
        {
            operand = operand.Parent;
        }

        return operand.Parent is IWithOperation with && with.Operand == operand ? with.Initializer : null;
    }

    private static void CheckEmergencyAuthority(OperationAnalysisContext context, IObjectCreationOperation policy, ItilSymbols symbols)
    {
        if (Facts.Argument(policy, "Rules") is not { } rules || !Facts.TryGetElements(rules.Value, out var ruleElements))
        {
            return;
        }

        var emergencyRules = new List<(string? Authority, SyntaxNode At)>();
        foreach (var element in ruleElements)
        {
            if (Facts.OperationOf(rules, element, context.CancellationToken) is not IObjectCreationOperation rule
                || !ItilSymbols.Creates(rule, symbols.ChangeAuthorityRule)
                || !Facts.TryGetEnum(Facts.Argument(rule, "Type")?.Value, symbols.ChangeType, out var type))
            {
                return;
            }

            if (type == symbols.EmergencyChange)
            {
                var authority = Facts.Argument(rule, "Authority")?.Value;
                emergencyRules.Add((Facts.TryGetString(authority, out var name) ? name : null, authority?.Syntax ?? element));
            }
        }

        if (emergencyRules.Count == 0)
        {
            Report(context, rules.Value.Syntax, "No rule names an emergency change authority, so emergency changes could not be authorized");
            return;
        }

        var names = AuthorityNames(policy, symbols, context);
        if (names is null)
        {
            return;
        }

        foreach (var (authority, at) in emergencyRules)
        {
            if (authority is not null && !names.Contains(authority))
            {
                Report(context, at, "The emergency change authority '" + authority + "' is not one of the policy's authorities");
            }
        }
    }

    private static HashSet<string>? AuthorityNames(IObjectCreationOperation policy, ItilSymbols symbols, OperationAnalysisContext context)
    {
        if (Facts.Argument(policy, "Authorities") is not { } authorities || !Facts.TryGetElements(authorities.Value, out var elements))
        {
            return null;
        }

        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var element in elements)
        {
            if (Facts.OperationOf(authorities, element, context.CancellationToken) is not IObjectCreationOperation authority
                || !ItilSymbols.Creates(authority, symbols.ChangeAuthority)
                || !Facts.TryGetString(Facts.Argument(authority, "Name")?.Value, out var name))
            {
                return null;
            }

            names.Add(name);
        }

        return names;
    }

    private static void Report(OperationAnalysisContext context, SyntaxNode at, string message)
        => context.ReportDiagnostic(Diagnostic.Create(Descriptors.ITIL2002_ChangeMustBeAuthorized, at.GetLocation(), message));
}
#pragma warning restore RS1001
