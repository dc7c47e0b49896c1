using System.Collections.Generic;
using System.Linq;
using ItilCore.Configuration;
using ItilCore.Incidents;
using ItilCore.Problems;
using ItilCore.Testing;
using Xunit;
using Cmd = ItilCore.Testing.ProblemCommand;
using Properties = ItilCore.Tests.Support.Properties;
using S = ItilCore.Problems.ProblemState;
using T = ItilCore.Problems.ProblemTrigger;

namespace ItilCore.Tests.Lifecycles;

/// <summary>
/// Model-based test: random scenarios run against the real problem and against a plain model whose lifecycle is a
/// hand-written transition table, written independently of the Stateless definition. They must agree after every step.
/// </summary>
public sealed class ProblemModelTests
{
    private static readonly T[] OpenRecords = [T.Reprioritize, T.LinkIncident, T.AbsorbDuplicate];
    private static readonly S[] Worked = [S.Assess, S.RootCauseAnalysis, S.FixInProgress];
    private static readonly T[] ControlRecords = [T.RecordRootCause, T.DocumentWorkaround, T.CommunicateWorkaround, T.RecordKnownError];

    // The plain table: (state, trigger) → destination. Conditions are checked in Next.
    private static readonly Dictionary<(S, T), S> Table = BuildTable();

    private static Dictionary<(S, T), S> BuildTable()
    {
        var table = new Dictionary<(S, T), S>();
        foreach (var s in new[] { S.New, S.Assess, S.RootCauseAnalysis, S.FixInProgress })
        {
            foreach (var t in OpenRecords)
            {
                table[(s, t)] = s;
            }

            table[(s, T.Cancel)] = S.Canceled;
            table[(s, T.MarkDuplicate)] = S.Duplicate;
        }

        foreach (var s in Worked)
        {
            table[(s, T.Reassign)] = s;
        }

        table[(S.New, T.Assess)] = S.Assess;
        table[(S.Assess, T.StartRootCauseAnalysis)] = S.RootCauseAnalysis;
        table[(S.Assess, T.DocumentWorkaround)] = S.Assess;
        table[(S.Assess, T.CommunicateWorkaround)] = S.Assess;
        table[(S.Assess, T.AcceptRisk)] = S.Closed;
        foreach (var s in new[] { S.RootCauseAnalysis, S.FixInProgress })
        {
            foreach (var t in ControlRecords)
            {
                table[(s, t)] = s;
            }

            table[(s, T.AcceptRisk)] = S.Closed;
            table[(s, T.RequestChange)] = S.FixInProgress;
        }

        table[(S.RootCauseAnalysis, T.StartFix)] = S.FixInProgress;
        table[(S.FixInProgress, T.RecordPermanentSolution)] = S.FixInProgress;
        table[(S.FixInProgress, T.Resolve)] = S.Resolved;
        table[(S.FixInProgress, T.Reanalyze)] = S.RootCauseAnalysis;
        table[(S.Resolved, T.Close)] = S.Closed;
        table[(S.Resolved, T.Reanalyze)] = S.RootCauseAnalysis;
        table[(S.Closed, T.Reanalyze)] = S.RootCauseAnalysis;
        return table;
    }

    [Fact]
    public void Table_MatchesTheDefinition()
        => Assert.Equal(
            Table.OrderBy(p => p.Key).Select(p => (p.Key.Item1, p.Key.Item2, p.Value)),
            ProblemLifecycle.Definition.Transitions.Select(t => (t.Source, t.Trigger, t.Destination)).OrderBy(x => (x.Source, x.Trigger)));

    [Fact]
    public void Problem_AgreesWithPlainTransitionTableModel()
    {
        var matrix = PriorityMatrix.ServiceNowDefault;
        Properties.Check(FsCheck.Fluent.Prop.ForAll(ProblemGenerators.Scenarios(matrix, 60), scenario =>
        {
            var run = ProblemRun.Play(c => new ProblemManagement(c), scenario);
            var model = new Model(scenario.Log.Impact, scenario.Log.Probability, scenario.Log.Evidence) { Item = scenario.Log.ConfigurationItem };
            foreach (var step in run.Steps)
            {
                var accepted = Next(model, step.Command, matrix);
                var actual = step.After;
                var agrees = accepted == step.Result?.IsAccepted
                    && actual.State == model.State
                    && actual.RootCause == model.RootCause
                    && actual.Workaround == model.Workaround
                    && (actual.KnownError is not null) == model.HasKnownError
                    && actual.PermanentSolution == model.Solution
                    && actual.LinkedIncidents.SequenceEqual(model.Linked)
                    && actual.ChangeRequests.SequenceEqual(model.Changes)
                    && actual.ReanalysisCount == model.Reanalyses
                    && actual.AssignmentGroup == model.Group
                    && actual.Assignee == model.Owner
                    && actual.Priority == matrix.Calculate(model.Impact, new Urgency(model.Probability.Level));
                if (!agrees)
                {
                    return false;
                }
            }

            return true;
        }));
    }

