using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace ItilCore;

/// <summary>
/// What a command that creates an aggregate returned: the new aggregate and its first events, or the rejection.
/// </summary>
/// <typeparam name="T">The aggregate type.</typeparam>
/// <remarks>Immutable (the aggregate it carries is not thread-safe).</remarks>
public readonly struct CommandResult<T>
    where T : class
{
    private CommandResult(T? value, CommandResult result)
    {
        Value = value;
        Result = result;
    }

    /// <summary>Gets the aggregate, or <see langword="null"/> when the command was rejected.</summary>
    public T? Value { get; }

    /// <summary>Gets the events or the rejection.</summary>
    public CommandResult Result { get; }

    /// <summary>Gets a value indicating whether the command was accepted.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Rejection))]
    public bool IsAccepted => Value is not null;

    /// <summary>Gets a value indicating whether the command was rejected.</summary>
    [MemberNotNullWhen(true, nameof(Rejection))]
    [MemberNotNullWhen(false, nameof(Value))]
    public bool IsRejected => Value is null;

    /// <summary>Gets the rejection, or <see langword="null"/>.</summary>
    public Rejection? Rejection => Result.Rejection;

    /// <summary>Gets the events the command produced.</summary>
    public IReadOnlyList<DomainEvent> Events => Result.Events;

    /// <summary>Creates an accepted result.</summary>
    /// <param name="value">The new aggregate.</param>
    /// <param name="result">Its events.</param>
    /// <returns>The result.</returns>
    public static CommandResult<T> Accepted(T value, CommandResult result)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!result.IsAccepted)
        {
            throw new ArgumentException("The result must be accepted.", nameof(result));
        }

        return new(value, result);
    }

    /// <summary>Creates a rejected result.</summary>
    /// <param name="rejection">Why the command was rejected.</param>
    /// <returns>The result.</returns>
    public static CommandResult<T> Rejected(Rejection rejection) => new(null, CommandResult.Rejected(rejection));

    /// <summary>Returns the aggregate, or throws <see cref="CommandRejectedException"/>.</summary>
    /// <returns>The aggregate.</returns>
    public T ThrowIfRejected() => IsAccepted ? Value : throw new CommandRejectedException(Rejection);
}
