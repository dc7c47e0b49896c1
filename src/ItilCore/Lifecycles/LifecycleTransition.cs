using System.Collections.Generic;

namespace ItilCore.Lifecycles;

/// <summary>One transition of a compiled <see cref="Lifecycle{TState, TTrigger, TSubject}"/>, read from its Stateless definition.</summary>
/// <typeparam name="TState">The state type.</typeparam>
/// <typeparam name="TTrigger">The trigger type.</typeparam>
/// <typeparam name="TSubject">The aggregate type.</typeparam>
/// <param name="Source">The state the transition leaves.</param>
/// <param name="Trigger">The trigger.</param>
/// <param name="Destination">The state it enters (the source itself for an internal transition).</param>
/// <param name="IsInternal">Whether this is an internal transition (no exit or entry).</param>
/// <param name="Guards">The conditions that must all hold.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record LifecycleTransition<TState, TTrigger, TSubject>(
    TState Source,
    TTrigger Trigger,
    TState Destination,
    bool IsInternal,
    IReadOnlyList<LifecycleGuard<TSubject>> Guards)
    where TState : struct, System.Enum
    where TTrigger : struct, System.Enum;
