using System.Collections.Generic;

namespace ItilCore.Changes;

/// <summary>The JSON form of a <see cref="ChangeAuthorityPolicy"/>: the authorities and the rules that pick one per change type and risk.</summary>
/// <param name="Authorities">The change authorities.</param>
/// <param name="Rules">The rules.</param>
/// <remarks>Immutable and thread-safe once built into a policy, which copies the lists.</remarks>
public sealed record ChangeAuthorityPolicyDefinition(IReadOnlyList<ChangeAuthority> Authorities, IReadOnlyList<ChangeAuthorityRule> Rules);
