namespace ItilCore;

/// <summary>One problem found while validating a definition (a catalogue, a matrix, a configuration model).</summary>
/// <param name="Path">Where the problem is, as a JSON path into the definition's document form (for example <c>$.services[2].name</c>).</param>
/// <param name="Message">What is wrong, in words a person can act on.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ValidationProblem(string Path, string Message)
{
    /// <summary>Returns the path and message on one line.</summary>
    /// <returns>A line such as <c>$.services[2].name: the name is empty</c>.</returns>
    public override string ToString() => $"{Path}: {Message}";
}
