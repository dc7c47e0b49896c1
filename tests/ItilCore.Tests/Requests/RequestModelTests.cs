using System.Collections.Generic;
using System.Linq;
using FsCheck.Fluent;
using ItilCore.Requests;
using ItilCore.Testing;
using Xunit;
using Cmd = ItilCore.Testing.RequestCommand;
using Properties = ItilCore.Tests.Support.Properties;
using S = ItilCore.Requests.ServiceRequestState;
using T = ItilCore.Requests.ServiceRequestTrigger;

namespace ItilCore.Tests.Requests;

/// <summary>
/// Model-based test: random scenarios run against the real request and against a plain model whose lifecycle is a
/// hand-written transition table, written independently of the Stateless definition. They must agree after every step.
/// </summary>
public sealed class RequestModelTests
{
    // The plain table: (state, trigger) → destination when the trigger is decisive; the model stays put otherwise.
    private static readonly Dictionary<(S, T), S> Table = new()
    {
        [(S.AwaitingApproval, T.Approve)] = S.Approved, // when the last step reaches its quorum
        [(S.AwaitingApproval, T.Reject)] = S.Rejected, // when the step's quorum becomes unreachable
        [(S.AwaitingApproval, T.Cancel)] = S.Canceled,
        [(S.AwaitingApproval, T.AddComment)] = S.AwaitingApproval,
        [(S.Approved, T.StartFulfilment)] = S.Fulfilling,
        [(S.Approved, T.Cancel)] = S.Canceled,
        [(S.Approved, T.AddComment)] = S.Approved,
        [(S.Approved, T.PutOnHold)] = S.Approved, // a flag, not a state
        [(S.Approved, T.Resume)] = S.Approved,
        [(S.Fulfilling, T.PutOnHold)] = S.Fulfilling,
        [(S.Fulfilling, T.Resume)] = S.Fulfilling,
        [(S.Fulfilling, T.CompleteTask)] = S.Fulfilled, // when the last open task is closed (completed, skipped or incomplete)
        [(S.Fulfilling, T.SkipTask)] = S.Fulfilled,
        [(S.Fulfilling, T.CloseTaskIncomplete)] = S.Fulfilled,
        [(S.Fulfilling, T.Cancel)] = S.Canceled,
        [(S.Fulfilling, T.AddComment)] = S.Fulfilling,
        [(S.Fulfilled, T.Close)] = S.Closed,
        [(S.Fulfilled, T.AddComment)] = S.Fulfilled,
    };

    [Fact]
    public void Request_AgreesWithPlainTransitionTableModel()
    {
        var catalog = RequestGenerators.SampleCatalog;
        Properties.Check(Prop.ForAll(RequestGenerators.Scenarios(catalog, 60), scenario =>
        {
            var run = RequestRun.Play(c => new RequestFulfilment(c, catalog), scenario);
            var item = catalog.GetItem(scenario.Submit.Item);
            var model = new Model { State = item.Approvals.Count == 0 ? S.Approved : S.AwaitingApproval };
            foreach (var step in run.Steps)
            {
                var accepted = Next(model, item, scenario.Submit.Requester, step.Command);
                var actual = step.After;
                if (accepted != step.Result?.IsAccepted
                    || actual.State != model.State
                    || actual.ApprovalStepIndex != model.Step
                    || !actual.CompletedTasks.SequenceEqual(model.Done)
                    || actual.StandardChangeRequested != model.ChangeRequested
                    || actual.HoldReason != model.Hold
                    || actual.Outcome != model.Outcome
                    || !actual.TaskResults.Select(x => x.Outcome).SequenceEqual(model.Outcomes))
                {
                    return false;
                }
            }

            return true;
        }));
    }

