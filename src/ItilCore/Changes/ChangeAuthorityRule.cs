namespace ItilCore.Changes;

/// <summary>One line of a <see cref="ChangeAuthorityPolicy"/>: changes of this type (and risk) go to this authority.</summary>
/// <param name="Type">The change type: <see cref="ChangeType.Normal"/> or <see cref="ChangeType.Emergency"/> (standard changes are pre-authorized).</param>
/// <param name="Risk">The risk level the rule applies to, or <see langword="null"/> for every risk level no other rule of the type names.</param>
/// <param name="Authority">The name of the authority, one of the policy's authorities.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ChangeAuthorityRule(ChangeType Type, Risk? Risk, string Authority);
