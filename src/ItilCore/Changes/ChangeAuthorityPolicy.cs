using System;
using System.Collections.Generic;
using System.Linq;

namespace ItilCore.Changes;

/// <summary>
/// Assigns the right change authority to a change by its type and risk: for example peer review for low-risk normal
/// changes, the change manager for moderate risk, the CAB for high risk, and the ECAB for every emergency change.
/// Standard changes need no authority: they are pre-authorized by their change model.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. <see cref="Create"/> checks that every authority is well formed (name, kind, members,
/// quorum) and that every risk level of the risk matrix gets exactly one authority for normal changes, and that
/// emergency changes get one authority whatever their risk.
/// </remarks>
public sealed class ChangeAuthorityPolicy
{
    private readonly ChangeAuthority[] _normal;
    private readonly ChangeAuthority _emergency;

    private ChangeAuthorityPolicy(ChangeAuthorityPolicyDefinition definition, ChangeAuthority[] normal, ChangeAuthority emergency)
    {
        Definition = definition;
        _normal = normal;
        _emergency = emergency;
    }

    /// <summary>Gets the definition the policy was built from (its JSON form).</summary>
    public ChangeAuthorityPolicyDefinition Definition { get; }

    /// <summary>Gets the number of risk levels the policy covers (the risk matrix's priority scale).</summary>
    public int RiskLevels => _normal.Length;

    /// <summary>Gets the authorities.</summary>
    public IReadOnlyList<ChangeAuthority> Authorities => Definition.Authorities;

    /// <summary>Builds a policy, checking everything against the risk matrix and reporting every problem at once.</summary>
    /// <param name="definition">The authorities and rules.</param>
    /// <param name="riskMatrix">The risk matrix whose risk levels (its priority scale) normal changes are assessed on.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidDefinitionException">The definition is invalid; the exception lists every problem with its JSON path.</exception>
    public static ChangeAuthorityPolicy Create(ChangeAuthorityPolicyDefinition definition, PriorityMatrix riskMatrix)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(riskMatrix);
        var problems = new List<ValidationProblem>();
        var authorities = DefinitionChecks.List(definition.Authorities, "$.authorities", problems);
        var rules = DefinitionChecks.List(definition.Rules, "$.rules", problems);
        var byName = new Dictionary<string, ChangeAuthority>(StringComparer.Ordinal);
        var frozen = new List<ChangeAuthority>(authorities.Count);
        for (var i = 0; i < authorities.Count; i++)
        {
            var path = $"$.authorities[{i}]";
            var a = authorities[i];
            if (a is null)
            {
                problems.Add(new(path, "the authority is missing"));
                continue;
            }

            var members = a.Members ?? [];
            var copy = a with { Members = Sequence.Freeze(members) };
            frozen.Add(copy);
            if (string.IsNullOrWhiteSpace(a.Name))
            {
                problems.Add(new(path + ".name", "the name is empty"));
            }
            else if (!byName.TryAdd(a.Name, copy))
            {
                problems.Add(new(path + ".name", $"another authority is already named '{a.Name}'"));
            }

            DefinitionChecks.Defined(a.Kind, path + ".kind", problems);
            if (members.Count == 0)
            {
                problems.Add(new(path + ".members", "an authority needs at least one member"));
            }

            for (var m = 0; m < members.Count; m++)
            {
                if (members[m].Value is null)
                {
                    problems.Add(new($"{path}.members[{m}]", "the member is missing"));
                }
                else if (members.Take(m).Contains(members[m]))
                {
                    problems.Add(new($"{path}.members[{m}]", $"{members[m]} is listed twice"));
                }
            }

            if (a.Quorum < 1 || a.Quorum > members.Count)
            {
                problems.Add(new(path + ".quorum", $"the quorum is {a.Quorum}; it must be between 1 and the number of members ({members.Count})"));
            }
        }

