using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ItilCore.Catalog;
using ItilCore.Configuration;

namespace ItilCore.Problems;

/// <summary>
/// The known-error register (ITIL's known error database): every known error, searchable by configuration item and by
/// service, so that incident logging can offer the workaround at once. One entry per problem.
/// </summary>
/// <remarks>
/// Immutable and thread-safe: <see cref="With"/> and <see cref="Without"/> return a new register that shares structure
/// with the old one (persistent immutable dictionaries), so readers on other threads never see a half-made change.
/// Lookups are dictionary lookups, O(log n) in the register's size plus the size of the answer; answers are sorted by
/// problem id (ordinal), so they are deterministic.
/// </remarks>
public sealed class KnownErrorRegister
{
    private static readonly IComparer<ProblemId> ById = Comparer<ProblemId>.Create(static (a, b) => string.CompareOrdinal(a.Value, b.Value));

    private readonly ImmutableDictionary<ProblemId, KnownError> _byProblem;
    private readonly ImmutableDictionary<ConfigurationItemId, ImmutableSortedSet<ProblemId>> _byItem;
    private readonly ImmutableDictionary<ServiceId, ImmutableSortedSet<ProblemId>> _byService;

    private KnownErrorRegister(
        ImmutableDictionary<ProblemId, KnownError> byProblem,
        ImmutableDictionary<ConfigurationItemId, ImmutableSortedSet<ProblemId>> byItem,
        ImmutableDictionary<ServiceId, ImmutableSortedSet<ProblemId>> byService)
    {
        _byProblem = byProblem;
        _byItem = byItem;
        _byService = byService;
    }

    /// <summary>Gets the empty register.</summary>
    public static KnownErrorRegister Empty { get; } = new(
        ImmutableDictionary<ProblemId, KnownError>.Empty,
        ImmutableDictionary<ConfigurationItemId, ImmutableSortedSet<ProblemId>>.Empty,
        ImmutableDictionary<ServiceId, ImmutableSortedSet<ProblemId>>.Empty);

    /// <summary>Gets how many known errors the register holds.</summary>
    public int Count => _byProblem.Count;

    /// <summary>Gets every known error, sorted by problem id.</summary>
    public IReadOnlyList<KnownError> All => _byProblem.Keys.OrderBy(k => k, ById).Select(k => _byProblem[k]).ToArray();

    /// <summary>
    /// Builds a register from problems: the known error of every problem that has one, unless the problem was fixed
    /// (Resolved or Closed with Fix Applied), canceled or marked a duplicate. A problem closed by accepting the risk keeps
    /// its known error, because its workaround stays in use.
    /// </summary>
    /// <param name="problems">The problems.</param>
    /// <returns>The register.</returns>
    public static KnownErrorRegister FromProblems(IEnumerable<Problem> problems)
    {
        var register = Empty;
        foreach (var problem in Preconditions.NoNullItems(problems, nameof(problems)))
        {
            if (problem.KnownError is { } knownError && problem.ResolutionCode is null or ProblemResolutionCode.RiskAccepted)
            {
                register = register.With(knownError);
            }
        }

        return register;
    }

    /// <summary>Adds a known error, or replaces the one recorded for the same problem.</summary>
    /// <param name="knownError">The known error.</param>
    /// <returns>The new register.</returns>
    public KnownErrorRegister With(KnownError knownError)
    {
        ArgumentNullException.ThrowIfNull(knownError);
        if (knownError.Problem.Value is null || knownError.AffectedItems is null || knownError.AffectedItems.Any(i => i.Value is null)
            || knownError.Service is { Value: null })
        {
            throw new ArgumentException("The known error needs a problem id, and set configuration item and service ids.", nameof(knownError));
        }

        // A copy of the items: the indexes are built from them, so a caller changing its array later must not change them.
        knownError = knownError with { AffectedItems = knownError.AffectedItems.ToArray() };
        var removed = Without(knownError.Problem);
        return new KnownErrorRegister(
            removed._byProblem.SetItem(knownError.Problem, knownError),
            knownError.AffectedItems.Distinct().Aggregate(removed._byItem, (index, item) => Add(index, item, knownError.Problem)),
            knownError.Service is { } service ? Add(removed._byService, service, knownError.Problem) : removed._byService);
    }

    /// <summary>Removes the known error of a problem (when it is fixed, for example); the same register when there is none.</summary>
    /// <param name="problem">The problem.</param>
    /// <returns>The new register.</returns>
    public KnownErrorRegister Without(ProblemId problem)
    {
        if (!_byProblem.TryGetValue(problem, out var old))
        {
            return this;
        }

        return new KnownErrorRegister(
            _byProblem.Remove(problem),
            old.AffectedItems.Distinct().Aggregate(_byItem, (index, item) => Remove(index, item, problem)),
            old.Service is { } service ? Remove(_byService, service, problem) : _byService);
    }

    /// <summary>Gets the known error of a problem.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="knownError">The known error when there is one.</param>
    /// <returns><see langword="true"/> when there is one.</returns>
    public bool TryGet(ProblemId problem, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out KnownError? knownError)
        => _byProblem.TryGetValue(problem, out knownError);

    /// <summary>Finds the known errors that affect a configuration item.</summary>
    /// <param name="item">The configuration item.</param>
    /// <returns>The known errors, sorted by problem id; empty when there are none.</returns>
    public IReadOnlyList<KnownError> FindByConfigurationItem(ConfigurationItemId item) => Lookup(_byItem, item);

    /// <summary>Finds the known errors that affect a service.</summary>
    /// <param name="service">The service.</param>
    /// <returns>The known errors, sorted by problem id; empty when there are none.</returns>
    public IReadOnlyList<KnownError> FindByService(ServiceId service) => Lookup(_byService, service);

    private static ImmutableDictionary<TKey, ImmutableSortedSet<ProblemId>> Add<TKey>(ImmutableDictionary<TKey, ImmutableSortedSet<ProblemId>> index, TKey key, ProblemId problem)
        where TKey : notnull
        => index.SetItem(key, (index.TryGetValue(key, out var set) ? set : ImmutableSortedSet.Create(ById)).Add(problem));

    private static ImmutableDictionary<TKey, ImmutableSortedSet<ProblemId>> Remove<TKey>(ImmutableDictionary<TKey, ImmutableSortedSet<ProblemId>> index, TKey key, ProblemId problem)
        where TKey : notnull
    {
        var set = index[key].Remove(problem);
        return set.IsEmpty ? index.Remove(key) : index.SetItem(key, set);
    }

    private KnownError[] Lookup<TKey>(ImmutableDictionary<TKey, ImmutableSortedSet<ProblemId>> index, TKey key)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var set))
        {
            return [];
        }

        var result = new KnownError[set.Count];
        var i = 0;
        foreach (var problem in set)
        {
            result[i++] = _byProblem[problem];
        }

        return result;
    }
}