    private static bool? Next(Model m, Cmd command, PriorityMatrix matrix)
    {
        var trigger = command switch
        {
            Cmd.AdvanceTime => (T?)null,
            Cmd.Assess => T.Assess,
            Cmd.Reassign => T.Reassign,
            Cmd.StartRootCauseAnalysis => T.StartRootCauseAnalysis,
            Cmd.Reprioritize => T.Reprioritize,
            Cmd.LinkIncident => T.LinkIncident,
            Cmd.RecordRootCause => T.RecordRootCause,
            Cmd.DocumentWorkaround => T.DocumentWorkaround,
            Cmd.CommunicateWorkaround => T.CommunicateWorkaround,
            Cmd.RecordKnownError => T.RecordKnownError,
            Cmd.StartFix => T.StartFix,
            Cmd.RequestChange => T.RequestChange,
            Cmd.RecordPermanentSolution => T.RecordPermanentSolution,
            Cmd.Resolve => T.Resolve,
            Cmd.Close => T.Close,
            Cmd.AcceptRisk => T.AcceptRisk,
            Cmd.Cancel => T.Cancel,
            Cmd.Reanalyze => T.Reanalyze,
            Cmd.MergeIntoMaster => T.MarkDuplicate,
            Cmd.AbsorbDuplicate => T.AbsorbDuplicate,
            _ => throw new System.InvalidOperationException(command.ToString()),
        };
        if (trigger is not { } t)
        {
            return null;
        }

        if (!Table.TryGetValue((m.State, t), out var destination))
        {
            return false;
        }

        static bool Blank(string? s) => string.IsNullOrWhiteSpace(s);
        switch (command)
        {
            case Cmd.Assess a:
                (m.Group, m.Owner) = (a.Group, a.Assignee);
                break;
            case Cmd.Reassign r:
                if ((r.Group, r.Assignee) == (m.Group, m.Owner) || Blank(r.Reason))
                {
                    return false;
                }

                (m.Group, m.Owner) = (r.Group, r.Assignee);
                break;
            case Cmd.Reprioritize r:
                if (!matrix.Contains(r.Impact) || r.Probability.Level > matrix.UrgencyLevels || (r.Impact == m.Impact && r.Probability == m.Probability))
                {
                    return false;
                }

                (m.Impact, m.Probability) = (r.Impact, r.Probability);
                break;
            case Cmd.LinkIncident l:
                if (m.Linked.Contains(l.Incident))
                {
                    return false;
                }

                m.Linked.Add(l.Incident);
                break;
            case Cmd.RecordRootCause r:
                if (Blank(r.Text) || r.Text.Trim() == m.RootCause)
                {
                    return false;
                }

                m.RootCause = r.Text.Trim();
                m.KnownError = m.KnownError is { } ke ? ke with { Item3 = m.RootCause } : null;
                break;
            case Cmd.DocumentWorkaround w:
                if (Blank(w.Text) || w.Text.Trim() == m.Workaround)
                {
                    return false;
                }

                m.Workaround = w.Text.Trim();
                m.KnownError = m.KnownError is { } kw ? kw with { Item4 = m.Workaround } : null;
                break;
            case Cmd.CommunicateWorkaround:
                if (m.Workaround is null || m.Linked.Count == 0)
                {
                    return false;
                }

                break;
            case Cmd.RecordKnownError k:
                // A repeat with the same symptom and items is a no-change rejection; the model tracks only presence.
                if (m.RootCause is null || Blank(k.Symptom))
                {
                    return false;
                }

                var items = string.Join(",", k.Items?.Distinct() ?? (m.Item is { } item ? [item] : []));
                if (m.KnownError == (k.Symptom.Trim(), items, m.RootCause, m.Workaround))
                {
                    return false;
                }

                m.KnownError = (k.Symptom.Trim(), items, m.RootCause, m.Workaround);
                break;
            case Cmd.StartFix:
                if (m.RootCause is null)
                {
                    return false;
                }

                break;
            case Cmd.RequestChange c:
                if (!m.HasKnownError || m.Changes.Contains(c.Change))
                {
                    return false;
                }

                m.Changes.Add(c.Change);
                break;
            case Cmd.RecordPermanentSolution s:
                if (Blank(s.Text) || s.Text.Trim() == m.Solution)
                {
                    return false;
                }

                m.Solution = s.Text.Trim();
                break;
            case Cmd.Resolve r when Blank(r.Notes) || m.Solution is null:
            case Cmd.Close c when Blank(c.Verification):
            case Cmd.AcceptRisk a when Blank(a.Reason):
            case Cmd.Cancel x when Blank(x.Reason):
            case Cmd.Reanalyze y when Blank(y.Reason):
                return false;
            case Cmd.Reanalyze:
                m.Reanalyses++;
                break;
            case Cmd.MergeIntoMaster:
                m.Linked.Clear();
                break;
            case Cmd.AbsorbDuplicate d:
                m.Linked.AddRange(d.DuplicateIncidents.Where(i => !m.Linked.Contains(i)));
                break;
        }

        m.State = destination;
        return true;
    }

    private sealed class Model(Impact impact, Probability probability, IEnumerable<IncidentId> evidence)
    {
        public S State { get; set; } = S.New;

        public Impact Impact { get; set; } = impact;

        public Probability Probability { get; set; } = probability;

        public List<IncidentId> Linked { get; } = evidence.Distinct().ToList();

        public AssignmentGroupId? Group { get; set; }

        public ActorId? Owner { get; set; }

        public string? RootCause { get; set; }

        public string? Workaround { get; set; }

        public ConfigurationItemId? Item { get; init; }

        public (string, string, string?, string?)? KnownError { get; set; }

        public bool HasKnownError => KnownError is not null;

        public string? Solution { get; set; }

        public List<ChangeId> Changes { get; } = [];

        public int Reanalyses { get; set; }
    }
}
