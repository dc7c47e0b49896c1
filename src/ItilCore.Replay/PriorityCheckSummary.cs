using System.Collections.Generic;

namespace ItilCore.Replay;

/// <summary>The log's priorities recomputed from impact and urgency with the configured matrix.</summary>
/// <param name="RowsChecked">Rows with impact, urgency and priority inside the matrix.</param>
/// <param name="RowsOutsideMatrix">Rows with a level the matrix does not have.</param>
/// <param name="Disagreements">Checked rows whose priority differs from the matrix.</param>
/// <param name="TicketsWithDisagreement">Tickets with at least one such row.</param>
/// <param name="ByCell">The disagreements by impact, urgency, logged and computed priority, most rows first.</param>
public sealed record PriorityCheckSummary(long RowsChecked, long RowsOutsideMatrix, long Disagreements, long TicketsWithDisagreement, IReadOnlyList<PriorityDisagreement> ByCell)
{
    /// <summary>Gets the share of checked rows that agree with the matrix, from 0 to 1.</summary>
    public double AgreementRate => RowsChecked == 0 ? 1 : (double)(RowsChecked - Disagreements) / RowsChecked;
}
