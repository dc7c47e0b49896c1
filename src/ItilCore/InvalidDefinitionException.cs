using System;
using System.Collections.Generic;
using System.Linq;

namespace ItilCore;

/// <summary>
/// Thrown when a definition (catalogue, configuration model, priority matrix, lifecycle settings) is invalid. It names
/// every problem found, not only the first.
/// </summary>
/// <remarks>Not thread-safe for mutation, as every exception; its properties do not change after construction.</remarks>
public sealed class InvalidDefinitionException : Exception
{
    /// <summary>Initializes a new instance for the given definition and its problems.</summary>
    /// <param name="definition">What was being built, for example "service catalogue".</param>
    /// <param name="problems">Every problem found; at least one.</param>
    public InvalidDefinitionException(string definition, IEnumerable<ValidationProblem> problems)
        : this(definition, Preconditions.NoNullItems(problems, nameof(problems)))
    {
    }

    private InvalidDefinitionException(string definition, IReadOnlyList<ValidationProblem> problems)
        : base(FormatMessage(definition, problems))
    {
        Definition = definition;
        Problems = problems;
    }

    /// <summary>Initializes a new instance with a message only (for serializers and tooling).</summary>
    public InvalidDefinitionException()
        : this("definition", [new ValidationProblem("$", "is invalid")])
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public InvalidDefinitionException(string message)
        : this("definition", [new ValidationProblem("$", message)])
    {
    }

    /// <summary>Initializes a new instance with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public InvalidDefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
        Definition = "definition";
        Problems = [new ValidationProblem("$", message)];
    }

    /// <summary>Gets what was being built.</summary>
    public string Definition { get; }

    /// <summary>Gets every problem found, in the order they were found.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    private static string FormatMessage(string definition, IReadOnlyList<ValidationProblem> problems)
    {
        if (problems.Count == 0)
        {
            throw new ArgumentException("At least one problem is required.", nameof(problems));
        }

        var noun = problems.Count == 1 ? "problem" : "problems";
        return $"The {definition} is invalid ({problems.Count} {noun}):{Environment.NewLine}"
            + string.Join(Environment.NewLine, problems.Select(p => "  - " + p));
    }
}
