using System.Collections.Generic;

namespace ItilCore.Requests;

/// <summary>
/// Who may decide one approval step of one request: the step's fixed approvers together with those resolved from its
/// <see cref="ApprovalStep.ApproversFrom"/> when the request's approval started.
/// </summary>
/// <param name="Step">The step's name.</param>
/// <param name="Approvers">The approvers, each once: resolved ones first, then the step's fixed list.</param>
/// <remarks>Immutable and thread-safe. Equality compares every member, <paramref name="Approvers"/> by its items.</remarks>
public sealed record StepApprovers(string Step, IReadOnlyList<ActorId> Approvers)
{
    /// <summary>Tells whether another value has the same step and approvers.</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(StepApprovers? other)
        => other is not null && Step == other.Step && Sequence.Equal(Approvers, other.Approvers);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Step, Sequence.Hash(Approvers));
}
