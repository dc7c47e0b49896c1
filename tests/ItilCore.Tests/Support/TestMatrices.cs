using System.Collections.Generic;
using System.Linq;

namespace ItilCore.Tests.Support;

/// <summary>Matrices the tests share.</summary>
internal static class TestMatrices
{
    /// <summary>Ten levels on every scale, the most a scale may have, every cell from the rounded-mean fallback.</summary>
    public static PriorityMatrix TenLevels() => PriorityMatrix.Create(new PriorityMatrixDefinition(
        10, 10, 10,
        Enumerable.Range(0, 10).Select(_ => (IReadOnlyList<int?>)new int?[10]).ToArray(),
        PriorityPolarity.MaxIsHighest,
        MissingCellPolicy.RoundedMean));
}
