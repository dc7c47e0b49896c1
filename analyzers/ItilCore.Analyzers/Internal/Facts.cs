using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ItilCore.Analyzers.Internal;

/// <summary>What can be proven from constants in code: constant ids, levels, durations and literal collections.</summary>
internal static class Facts
{
    public static IOperation? Unwrap(IOperation? operation)
    {
        for (var i = 0; i < 16 && operation is IConversionOperation or IParenthesizedOperation; i++)
        {
            operation = operation switch
            {
                IConversionOperation conversion => conversion.Operand,
                IParenthesizedOperation parenthesized => parenthesized.Operand,
                _ => operation,
            };
        }

        return operation;
    }

    /// <summary>Finds the argument given for a parameter, or null when it is missing or the call did not bind.</summary>
    public static IArgumentOperation? Argument(IObjectCreationOperation creation, string parameter)
        => Argument(creation.Arguments, parameter);

    public static IArgumentOperation? Argument(IInvocationOperation invocation, string parameter)
        => Argument(invocation.Arguments, parameter);

    private static IArgumentOperation? Argument(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, string parameter)
    {
        foreach (var argument in arguments)
        {
            if (argument?.Parameter?.Name == parameter)
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>The value assigned to a property in an object initializer, or null.</summary>
    public static IOperation? Initialized(IObjectCreationOperation creation, string property)
    {
        if (creation.Initializer is null)
        {
            return null;
        }

        foreach (var initializer in creation.Initializer.Initializers)
        {
            if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment && target.Property?.Name == property)
            {
                return assignment.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// The object initializer that sets members of a <c>with</c> expression, or of a creation written with one
    /// (<c>new T(…) { … }</c>); null otherwise. A creation's syntax is looked at first, so one written without an
    /// initializer (nearly all of them) costs a type test.
    /// </summary>
    public static IObjectOrCollectionInitializerOperation? MemberInitializer(IOperation operation) => operation switch
    {
        IWithOperation with => with.Initializer,
        IObjectCreationOperation creation when creation.Syntax is BaseObjectCreationExpressionSyntax { Initializer: not null } => creation.Initializer,
        _ => null,
    };

    /// <summary>The value an object initializer (of a creation or a <c>with</c> expression) assigns to a property, or null.</summary>
    public static IOperation? Initialized(IObjectOrCollectionInitializerOperation? initializer, string property)
    {
        if (initializer is null)
        {
            return null;
        }

        // A member is set at most once (CS1912).
        foreach (var item in initializer.Initializers)
        {
            if (item is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment && target.Property?.Name == property)
            {
                return assignment.Value;
            }
        }

        return null;
    }

    public static bool TryGetString(IOperation? operation, out string value)
    {
        operation = Unwrap(operation);

        // A string literal's value is its token's, kept in the syntax tree; the operation's constant builds the string again
        // on every read (about a tenth of the rules' time in a profile, benchmarks/RESULTS.md).
        if (operation?.Syntax is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) && literal.Token.Value is string literalText)
        {
            value = literalText;
            return true;
        }

        var constant = operation?.ConstantValue ?? default;
        if (constant.HasValue && constant.Value is string text)
        {
            value = text;
            return true;
        }

        value = string.Empty;
        return false;
    }

    public static bool TryGetInt(IOperation? operation, out int value)
    {
        var constant = Unwrap(operation)?.ConstantValue ?? default;
        if (constant.HasValue)
        {
            return TryGetInt(constant.Value, out value);
        }

        value = 0;
        return false;
    }

    /// <summary>A constant of an integral type that fits an <see cref="int"/> (an enum member's value in metadata is one).</summary>
    public static bool TryGetInt(object? constant, out int value)
    {
        switch (constant)
        {
            case int i:
                value = i;
                return true;
            case long l when l is >= int.MinValue and <= int.MaxValue:
                value = (int)l;
                return true;
            case short s:
                value = s;
                return true;
            case byte b:
                value = b;
                return true;
            default:
                value = 0;
                return false;
        }
    }

    /// <summary>The text of an identifier built from a constant: <c>new ServiceId("x")</c>, <c>new("x")</c> or <c>ServiceId.Parse("x")</c>.</summary>
    public static bool TryGetIdText(IOperation? operation, INamedTypeSymbol? idType, out string text, out SyntaxNode? textSyntax)
    {
        text = string.Empty;
        textSyntax = null;
        operation = Unwrap(operation);
        IOperation? argument = operation switch
        {
            IObjectCreationOperation creation when ItilSymbols.Creates(creation, idType) && creation.Arguments.Length == 1 => creation.Arguments[0].Value,
            IInvocationOperation { TargetMethod: { IsStatic: true, Name: "Parse" } method } invocation
                when ItilSymbols.Is(method.ContainingType, idType) && invocation.Arguments.Length == 1 => invocation.Arguments[0].Value,
            _ => null,
        };
        if (argument is null || !TryGetString(argument, out text))
        {
            return false;
        }

        textSyntax = argument.Syntax;
        return true;
    }

    /// <summary>The level of <c>new Priority(n)</c> with a constant n.</summary>
    public static bool TryGetPriority(IOperation? operation, INamedTypeSymbol? priority, out int level)
    {
        level = 0;
        return Unwrap(operation) is IObjectCreationOperation creation
            && ItilSymbols.Creates(creation, priority)
            && creation.Arguments.Length == 1
            && TryGetInt(creation.Arguments[0].Value, out level);
    }

    /// <summary>The sign of a NodaTime duration built from constants (<c>Duration.FromMinutes(30)</c>, <c>Duration.Zero</c>, negations).</summary>
    public static bool TryGetDurationSign(IOperation? operation, INamedTypeSymbol? duration, out int sign)
    {
        sign = 0;
        operation = Unwrap(operation);
        switch (operation)
        {
            case IPropertyReferenceOperation { Property: { IsStatic: true } property } when ItilSymbols.Is(property.ContainingType, duration):
                switch (property.Name)
                {
                    case "Zero":
                        sign = 0;
                        return true;
                    case "Epsilon":
                    case "MaxValue":
                        sign = 1;
                        return true;
                    case "MinValue":
                        sign = -1;
                        return true;
                    default:
                        return false;
                }

            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus } negation when TryGetDurationSign(negation.Operand, duration, out var inner):
                sign = -inner;
                return true;
            case IInvocationOperation { TargetMethod: { IsStatic: true } method } invocation
                when ItilSymbols.Is(method.ContainingType, duration) && method.Name.StartsWith("From", System.StringComparison.Ordinal)
                && method.Name != "FromTimeSpan" && invocation.Arguments.Length == 1:
                var value = Unwrap(invocation.Arguments[0].Value);
                if (value is null || !value.ConstantValue.HasValue)
                {
                    return false;
                }

                switch (value.ConstantValue.Value)
                {
                    case int i:
                        sign = i.CompareTo(0);
                        return true;
                    case long l:
                        sign = l.CompareTo(0);
                        return true;
                    case double d when !double.IsNaN(d):
                        sign = d.CompareTo(0);
                        return true;
                    default:
                        return false;
                }

            default:
                return false;
        }
    }

    /// <summary>Whether an operation reads a static enum member with a constant value.</summary>
    public static bool TryGetEnum(IOperation? operation, INamedTypeSymbol? enumType, out int value)
    {
        value = 0;
        operation = Unwrap(operation);
        return operation is not null && ItilSymbols.Is(operation.Type, enumType) && TryGetInt(operation, out value);
    }

    /// <summary>
    /// The element expressions of a collection written out in code: a collection expression, an array or a collection
    /// initializer, or <c>null</c> (no elements). False when the elements cannot all be seen (spreads, variables, calls).
    /// </summary>
    /// <remarks>
    /// An object creation counts only when it builds a known framework collection (<c>List&lt;T&gt;</c>,
    /// <c>HashSet&lt;T&gt;</c>, <c>Collection&lt;T&gt;</c> …): a type of the user's may fill itself in its constructor.
    /// The type is looked at only in that shape, so collection expressions and arrays cost no binding.
    /// </remarks>
    public static bool TryGetElements(IOperation? value, out SyntaxElements elements)
    {
        if (!TryGetElements(value?.Syntax, out elements))
        {
            return false;
        }

        if (Strip(value!.Syntax) is BaseObjectCreationExpressionSyntax && !IsFrameworkCollection(Unwrap(value)))
        {
            elements = default;
            return false;
        }

        return true;
    }

    // A creation of a framework collection type, whose parameterless constructor leaves it empty.
    private static bool IsFrameworkCollection(IOperation? creation)
    {
        if (creation is not IObjectCreationOperation { Type: INamedTypeSymbol { IsGenericType: true } type })
        {
            return false;
        }

        var definition = type.OriginalDefinition;
        var ns = definition.ContainingNamespace?.ToDisplayString();
        return definition.MetadataName switch
        {
            "List`1" or "HashSet`1" or "SortedSet`1" => ns == "System.Collections.Generic",
            "Collection`1" or "ObservableCollection`1" => ns == "System.Collections.ObjectModel",
            _ => false,
        };
    }

    private static bool TryGetElements(SyntaxNode? node, out SyntaxElements elements)
    {
        elements = default;
        node = Strip(node);
        InitializerExpressionSyntax? initializer;
        switch (node)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NullLiteralExpression):
                return true;
            case CollectionExpressionSyntax collection:
                var items = collection.Elements;
                foreach (var element in items)
                {
                    if (element is not ExpressionElementSyntax)
                    {
                        return false;
                    }
                }

                elements = new SyntaxElements(items);
                return true;
            case ArrayCreationExpressionSyntax array:
                initializer = array.Initializer;
                break;
            case ImplicitArrayCreationExpressionSyntax implicitArray:
                initializer = implicitArray.Initializer;
                break;
            case InitializerExpressionSyntax arrayInitializer when arrayInitializer.IsKind(SyntaxKind.ArrayInitializerExpression):
                initializer = arrayInitializer;
                break;
            case BaseObjectCreationExpressionSyntax creation when creation.ArgumentList is null || creation.ArgumentList.Arguments.Count == 0:
                initializer = creation.Initializer;
                if (initializer is not null && !initializer.IsKind(SyntaxKind.CollectionInitializerExpression))
                {
                    return false;
                }

                break;
            default:
                return false;
        }

        if (initializer is null)
        {
            return node is BaseObjectCreationExpressionSyntax;
        }

        var expressions = initializer.Expressions;
        foreach (var expression in expressions)
        {
            if (expression is InitializerExpressionSyntax)
            {
                return false;
            }
        }

        elements = new SyntaxElements(expressions);
        return true;
    }

