using System.Collections.Generic;
using ItilCore.Catalog;
using ItilCore.Configuration;

namespace ItilCore.Problems;

/// <summary>
/// A known error: a problem that has been analysed, with its root cause and, where there is one, a workaround. Incident
/// logging finds it by configuration item or service in a <see cref="KnownErrorRegister"/>.
/// </summary>
/// <param name="Problem">The problem the known error belongs to (one known error per problem).</param>
/// <param name="Symptom">What users and agents see, in words they would search for.</param>
/// <param name="RootCause">The root cause found by problem control.</param>
/// <param name="AffectedItems">The configuration items affected.</param>
/// <param name="Workaround">How to reduce or remove the impact until a permanent solution, if any.</param>
/// <param name="Service">The affected catalogued service, if any.</param>
/// <remarks>Immutable and thread-safe. Two known errors are equal when their members and item lists are.</remarks>
public sealed record KnownError(
    ProblemId Problem,
    string Symptom,
    string RootCause,
    IReadOnlyList<ConfigurationItemId> AffectedItems,
    string? Workaround = null,
    ServiceId? Service = null)
{
    /// <summary>Tells whether another known error has the same members and affected items.</summary>
    /// <param name="other">The other known error.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(KnownError? other)
        => other is not null
            && Problem == other.Problem
            && Symptom == other.Symptom
            && RootCause == other.RootCause
            && Workaround == other.Workaround
            && Service == other.Service
            && Sequence.Equal(AffectedItems, other.AffectedItems);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Problem, Symptom, RootCause, Workaround, Service, Sequence.Hash(AffectedItems));
}
