using System;

namespace ItilCore.Lifecycles;

/// <summary>
/// A named condition on a lifecycle transition: a pure predicate over the aggregate's current state, with the
/// description that appears in rejections and in the generated diagram.
/// </summary>
/// <typeparam name="TSubject">The aggregate type.</typeparam>
/// <remarks>Immutable and thread-safe. Guards on the same trigger and state must be mutually exclusive.</remarks>
public sealed class LifecycleGuard<TSubject>
{
    /// <summary>Initializes a new guard.</summary>
    /// <param name="description">What must hold, as a phrase: "the incident is awaiting the caller".</param>
    /// <param name="predicate">The pure predicate.</param>
    public LifecycleGuard(string description, Func<TSubject, bool> predicate)
    {
        Description = Preconditions.NotBlank(description, nameof(description));
        Predicate = Preconditions.NotNull(predicate, nameof(predicate));
    }

    /// <summary>Gets what must hold.</summary>
    public string Description { get; }

    /// <summary>Gets the predicate.</summary>
    public Func<TSubject, bool> Predicate { get; }

    /// <summary>Returns the description.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Description;
}