        var normal = new ChangeAuthority?[riskMatrix.PriorityLevels];
        ChangeAuthority? normalDefault = null;
        ChangeAuthority? emergency = null;
        for (var i = 0; i < rules.Count; i++)
        {
            var path = $"$.rules[{i}]";
            var rule = rules[i];
            if (rule is null)
            {
                problems.Add(new(path, "the rule is missing"));
                continue;
            }

            if (rule.Authority is null || !byName.TryGetValue(rule.Authority, out var authority))
            {
                problems.Add(new(path + ".authority", $"'{rule.Authority}' is not one of the authorities"));
                authority = null;
            }

            switch (rule.Type)
            {
                case ChangeType.Standard:
                    problems.Add(new(path + ".type", "standard changes are pre-authorized by their change model; they take no authority"));
                    break;
                case ChangeType.Emergency when rule.Risk is not null:
                    problems.Add(new(path + ".risk", "emergency changes have one authority whatever their assessed risk; the rule takes no risk"));
                    break;
                case ChangeType.Emergency when emergency is not null:
                    problems.Add(new(path, "emergency changes already have an authority"));
                    break;
                case ChangeType.Emergency:
                    emergency = authority;
                    break;
                case ChangeType.Normal when rule.Risk?.OffScale(riskMatrix) is { } offScale:
                    problems.Add(new(path + ".risk", offScale));
                    break;
                case ChangeType.Normal when rule.Risk is { } risk && normal[risk.Level - 1] is not null:
                    problems.Add(new(path + ".risk", $"normal changes of risk {risk.Level} already have an authority"));
                    break;
                case ChangeType.Normal when rule.Risk is { } risk:
                    normal[risk.Level - 1] = authority;
                    break;
                case ChangeType.Normal when normalDefault is not null:
                    problems.Add(new(path, "normal changes already have a default authority"));
                    break;
                case ChangeType.Normal:
                    normalDefault = authority;
                    break;
                default:
                    problems.Add(new(path + ".type", $"{rule.Type} is not a change type"));
                    break;
            }
        }

        // A broken rule may be the one meant to cover a level, so coverage is reported only when every rule is sound.
        var rulesSound = !problems.Any(p => p.Path.StartsWith("$.rules", StringComparison.Ordinal));
        for (var level = 1; level <= normal.Length; level++)
        {
            if (normal[level - 1] is null && normalDefault is null && rulesSound)
            {
                problems.Add(new("$.rules", $"no rule gives normal changes of risk {level} an authority"));
            }
        }

        if (emergency is null && rulesSound)
        {
            problems.Add(new("$.rules", "no rule gives emergency changes an authority"));
        }

        if (problems.Count > 0)
        {
            throw new InvalidDefinitionException("change authority policy", problems);
        }

        var frozenDefinition = new ChangeAuthorityPolicyDefinition(frozen.AsReadOnly(), Sequence.Freeze(rules));
        return new ChangeAuthorityPolicy(frozenDefinition, normal.Select(a => a ?? normalDefault!).ToArray(), emergency!);
    }

    /// <summary>Gives the authority that must authorize a change.</summary>
    /// <param name="type">The change type.</param>
    /// <param name="risk">The assessed risk; required for normal changes, ignored for emergency changes (one authority whatever their risk) and standard ones.</param>
    /// <returns>The authority; <see langword="null"/> for a standard change (pre-authorized).</returns>
    /// <exception cref="ArgumentException">A normal change has no risk, or its risk is off the matrix.</exception>
    public ChangeAuthority? AuthorityFor(ChangeType type, Risk? risk)
        => Preconditions.Defined(type, nameof(type)) switch
        {
            ChangeType.Standard => null,
            ChangeType.Emergency => _emergency,
            _ => risk is { } r && r.Level <= _normal.Length
                ? _normal[r.Level - 1]
                : throw new ArgumentException($"A normal change needs a risk on the matrix's scale 1 to {_normal.Length}; it is {risk?.ToString() ?? "not assessed"}.", nameof(risk)),
        };
}
