using ItilCore.Catalog;

namespace ItilCore.ServiceLevels;

/// <summary>Met and breached cycles of one agreement for one service, priority and metric.</summary>
/// <param name="Agreement">The agreement (an SLA, an OLA or an underpinning contract: each is its own row).</param>
/// <param name="Kind">The agreement's kind.</param>
/// <param name="Service">The service.</param>
/// <param name="Priority">The priority.</param>
/// <param name="Metric">The metric.</param>
/// <param name="Met">Cycles that reached their stop condition within their target.</param>
/// <param name="Breached">Cycles past their target: completed, still running, or cancelled after the target passed.</param>
/// <param name="InProgress">Cycles still running or paused and not yet breached.</param>
/// <param name="Cancelled">Cycles cancelled within their target (not counted in compliance).</param>
/// <param name="Superseded">
/// Cycles a reset ended within their target, before their stop condition (not counted in compliance: they were not
/// measured to their end; a cycle a reset ended after its target passed counts as breached).
/// </param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SlaComplianceRow(SlaId Agreement, AgreementKind Kind, ServiceId Service, Priority Priority, SlaMetric Metric, int Met, int Breached, int InProgress, int Cancelled, int Superseded)
{
    /// <summary>Gets met ÷ (met + breached) in percent, or <see langword="null"/> when nothing has been decided yet.</summary>
    public double? CompliancePercent => Met + Breached == 0 ? null : 100.0 * Met / (Met + Breached);
}
