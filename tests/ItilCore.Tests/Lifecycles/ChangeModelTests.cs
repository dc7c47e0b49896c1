using System.Collections.Generic;
using System.Linq;
using FsCheck.Fluent;
using ItilCore.Changes;
using ItilCore.Testing;
using ItilCore.Tests.Changes;
using Xunit;
using Cmd = ItilCore.Testing.ChangeCommand;
using Properties = ItilCore.Tests.Support.Properties;
using S = ItilCore.Changes.ChangeState;
using T = ItilCore.Changes.ChangeTrigger;

namespace ItilCore.Tests.Lifecycles;

/// <summary>
/// Model-based test: random scenarios run against the real change, checked after every step against plain transition
/// tables written by hand from ServiceNow's state models, independently of the Stateless definitions: where the table
/// has no entry the command is refused as not permitted; an accepted command moves to one of the table's destinations;
/// while on hold only Cancel and ReleaseHold are accepted.
/// </summary>
public sealed class ChangeModelTests
{
    private static readonly Dictionary<ChangeType, Dictionary<(S, T), S[]>> Tables = new()
    {
        [ChangeType.Normal] = Build(
            [S.New, S.Assess, S.Authorize, S.Scheduled, S.Implement],
            new()
            {
                [(S.New, T.ChangeType)] = [S.New], [(S.New, T.AssessRisk)] = [S.New], [(S.New, T.Plan)] = [S.New], [(S.New, T.UpdatePlans)] = [S.New], [(S.New, T.AssignImplementer)] = [S.New],
                [(S.New, T.Submit)] = [S.Assess],
                [(S.Assess, T.AssessRisk)] = [S.Assess], [(S.Assess, T.Plan)] = [S.Assess], [(S.Assess, T.UpdatePlans)] = [S.Assess], [(S.Assess, T.AssignImplementer)] = [S.Assess],
                [(S.Assess, T.RequestAuthorization)] = [S.Authorize], [(S.Assess, T.RevertToNew)] = [S.New],
                [(S.Authorize, T.Approve)] = [S.Authorize, S.Scheduled], [(S.Authorize, T.Reject)] = [S.Authorize, S.New], [(S.Authorize, T.AssignImplementer)] = [S.Authorize],
                // A late authority must not strand the change: back to New to re-plan (ServiceNow's Authorize is where the CAB schedules it).
                [(S.Authorize, T.RevertToNew)] = [S.New],
            }),
        [ChangeType.Standard] = Build(
            [S.New, S.Scheduled, S.Implement],
            new()
            {
                [(S.New, T.ChangeType)] = [S.New], [(S.New, T.Plan)] = [S.New], [(S.New, T.AssignImplementer)] = [S.New], [(S.New, T.Submit)] = [S.Scheduled],
            }),
        [ChangeType.Emergency] = Build(
            [S.New, S.Authorize, S.Scheduled, S.Implement],
            new()
            {
                [(S.New, T.ChangeType)] = [S.New], [(S.New, T.Plan)] = [S.New], [(S.New, T.UpdatePlans)] = [S.New], [(S.New, T.AssignImplementer)] = [S.New], [(S.New, T.RequestAuthorization)] = [S.Authorize],
                [(S.Authorize, T.Approve)] = [S.Authorize, S.Scheduled], [(S.Authorize, T.Reject)] = [S.Authorize, S.New], [(S.Authorize, T.AssignImplementer)] = [S.Authorize],
                [(S.Authorize, T.RevertToNew)] = [S.New],
                // ServiceNow assesses the risk of emergency changes too (New, Authorize), for the ECAB to see.
                [(S.New, T.AssessRisk)] = [S.New], [(S.Authorize, T.AssessRisk)] = [S.Authorize],
            }),
    };

    [Fact]
    public void Change_AgreesWithPlainTransitionTables()
    {
        Properties.Check(Prop.ForAll(ChangeGenerators.Scenarios(ChangeFixture.Options, 80), scenario =>
        {
            var run = ChangeRun.Play(c => new ChangeManagement(c, ChangeFixture.Options), scenario);
            return run.Steps.Where(s => s.Result is not null).All(step =>
            {
                var trigger = TriggerOf(step.Command);
                var table = Tables[step.Before.Type];
                var accepted = step.Result!.Value.IsAccepted;
                if (!table.TryGetValue((step.Before.State, trigger), out var destinations))
                {
                    return !accepted && step.Result.Value.Rejection!.Code == ChangeRejectionCodes.NotPermitted;
                }

                if (step.Before.IsOnHold && trigger is not (T.Cancel or T.ReleaseHold))
                {
                    return !accepted;
                }

                return !accepted || destinations.Contains(step.After.State);
            });
        }));
    }

    // The parts every type shares: hold and cancel in every open state it uses, then Scheduled → Implement → Review → Closed.
    private static Dictionary<(S, T), S[]> Build(S[] open, Dictionary<(S, T), S[]> own)
    {
        foreach (var state in open)
        {
            own[(state, T.PutOnHold)] = [state];
            own[(state, T.ReleaseHold)] = [state];
            own[(state, T.Cancel)] = [S.Canceled];
        }

        own[(S.Scheduled, T.Plan)] = [S.Scheduled];
        own[(S.Scheduled, T.AssignImplementer)] = [S.Scheduled];
        own[(S.Scheduled, T.StartImplementation)] = [S.Implement];
        own[(S.Implement, T.CompleteImplementation)] = [S.Review];
        own[(S.Review, T.Close)] = [S.Closed];
        return own;
    }

    private static T TriggerOf(Cmd command) => command switch
    {
        Cmd.ChangeType => T.ChangeType,
        Cmd.AssessRisk => T.AssessRisk,
        Cmd.Plan => T.Plan,
        Cmd.UpdatePlans => T.UpdatePlans,
        Cmd.AssignImplementer => T.AssignImplementer,
        Cmd.Submit => T.Submit,
        Cmd.RequestAuthorization => T.RequestAuthorization,
        Cmd.Approve => T.Approve,
        Cmd.Reject => T.Reject,
        Cmd.RevertToNew => T.RevertToNew,
        Cmd.PutOnHold => T.PutOnHold,
        Cmd.ReleaseHold => T.ReleaseHold,
        Cmd.StartImplementation => T.StartImplementation,
        Cmd.CompleteImplementation => T.CompleteImplementation,
        Cmd.Close => T.Close,
        _ => T.Cancel,
    };
}
