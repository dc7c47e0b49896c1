using System;

namespace ItilCore;

/// <summary>Thrown by <see cref="CommandResult.ThrowIfRejected"/> for callers that prefer exceptions to result values.</summary>
/// <remarks>Not thread-safe for mutation, as every exception; its properties do not change after construction.</remarks>
public sealed class CommandRejectedException : InvalidOperationException
{
    /// <summary>Initializes a new instance for a rejection.</summary>
    /// <param name="rejection">The rejection.</param>
    public CommandRejectedException(Rejection rejection)
        : base(Preconditions.NotNull(rejection, nameof(rejection)).ToString())
    {
        Rejection = rejection;
    }

    /// <summary>Initializes a new instance with a message.</summary>
    public CommandRejectedException()
        : this(new Rejection("command.rejected", "The command was rejected."))
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public CommandRejectedException(string message)
        : this(new Rejection("command.rejected", message))
    {
    }

    /// <summary>Initializes a new instance with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CommandRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Rejection = new Rejection("command.rejected", message);
    }

    /// <summary>Gets the rejection.</summary>
    public Rejection Rejection { get; }
}
