using System.Collections.Generic;
using FsCheck.Fluent;
using ItilCore.Incidents;
using ItilCore.Testing;
using NodaTime;
using Xunit;
using Cmd = ItilCore.Testing.IncidentCommand;
using Properties = ItilCore.Tests.Support.Properties;
using S = ItilCore.Incidents.IncidentState;
using T = ItilCore.Incidents.IncidentTrigger;

namespace ItilCore.Tests.Lifecycles;

/// <summary>
/// Model-based test: random scenarios run against the real incident and against a plain model whose lifecycle is a
/// hand-written transition table, written independently of the Stateless definition. They must agree after every step.
/// </summary>
public sealed class IncidentModelTests
{
    // The plain table: (state, trigger) → destination, and the one guarded case noted beside it.
    private static readonly Dictionary<(S, T), S> Table = new()
    {
        [(S.New, T.Assign)] = S.InProgress,
        [(S.New, T.Cancel)] = S.Canceled,
        [(S.New, T.CallerUpdate)] = S.New,
        [(S.New, T.AddWorkNote)] = S.New,
        [(S.New, T.Escalate)] = S.New,
        [(S.New, T.DemoteMajorIncident)] = S.New,
        [(S.New, T.Reclassify)] = S.New,
        [(S.New, T.OverridePriority)] = S.New,
        [(S.InProgress, T.Assign)] = S.InProgress,
        [(S.InProgress, T.Reassign)] = S.InProgress,
        [(S.InProgress, T.PutOnHold)] = S.OnHold,
        [(S.InProgress, T.Resolve)] = S.Resolved,
        [(S.InProgress, T.Cancel)] = S.Canceled,
        [(S.InProgress, T.CallerUpdate)] = S.InProgress,
        [(S.InProgress, T.AddWorkNote)] = S.InProgress,
        [(S.InProgress, T.Escalate)] = S.InProgress,
        [(S.InProgress, T.DemoteMajorIncident)] = S.InProgress,
        [(S.InProgress, T.Reclassify)] = S.InProgress,
        [(S.InProgress, T.OverridePriority)] = S.InProgress,
        [(S.OnHold, T.Resume)] = S.InProgress,
        [(S.OnHold, T.CallerUpdate)] = S.InProgress, // only when awaiting the caller; otherwise stays On Hold
        [(S.OnHold, T.Assign)] = S.OnHold,
        [(S.OnHold, T.Reassign)] = S.OnHold,
        [(S.OnHold, T.Resolve)] = S.Resolved,
        [(S.OnHold, T.Cancel)] = S.Canceled,
        [(S.OnHold, T.AddWorkNote)] = S.OnHold,
        [(S.OnHold, T.Escalate)] = S.OnHold,
        [(S.OnHold, T.DemoteMajorIncident)] = S.OnHold,
        [(S.OnHold, T.Reclassify)] = S.OnHold,
        [(S.OnHold, T.OverridePriority)] = S.OnHold,
        [(S.Resolved, T.Reopen)] = S.InProgress,
        [(S.Resolved, T.Close)] = S.Closed,
        [(S.Resolved, T.CallerUpdate)] = S.Resolved,
        [(S.Resolved, T.AddWorkNote)] = S.Resolved,
    };

    // Problem and change links are recorded, without moving, on every open or resolved incident.
    private static readonly S[] Linkable = [S.New, S.InProgress, S.OnHold, S.Resolved];

    [Fact]
    public void Incident_AgreesWithPlainTransitionTableModel()
    {
        var autoClose = Duration.FromDays(7);
        var matrix = PriorityMatrix.ServiceNowDefault;
        Properties.Check(FsCheck.Fluent.Prop.ForAll(IncidentGenerators.Scenarios(matrix, 60), scenario =>
        {
            var run = IncidentRun.Play(c => new IncidentManagement(c), scenario);
            var model = new Model(scenario.Log.Impact, scenario.Log.Urgency);
            var now = IncidentRun.Start;
            foreach (var step in run.Steps)
            {
                bool? accepted = Next(model, step.Command, ref now, matrix, autoClose);
                var actual = step.After;
                var agrees = accepted == step.Result?.IsAccepted
                    && actual.State == model.State
                    && actual.AssignmentGroup == model.Group
                    && actual.Assignee == model.Assignee
                    && actual.HoldReason == model.Hold
                    && actual.ReopenCount == model.Reopens
                    && actual.ReassignmentCount == model.Reassignments
                    && actual.IsMajorIncident == model.Major
                    && actual.Problem == model.Problem
                    && actual.Change == model.Change
                    && actual.Priority() == (model.Override ?? matrix.Calculate(model.Impact, model.Urgency));
                if (!agrees)
                {
                    return false;
                }
            }

            return true;
        }));
    }