    private static bool? Next(Model m, RequestItem item, ActorId requester, Cmd command)
    {
        static bool Blank(string? s) => string.IsNullOrWhiteSpace(s);

        // A decision by "the current approver number n": the step's fixed approvers who may still decide (not the
        // requester or submitter, nor those who have decided on the step), picked as the kit does.
        if (command is Cmd.ApproveByCurrentApprover or Cmd.RejectByCurrentApprover)
        {
            var current = m.State == ServiceRequestState.AwaitingApproval
                ? item.Approvals[m.Step].Approvers.Where(a => a != requester && a.Value != "agent" && !m.Approvals.Contains(a) && !m.Refusals.Contains(a)).ToArray()
                : [];
            ActorId Pick(int p) => current.Length > 0 ? current[(int)((uint)p % (uint)current.Length)] : requester;
            command = command is Cmd.ApproveByCurrentApprover approve
                ? new Cmd.Approve(Pick(approve.Pick), approve.Note)
                : new Cmd.Reject(Pick(((Cmd.RejectByCurrentApprover)command).Pick), ((Cmd.RejectByCurrentApprover)command).Reason);
        }

        var trigger = command switch
        {
            Cmd.AdvanceTime => (T?)null,
            Cmd.Approve => T.Approve,
            Cmd.Reject => T.Reject,
            Cmd.StartFulfilment => T.StartFulfilment,
            Cmd.CompleteTask => T.CompleteTask,
            Cmd.SkipTask => T.SkipTask,
            Cmd.CloseTaskIncomplete => T.CloseTaskIncomplete,
            Cmd.Comment or Cmd.RequesterComment => T.AddComment,
            Cmd.PutOnHold => T.PutOnHold,
            Cmd.Resume => T.Resume,
            Cmd.Close => T.Close,
            Cmd.Cancel => T.Cancel,
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

        switch (command)
        {
            case Cmd.Approve or Cmd.Reject:
                var who = command is Cmd.Approve a ? a.Approver : ((Cmd.Reject)command).Approver;
                var step = item.Approvals[m.Step];
                if (who == requester || who.Value == "agent" || !step.Approvers.Contains(who) || m.Approvals.Contains(who) || m.Refusals.Contains(who)
                    || (command is Cmd.Reject r && Blank(r.Reason)))
                {
                    return false;
                }

                if (command is Cmd.Approve)
                {
                    m.Approvals.Add(who);
                    if (m.Approvals.Count < step.Quorum)
                    {
                        return true;
                    }

                    m.Step++;
                    m.Approvals.Clear();
                    m.Refusals.Clear();
                    if (m.Step < item.Approvals.Count)
                    {
                        return true;
                    }
                }
                else
                {
                    m.Refusals.Add(who);
                    // Only approvers who may vote count: the requester and the submitter never may.
                    if (step.Approvers.Count(a => a != requester && a.Value != "agent") - m.Refusals.Count >= step.Quorum)
                    {
                        return true;
                    }
                }

                break;
            case Cmd.StartFulfilment:
                if (m.Hold is not null)
                {
                    return false;
                }

                m.ChangeRequested = item.StandardChangeModel is not null;
                break;
            case Cmd.CompleteTask or Cmd.SkipTask or Cmd.CloseTaskIncomplete:
                var (task, outcome, reason) = command switch
                {
                    Cmd.SkipTask k => (k.Task, FulfilmentTaskOutcome.Skipped, k.Reason),
                    Cmd.CloseTaskIncomplete k => (k.Task, FulfilmentTaskOutcome.Incomplete, k.Reason),
                    _ => (((Cmd.CompleteTask)command).Task, FulfilmentTaskOutcome.Complete, "done"),
                };
                var index = item.Tasks.Select(x => x.Name).ToList().IndexOf(task);
                if (m.Hold is not null || index < 0 || m.Done.Contains(task) || Blank(reason)
                    || (item.TaskOrder == FulfilmentOrder.Sequential && item.Tasks.Take(index).Any(x => !m.Done.Contains(x.Name))))
                {
                    return false;
                }

                m.Done.Add(task);
                m.Outcomes.Add(outcome);
                if (m.Done.Count < item.Tasks.Count)
                {
                    return true;
                }

                // ServiceNow: Incomplete if any task is, Skipped if all are, else Complete.
                m.Outcome = m.Outcomes.Contains(FulfilmentTaskOutcome.Incomplete) ? RequestOutcome.Incomplete
                    : m.Outcomes.All(o => o == FulfilmentTaskOutcome.Skipped) ? RequestOutcome.Skipped
                    : RequestOutcome.Complete;
                break;
            case Cmd.PutOnHold h:
                if (m.Hold is not null || (h.Reason == RequestHoldReason.AwaitingRequester && Blank(h.Note)))
                {
                    return false;
                }

                m.Hold = h.Reason;
                break;
            case Cmd.Resume:
                if (m.Hold is null)
                {
                    return false;
                }

                m.Hold = null;
                break;
            case Cmd.RequesterComment rc:
                if (Blank(rc.Text))
                {
                    return false;
                }

                if (m.Hold == RequestHoldReason.AwaitingRequester)
                {
                    m.Hold = null;
                }

                break;
            case Cmd.Cancel z when !Blank(z.Reason):
                m.Hold = null;
                break;
            case Cmd.Comment x when Blank(x.Text):
            case Cmd.Cancel y when Blank(y.Reason):
                return false;
        }

        m.State = destination;
        return true;
    }

    private sealed class Model
    {
        public S State { get; set; }

        public int Step { get; set; }

        public List<ActorId> Approvals { get; } = [];

        public List<ActorId> Refusals { get; } = [];

        public List<string> Done { get; } = [];

        public bool ChangeRequested { get; set; }

        public RequestHoldReason? Hold { get; set; }

        public List<FulfilmentTaskOutcome> Outcomes { get; } = [];

        public RequestOutcome? Outcome { get; set; }
    }
}
