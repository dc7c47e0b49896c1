using System.Collections.Generic;

namespace ItilCore.ServiceLevels;

/// <summary>The document form of a team's service levels: its agreements, in order, and how they attach.</summary>
/// <param name="Agreements">The agreements, in the order <see cref="AttachPolicy.FirstMatch"/> reads them.</param>
/// <remarks>Immutable and thread-safe once built.</remarks>
public sealed record ServiceLevelDocument(IReadOnlyList<ServiceLevelAgreementDefinition> Agreements)
{
    /// <summary>Gets how agreements attach when several apply.</summary>
    public AttachPolicy AttachPolicy { get; init; } = AttachPolicy.AllMatching;
}