    private static bool? Next(Model m, Cmd command, ref Instant now, PriorityMatrix matrix, Duration autoClose)
    {
        if (command is Cmd.AdvanceTime advance)
        {
            now += advance.Duration;
            return null;
        }

        var trigger = command switch
        {
            Cmd.Assign => T.Assign,
            Cmd.Reassign => T.Reassign,
            Cmd.PutOnHold => T.PutOnHold,
            Cmd.Resume => T.Resume,
            Cmd.CallerUpdate => T.CallerUpdate,
            Cmd.WorkNote => T.AddWorkNote,
            Cmd.Escalate => T.Escalate,
            Cmd.DemoteMajorIncident => T.DemoteMajorIncident,
            Cmd.Reclassify => T.Reclassify,
            Cmd.OverridePriority => T.OverridePriority,
            Cmd.Resolve => T.Resolve,
            Cmd.Reopen => T.Reopen,
            Cmd.Close or Cmd.CloseIfDue => T.Close,
            Cmd.Cancel => T.Cancel,
            Cmd.LinkToProblem => T.LinkToProblem,
            Cmd.LinkToChange => T.LinkToChange,
            _ => throw new System.InvalidOperationException(command.ToString()),
        };
        if (trigger is T.LinkToProblem or T.LinkToChange)
        {
            if (!System.Array.Exists(Linkable, state => state == m.State))
            {
                return false;
            }

            if (command is Cmd.LinkToProblem lp)
            {
                if (m.Problem == lp.Problem)
                {
                    return false;
                }

                m.Problem = lp.Problem;
            }
            else if (command is Cmd.LinkToChange lc)
            {
                if (m.Change == lc.Change)
                {
                    return false;
                }

                m.Change = lc.Change;
            }

            return true;
        }

        if (!Table.TryGetValue((m.State, trigger), out var destination))
        {
            return false;
        }

        if (m.State == S.OnHold && trigger == T.CallerUpdate && m.Hold != HoldReason.AwaitingCaller)
        {
            destination = S.OnHold;
        }

        static bool Blank(string? s) => string.IsNullOrWhiteSpace(s);
        switch (command)
        {
            case Cmd.Assign a:
                if ((m.Group is { } g && g != a.Group) || (m.Group == a.Group && m.Assignee == a.Assignee))
                {
                    return false;
                }

                m.Group = a.Group;
                m.Assignee = a.Assignee;
                break;
            case Cmd.Reassign r:
                if (m.Group == r.Group || Blank(r.Reason))
                {
                    return false;
                }

                m.Group = r.Group;
                m.Assignee = null;
                m.Reassignments++;
                break;
            case Cmd.PutOnHold h:
                if ((h.Reason == HoldReason.AwaitingCaller && Blank(h.Comment))
                    || (h.Problem is not null && h.Reason != HoldReason.AwaitingProblem)
                    || (h.Change is not null && h.Reason != HoldReason.AwaitingChange))
                {
                    return false;
                }

                m.Hold = h.Reason;
                m.Problem = h.Problem ?? m.Problem;
                m.Change = h.Change ?? m.Change;
                break;
            case Cmd.CallerUpdate u when Blank(u.Text):
            case Cmd.WorkNote w when Blank(w.Text):
            case Cmd.Escalate e when Blank(e.Reason):
            case Cmd.Resolve s when Blank(s.Notes):
            case Cmd.Resolve p when p.Code == ResolutionCode.ResolvedByParent: // the scenarios link no parent
            case Cmd.Reopen o when Blank(o.Reason):
            case Cmd.Cancel c when Blank(c.Reason):
                return false;
            case Cmd.Escalate e:
                m.Major |= e.Major;
                break;
            case Cmd.DemoteMajorIncident d:
                if (!m.Major || Blank(d.Reason))
                {
                    return false;
                }

                m.Major = false;
                break;
            case Cmd.Reclassify r:
                if (!matrix.Contains(r.Impact) || !matrix.Contains(r.Urgency)
                    || (r.Impact == m.Impact && r.Urgency == m.Urgency && (r.Category ?? m.Category) == m.Category))
                {
                    return false;
                }

                m.Impact = r.Impact;
                m.Urgency = r.Urgency;
                m.Category = r.Category ?? m.Category;
                break;
            case Cmd.OverridePriority p:
                if ((p.Priority is { } pr && !matrix.Contains(pr)) || p.Priority == m.Override || Blank(p.Reason))
                {
                    return false;
                }

                m.Override = p.Priority;
                break;
            case Cmd.Resolve:
                m.ResolvedAt = now;
                break;
            case Cmd.Reopen:
                m.Reopens++;
                break;
            case Cmd.CloseIfDue when now < m.ResolvedAt + autoClose:
                return false;
        }

        m.State = destination;
        if (destination != S.OnHold)
        {
            m.Hold = null;
        }

        return true;
    }

    private sealed class Model(Impact impact, Urgency urgency)
    {
        public S State { get; set; } = S.New;

        public AssignmentGroupId? Group { get; set; }

        public ActorId? Assignee { get; set; }

        public HoldReason? Hold { get; set; }

        public int Reopens { get; set; }

        public int Reassignments { get; set; }

        public bool Major { get; set; }

        public Priority? Override { get; set; }

        public Impact Impact { get; set; } = impact;

        public Urgency Urgency { get; set; } = urgency;

        public string? Category { get; set; }

        public Instant? ResolvedAt { get; set; }

        public ProblemId? Problem { get; set; }

        public ChangeId? Change { get; set; }
    }
}

internal static class SnapshotExtensions
{
    public static Priority Priority(this IncidentSnapshot s) => s.PriorityOverride ?? s.CalculatedPriority;
}
