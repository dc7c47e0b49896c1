using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ItilCore.Analyzers.Internal;

/// <summary>A rule's check of one operation.</summary>
internal delegate void RuleAction(OperationAnalysisContext context, ItilSymbols symbols);

/// <summary>
/// The operations the rules of one compilation look at, registered with the analyzer driver once per operation kind
/// whatever the number of rules: object creations (and <c>with</c> expressions) routed by type, expression statements,
/// and references to static properties.
/// </summary>
/// <remarks>
/// One registration per kind, not one per rule, because the driver's cost is per callback: seven rules that each looked at
/// every object creation cost seven times one. A walk of our own over each member's operation tree (one operation-block
/// callback) was measured too and cost more: the driver walks the tree anyway (benchmarks/RESULTS.md, "Analyzers").
/// </remarks>
internal sealed class OperationRules
{
    private readonly Dictionary<INamedTypeSymbol, RuleAction[]> _creations = new(SymbolEqualityComparer.Default);
    private readonly bool _rethrowFailures;
    private RuleAction[] _statements = [];
    private RuleAction[] _staticProperties = [];

    /// <summary>Starts the routes of one compilation.</summary>
    /// <param name="rethrowFailures">Whether a rule's exception propagates (AD0001) instead of being swallowed; see <see cref="ItilDiagnosticAnalyzer.RethrowRuleFailuresKey"/>.</param>
    public OperationRules(bool rethrowFailures) => _rethrowFailures = rethrowFailures;

    /// <summary>Routes every object creation and <c>with</c> expression of <paramref name="type"/> to the rule; a missing type routes nothing.</summary>
    public void OnCreation(INamedTypeSymbol? type, RuleAction rule)
    {
        if (type is not null)
        {
            _creations[type] = _creations.TryGetValue(type, out var earlier) ? Append(earlier, rule) : [rule];
        }
    }

    /// <summary>Routes every expression statement to the rule.</summary>
    public void OnExpressionStatement(RuleAction rule) => _statements = Append(_statements, rule);

    /// <summary>Routes every reference to a static property to the rule.</summary>
    public void OnStaticPropertyReference(RuleAction rule) => _staticProperties = Append(_staticProperties, rule);

    /// <summary>Registers one driver action per operation kind some rule asked for.</summary>
    public void RegisterWith(CompilationStartAnalysisContext context, ItilSymbols symbols)
    {
        var rethrow = _rethrowFailures;
        if (_creations.Count > 0)
        {
            var creations = _creations;
            var types = new INamedTypeSymbol[creations.Count];
            var actions = new RuleAction[creations.Count][];
            var i = 0;
            foreach (var route in creations)
            {
                types[i] = route.Key;
                actions[i++] = route.Value;
            }

            context.RegisterOperationAction(
                c =>
                {
                    // A creation is routed by one reference comparison (ItilSymbols.CreatedType); the symbol comparer stays
                    // for with expressions and for creations that did not bind to a constructor.
                    var operation = c.Operation;
                    RuleAction[]? rules = null;
                    if (operation is IObjectCreationOperation creation && ItilSymbols.CreatedType(creation) is { } type)
                    {
                        for (var k = 0; k < types.Length; k++)
                        {
                            if (ReferenceEquals(types[k], type))
                            {
                                rules = actions[k];
                                break;
                            }
                        }
                    }
                    else if (operation.Type is INamedTypeSymbol typeOfOperation)
                    {
                        creations.TryGetValue(typeOfOperation, out rules);
                    }

                    if (rules is not null)
                    {
                        Invoke(rules, c, symbols, rethrow);
                    }
                },
                OperationKind.ObjectCreation,
                OperationKind.With);
        }

        if (_statements.Length > 0)
        {
            var statements = _statements;
            context.RegisterOperationAction(c => Invoke(statements, c, symbols, rethrow), OperationKind.ExpressionStatement);
        }

        if (_staticProperties.Length > 0)
        {
            var properties = _staticProperties;
            context.RegisterOperationAction(
                c =>
                {
                    if (c.Operation is IPropertyReferenceOperation { Instance: null })
                    {
                        Invoke(properties, c, symbols, rethrow);
                    }
                },
                OperationKind.PropertyReference);
        }
    }

    // Each rule runs on its own: one that throws reports nothing, and the others still run; the build never fails because of it.
    // Only the analyzer tests rethrow (a global option, ItilDiagnosticAnalyzer.RethrowRuleFailuresKey), so that a bug shows.
    private static void Invoke(RuleAction[] rules, OperationAnalysisContext context, ItilSymbols symbols, bool rethrow)
    {
        foreach (var rule in rules)
        {
            try
            {
                rule(context, symbols);
            }
            catch (OperationCanceledException)
            {
                throw;
            }
#pragma warning disable CA1031 // A rule that cannot decide reports nothing (see above).
            catch (Exception) when (!rethrow)
#pragma warning restore CA1031
            {
            }
        }
    }

    private static RuleAction[] Append(RuleAction[] rules, RuleAction rule)
    {
        var result = new RuleAction[rules.Length + 1];
        rules.CopyTo(result, 0);
        result[rules.Length] = rule;
        return result;
    }
}
