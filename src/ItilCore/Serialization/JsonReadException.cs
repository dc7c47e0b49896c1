using System;

namespace ItilCore.Serialization;

/// <summary>
/// Thrown when ItilCore JSON (a catalogue, a configuration model, an event history) cannot be read. The message says
/// where (line, position and JSON path) and what was wrong.
/// </summary>
/// <remarks>Not thread-safe for mutation, as every exception; its properties do not change after construction.</remarks>
public sealed class JsonReadException : Exception
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="source">What was being read, such as a file name.</param>
    /// <param name="path">The JSON path where reading failed, when known.</param>
    /// <param name="lineNumber">The 1-based line number, when known.</param>
    /// <param name="position">The 1-based position in the line, when known.</param>
    /// <param name="problem">What was wrong.</param>
    /// <param name="innerException">The underlying exception.</param>
    public JsonReadException(string source, string? path, long? lineNumber, long? position, string problem, Exception? innerException)
        : base(Format(source, path, lineNumber, position, problem), innerException)
    {
        SourceName = source;
        JsonPath = path;
        LineNumber = lineNumber;
        Position = position;
        Problem = problem;
    }

    /// <summary>Initializes a new instance.</summary>
    public JsonReadException()
        : this("JSON", null, null, null, "could not be read", null)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What was wrong.</param>
    public JsonReadException(string message)
        : this("JSON", null, null, null, message, null)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What was wrong.</param>
    /// <param name="innerException">The cause.</param>
    public JsonReadException(string message, Exception innerException)
        : this("JSON", null, null, null, message, innerException)
    {
    }

    /// <summary>Gets what was being read.</summary>
    public string SourceName { get; }

    /// <summary>Gets the JSON path where reading failed, when known.</summary>
    public string? JsonPath { get; }

    /// <summary>Gets the 1-based line number, when known.</summary>
    public long? LineNumber { get; }

    /// <summary>Gets the 1-based position in the line, when known.</summary>
    public long? Position { get; }

    /// <summary>Gets what was wrong.</summary>
    public string Problem { get; }

    private static string Format(string source, string? path, long? line, long? position, string problem)
    {
        var where = line is null ? string.Empty : $" at line {line}, position {position}";
        var at = string.IsNullOrEmpty(path) ? string.Empty : $" ({path})";
        return $"{source}{where}{at}: {problem}";
    }
}
