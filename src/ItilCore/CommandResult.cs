using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace ItilCore;

/// <summary>
/// What a command on an aggregate returned: either the events it produced (and applied), or the
/// <see cref="ItilCore.Rejection"/> that says why nothing happened. Do not ignore it: a rejection would pass silently.
/// </summary>
/// <remarks>Immutable and thread-safe. The default value is neither accepted nor rejected and is never returned by ItilCore.</remarks>
public readonly struct CommandResult : IEquatable<CommandResult>
{
    private readonly DomainEvent[]? _events;

    private CommandResult(DomainEvent[]? events, Rejection? rejection)
    {
        _events = events;
        Rejection = rejection;
    }

    /// <summary>Gets a value indicating whether the command was accepted.</summary>
    [MemberNotNullWhen(false, nameof(Rejection))]
    public bool IsAccepted => _events is not null;

    /// <summary>Gets a value indicating whether the command was rejected.</summary>
    [MemberNotNullWhen(true, nameof(Rejection))]
    public bool IsRejected => Rejection is not null;

    /// <summary>Gets the rejection, or <see langword="null"/> when the command was accepted.</summary>
    public Rejection? Rejection { get; }

    /// <summary>Gets the events the command produced, in order; empty when it was rejected.</summary>
    public IReadOnlyList<DomainEvent> Events => _events ?? [];

    /// <summary>Creates an accepted result with one event.</summary>
    /// <param name="domainEvent">The event.</param>
    /// <returns>The result.</returns>
    public static CommandResult Accepted(DomainEvent domainEvent)
        => new([Preconditions.NotNull(domainEvent, nameof(domainEvent))], null);

    /// <summary>Creates an accepted result with the given events.</summary>
    /// <param name="events">The events, in order.</param>
    /// <returns>The result.</returns>
    public static CommandResult Accepted(IEnumerable<DomainEvent> events)
    {
        var list = Preconditions.NoNullItems(events, nameof(events));
        var array = new DomainEvent[list.Count];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = list[i];
        }

        return new(array, null);
    }

    /// <summary>Creates a rejected result.</summary>
    /// <param name="rejection">Why the command was rejected.</param>
    /// <returns>The result.</returns>
    public static CommandResult Rejected(Rejection rejection) => new(null, Preconditions.NotNull(rejection, nameof(rejection)));

    /// <summary>Returns the events, or throws <see cref="CommandRejectedException"/> when the command was rejected.</summary>
    /// <returns>The events.</returns>
    public IReadOnlyList<DomainEvent> ThrowIfRejected()
        => IsRejected ? throw new CommandRejectedException(Rejection) : Events;

    /// <inheritdoc />
    public bool Equals(CommandResult other) => ReferenceEquals(_events, other._events) && Equals(Rejection, other.Rejection);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CommandResult other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_events, Rejection);

    /// <summary>Compares two results.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when both hold the same events or the same rejection.</returns>
    public static bool operator ==(CommandResult left, CommandResult right) => left.Equals(right);

    /// <summary>Compares two results.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(CommandResult left, CommandResult right) => !left.Equals(right);

    /// <summary>Describes the result.</summary>
    /// <returns>"accepted (n events)" or the rejection.</returns>
    public override string ToString()
        => IsRejected ? "rejected: " + Rejection : IsAccepted ? $"accepted ({_events!.Length} events)" : "no result";
}