    /// <summary>An integer literal, possibly negated, read from syntax alone (no binding needed).</summary>
    public static bool TryGetIntLiteral(SyntaxNode? node, out int value)
    {
        value = 0;
        node = Strip(node);
        var negate = false;
        if (node is PrefixUnaryExpressionSyntax prefix && prefix.IsKind(SyntaxKind.UnaryMinusExpression))
        {
            negate = true;
            node = Strip(prefix.Operand);
        }

        if (node is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.NumericLiteralExpression) && literal.Token.Value is int number)
        {
            value = negate ? -number : number;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Whether an expression is <c>Duration.FromX(n)</c> with a positive numeric literal, read from syntax alone: a target
    /// written that way is positive, so the usual SLA needs no operation lookups; anything else is checked through its
    /// operations. A type of the user's called Duration could only make this stay quiet, never report.
    /// </summary>
    public static bool IsPositiveDurationLiteral(SyntaxNode? node)
        => Strip(node) is InvocationExpressionSyntax
        {
            Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "Duration" }, Name: IdentifierNameSyntax name },
            ArgumentList.Arguments: { Count: 1 } arguments,
        }
            && name.Identifier.ValueText.StartsWith("From", System.StringComparison.Ordinal)
            && arguments[0].NameColon is null
            && arguments[0].Expression is LiteralExpressionSyntax literal
            && literal.IsKind(SyntaxKind.NumericLiteralExpression)
            && literal.Token.Value switch
            {
                int i => i > 0,
                long l => l > 0,
                double d => d > 0,
                _ => false,
            };

    /// <summary>
    /// The two string literals of <c>new T("a", "b")</c> or <c>new("a", "b")</c> read from syntax alone, for elements of a
    /// list whose element type the parameter already fixes (a different type would not compile).
    /// </summary>
    public static bool TryGetTwoStringLiterals(SyntaxNode? node, string typeName, out string first, out string second)
        => TryGetTwoStringLiterals(node, typeName, out first, out _, out second, out _);

    /// <summary>The same, with the two literals' syntax (where a report about either one goes).</summary>
    public static bool TryGetTwoStringLiterals(SyntaxNode? node, string typeName, out string first, out SyntaxNode firstSyntax, out string second, out SyntaxNode secondSyntax)
    {
        first = second = string.Empty;
        firstSyntax = secondSyntax = null!;
        var list = Strip(node) switch
        {
            ObjectCreationExpressionSyntax { Type: IdentifierNameSyntax name } creation when name.Identifier.ValueText == typeName && creation.Initializer is null => creation.ArgumentList,
            ImplicitObjectCreationExpressionSyntax implicitCreation when implicitCreation.Initializer is null => implicitCreation.ArgumentList,
            _ => null,
        };

        // Each argument is fetched once: every index into a separated list builds the list's view again.
        var arguments = list?.Arguments ?? default;
        if (arguments.Count != 2)
        {
            return false;
        }

        var a = arguments[0];
        var b = arguments[1];
        if (a.NameColon is not null || b.NameColon is not null
            || a.Expression is not LiteralExpressionSyntax aLiteral || b.Expression is not LiteralExpressionSyntax bLiteral
            || aLiteral.Token.Value is not string start || bLiteral.Token.Value is not string end)
        {
            return false;
        }

        first = start;
        firstSyntax = aLiteral;
        second = end;
        secondSyntax = bLiteral;
        return true;
    }

    /// <summary>The expression of the <paramref name="index"/>th argument of a creation when every argument is positional, else null.</summary>
    public static ExpressionSyntax? PositionalArgument(SyntaxNode creation, int index)
    {
        var arguments = creation is BaseObjectCreationExpressionSyntax { ArgumentList: { } list } ? list.Arguments : default;
        if (index >= arguments.Count)
        {
            return null;
        }

        ArgumentSyntax argument = null!;
        for (var i = 0; i <= index; i++)
        {
            argument = arguments[i];
            if (argument.NameColon is not null || !argument.RefKindKeyword.IsKind(SyntaxKind.None))
            {
                return null;
            }
        }

        return argument.Expression;
    }

    /// <summary>Removes parentheses, casts and null-forgiving operators around an expression.</summary>
    public static SyntaxNode? Strip(SyntaxNode? node)
    {
        for (var i = 0; i < 16; i++)
        {
            switch (node)
            {
                case ArgumentSyntax argument:
                    node = argument.Expression;
                    break;
                case ParenthesizedExpressionSyntax parenthesized:
                    node = parenthesized.Expression;
                    break;
                case CastExpressionSyntax cast:
                    node = cast.Expression;
                    break;
                case PostfixUnaryExpressionSyntax postfix when postfix.IsKind(SyntaxKind.SuppressNullableWarningExpression):
                    node = postfix.Operand;
                    break;
                default:
                    return node;
            }
        }

        return node;
    }

    /// <summary>
    /// The operation of an expression inside <paramref name="scope"/>, found in the operation tree the analyzer already
    /// has; asking the semantic model is the fallback, because it costs far more per call.
    /// </summary>
    public static IOperation? OperationOf(IOperation scope, SyntaxNode syntax, System.Threading.CancellationToken cancellationToken)
    {
        // Descend only into the child whose syntax holds the element: a path from the scope, not a walk of its whole tree.
        var span = syntax.Span;
        var current = scope;
        for (var depth = 0; depth < 64; depth++)
        {
            if (current.Syntax == syntax)
            {
                return Unwrap(current);
            }

            IOperation? next = null;
            foreach (var child in current.ChildOperations)
            {
                if (child.Syntax is { } childSyntax && childSyntax.SyntaxTree == syntax.SyntaxTree && childSyntax.Span.Contains(span))
                {
                    next = child;
                    break;
                }
            }

            if (next is null)
            {
                break;
            }

            current = next;
        }

        foreach (var operation in scope.Descendants())
        {
            if (operation.Syntax == syntax)
            {
                return Unwrap(operation);
            }
        }

        return scope.SemanticModel is { } model ? Unwrap(model.GetOperation(syntax, cancellationToken)) : null;
    }
}
