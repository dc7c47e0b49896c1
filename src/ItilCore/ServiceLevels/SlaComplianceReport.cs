using System;
using System.Collections.Generic;
using System.Linq;

namespace ItilCore.ServiceLevels;

/// <summary>
/// SLA compliance over many tickets: met and breached per agreement, service, priority and metric. Agreements are never
/// mixed: a customer SLA met in 6 h is not averaged with the 4-hour OLA behind it that the same ticket breached. A breach
/// once reached is never erased: a cycle cancelled after its target passed (a priority lowered under one agreement per
/// priority, an incident canceled late) counts as breached, as ServiceNow keeps "has breached" on a cancelled task SLA.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SlaComplianceReport
{
    private SlaComplianceReport(IReadOnlyList<SlaComplianceRow> rows) => Rows = rows;

    /// <summary>Gets the rows, ordered by service, agreement, priority and metric.</summary>
    public IReadOnlyList<SlaComplianceRow> Rows { get; }

    /// <summary>Gets all met cycles.</summary>
    public int Met => Rows.Sum(r => r.Met);

    /// <summary>Gets all breached cycles.</summary>
    public int Breached => Rows.Sum(r => r.Breached);

    /// <summary>Builds the report from SLA statuses (typically <see cref="ServiceLevelManagement.Evaluate(IReadOnlyList{SlaTicket}, NodaTime.Instant)"/> of many tickets).</summary>
    /// <param name="statuses">The statuses.</param>
    /// <returns>The report.</returns>
    public static SlaComplianceReport Create(IEnumerable<SlaStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var rows = statuses
            .GroupBy(s => (s.Agreement, s.Kind, s.Service, s.Priority, s.Metric))
            .Select(g => new SlaComplianceRow(
                g.Key.Agreement,
                g.Key.Kind,
                g.Key.Service,
                g.Key.Priority,
                g.Key.Metric,
                g.Count(s => s.Stage == SlaStage.Completed && !s.Breached && !s.EndedByReset),
                g.Count(s => s.Breached),
                g.Count(s => s.Stage is SlaStage.InProgress or SlaStage.Paused && !s.Breached),
                g.Count(s => s.Stage == SlaStage.Cancelled && !s.Breached),
                g.Count(s => s.Stage == SlaStage.Completed && !s.Breached && s.EndedByReset)))
            .OrderBy(r => r.Service.Value, StringComparer.Ordinal)
            .ThenBy(r => r.Agreement.Value, StringComparer.Ordinal)
            .ThenBy(r => r.Priority.Level)
            .ThenBy(r => r.Metric)
            .ToArray();
        return new SlaComplianceReport(rows);
    }
}
