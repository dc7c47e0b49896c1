using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ItilCore.Analyzers.Internal;

/// <summary>
/// The element expressions of a collection written out in code (<see cref="Facts.TryGetElements(IOperation?, out SyntaxElements)"/>),
/// read from the syntax tree's own list: no list is allocated and filled for every SLA, calendar day and policy checked.
/// </summary>
internal readonly struct SyntaxElements
{
    private readonly SeparatedSyntaxList<CollectionElementSyntax> _collection;
    private readonly SeparatedSyntaxList<ExpressionSyntax> _expressions;
    private readonly bool _isCollection;

    /// <summary>The elements of a collection expression, each an expression element (checked by the caller).</summary>
    public SyntaxElements(SeparatedSyntaxList<CollectionElementSyntax> collection)
    {
        _collection = collection;
        _expressions = default;
        _isCollection = true;
    }

    /// <summary>The expressions of an array or collection initializer.</summary>
    public SyntaxElements(SeparatedSyntaxList<ExpressionSyntax> expressions)
    {
        _collection = default;
        _expressions = expressions;
        _isCollection = false;
    }

    /// <summary>Gets the number of elements; zero for <c>null</c> and for an empty collection.</summary>
    public int Count => _isCollection ? _collection.Count : _expressions.Count;

    /// <summary>Gets the expression of the element at <paramref name="index"/>.</summary>
    public ExpressionSyntax this[int index] => _isCollection ? ((ExpressionElementSyntax)_collection[index]).Expression : _expressions[index];

    /// <summary>Enumerates the element expressions in order.</summary>
    public Enumerator GetEnumerator() => new(this);

    /// <summary>Enumerates the element expressions in order.</summary>
    internal struct Enumerator
    {
        private readonly SyntaxElements _elements;
        private readonly int _count;
        private int _index;

        public Enumerator(SyntaxElements elements)
        {
            _elements = elements;
            _count = elements.Count;
            _index = -1;
        }

        public readonly ExpressionSyntax Current => _elements[_index];

        public bool MoveNext() => ++_index < _count;
    }
}
