using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using ItilCore.Changes;
using ItilCore.Serialization;
using NodaTime;

namespace ItilCore.Testing;

/// <summary>
/// The workflow laws every change management configuration must keep, as reusable FsCheck properties. Point them at
/// your own practice (risk matrix, authorities, standard change catalogue) and run them in your tests:
/// <code>
/// [Fact]
/// public void MyPractice_KeepsTheLaws() =&gt; Check.QuickThrowOnFailure(ChangeLaws.All(clock =&gt; new ChangeManagement(clock, myOptions)));
/// </code>
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class ChangeLaws
{
    /// <summary>A rejected command changes nothing: the change after equals the change before.</summary>
    /// <param name="practiceFactory">Builds the practice under test on a given clock.</param>
    /// <param name="maxSteps">The most steps per scenario.</param>
    /// <returns>The property.</returns>
    public static Property RejectedCommandLeavesStateUnchanged(Func<IClock, ChangeManagement> practiceFactory, int maxSteps = 60)
        => ForAllRuns(practiceFactory, maxSteps, run => run.Steps.Where(s => s.Result is { IsRejected: true }).All(s => s.After == s.Before));

    /// <summary>Rebuilding from the recorded events gives exactly the live change, also after a JSON round trip of the events.</summary>
    /// <param name="practiceFactory">Builds the practice under test on a given clock.</param>
    /// <param name="maxSteps">The most steps per scenario.</param>
    /// <returns>The property.</returns>
    public static Property RebuildEqualsLiveChange(Func<IClock, ChangeManagement> practiceFactory, int maxSteps = 60)
        => ForAllRuns(practiceFactory, maxSteps, run =>
        {
            var live = run.Change.ToSnapshot();
            var rebuilt = run.Practice.Rebuild(run.Events).ToSnapshot();
            var json = ItilJson.Serialize(run.Events.ToArray());
            var reread = ItilJson.Deserialize<DomainEvent[]>(json);
            return rebuilt == live && reread.SequenceEqual(run.Events) && run.Practice.Rebuild(reread).ToSnapshot() == live;
        });

    /// <summary>
    /// Segregation of duties always holds: a vote (approval or rejection) by the change's requester or implementer is
    /// always rejected, no recorded approval ever comes from the requester or the current implementer, and a member who
    /// approved the change never starts or completes its implementation.
    /// </summary>
    /// <param name="practiceFactory">Builds the practice under test on a given clock.</param>
    /// <param name="maxSteps">The most steps per scenario.</param>
    /// <returns>The property.</returns>
    public static Property SegregationOfDutiesHolds(Func<IClock, ChangeManagement> practiceFactory, int maxSteps = 60)
        => ForAllRuns(practiceFactory, maxSteps, run => run.Steps.All(s =>
        {
            var voter = s.Command switch
            {
                ChangeCommand.Approve a => a.By,
                ChangeCommand.Reject r => r.By,
                _ => (ActorId?)null,
            };
            var implementing = s.Command switch
            {
                ChangeCommand.StartImplementation x => x.By,
                ChangeCommand.CompleteImplementation x => x.By,
                _ => (ActorId?)null,
            };
            var conflicted = (voter is { } v && (v == s.Before.Requester || v == s.Before.Implementer))
                || (implementing is { } doer && s.Before.Approvals.Contains(doer));
            return (!conflicted || s.Result is { IsRejected: true })
                && !s.After.Approvals.Contains(s.After.Requester)
                && (s.After.Implementer is not { } i || !s.After.Approvals.Contains(i));
        }));

    /// <summary>Closed and Canceled are terminal: every later command is rejected and nothing changes.</summary>
    /// <param name="practiceFactory">Builds the practice under test on a given clock.</param>
    /// <param name="maxSteps">The most steps per scenario.</param>
    /// <returns>The property.</returns>
    public static Property FinalStatesAreTerminal(Func<IClock, ChangeManagement> practiceFactory, int maxSteps = 60)
        => ForAllRuns(practiceFactory, maxSteps, run => run.Steps
            .Where(s => s.Before.State is ChangeState.Closed or ChangeState.Canceled)
            .All(s => s.After == s.Before && (s.Result is null || s.Result.Value.IsRejected)));

    /// <summary>Authorization needs the quorum: a change reaches Scheduled from Authorize only with as many approvals as its authority's quorum.</summary>
    /// <param name="practiceFactory">Builds the practice under test on a given clock.</param>
    /// <param name="maxSteps">The most steps per scenario.</param>
    /// <returns>The property.</returns>
    public static Property AuthorizationNeedsQuorum(Func<IClock, ChangeManagement> practiceFactory, int maxSteps = 60)
        => ForAllRuns(practiceFactory, maxSteps, run => run.Steps
            .Where(s => s.Before.State == ChangeState.Authorize && s.After.State == ChangeState.Scheduled)
            .All(s => s.After.Authority is { } a && s.After.Approvals.Count == a.Quorum && s.After.Approvals.Distinct().Count() == a.Quorum));

    /// <summary>Every accepted command records events with consecutive versions in time order, and a rejected one records none.</summary>
    /// <param name="practiceFactory">Builds the practice under test on a given clock.</param>
    /// <param name="maxSteps">The most steps per scenario.</param>
    /// <returns>The property.</returns>
    public static Property EventsAreConsecutive(Func<IClock, ChangeManagement> practiceFactory, int maxSteps = 60)
        => ForAllRuns(practiceFactory, maxSteps, run =>
            run.Events.Select((e, i) => e.Envelope.Version == i + 1).All(ok => ok)
            && run.Steps.All(s => s.Result is not { IsRejected: true } r || r.Events.Count == 0)
            && run.Events.Zip(run.Events.Skip(1)).All(p => p.First.Envelope.OccurredAt <= p.Second.Envelope.OccurredAt));

    /// <summary>
    /// Implementation keeps to the authorized window: every change that starts its implementation starts it inside its
    /// planned window (start inclusive, end exclusive).
    /// </summary>
    /// <param name="practiceFactory">Builds the practice under test on a given clock.</param>
    /// <param name="maxSteps">The most steps per scenario.</param>
    /// <returns>The property.</returns>
    public static Property ImplementationStartsInsideTheWindow(Func<IClock, ChangeManagement> practiceFactory, int maxSteps = 60)
        => ForAllRuns(practiceFactory, maxSteps, run => run.Steps
            .Where(s => s.Before.State == ChangeState.Scheduled && s.After.State == ChangeState.Implement)
            .All(s => s.Before.PlannedWindow is { } w && s.Result is { IsAccepted: true } r && w.Contains(r.Events[0].Envelope.OccurredAt)));

    /// <summary>
    /// A window is planned, sent for authorization and authorized only while it has not ended: every accepted plan, every
    /// accepted request for authorization and every approval that authorizes the change (Authorize → Scheduled) is
    /// recorded before the planned window's end.
    /// </summary>
    /// <param name="practiceFactory">Builds the practice under test on a given clock.</param>
    /// <param name="maxSteps">The most steps per scenario.</param>
    /// <returns>The property.</returns>
    public static Property PlannedWindowsHaveNotEnded(Func<IClock, ChangeManagement> practiceFactory, int maxSteps = 60)
        => ForAllRuns(practiceFactory, maxSteps, run => run.Steps
            .Where(s => s.Result is { IsAccepted: true } && (s.Command is ChangeCommand.Plan or ChangeCommand.RequestAuthorization
                || (s.Command is ChangeCommand.Approve && s.After.State == ChangeState.Scheduled)))
            .All(s => s.After.PlannedWindow is { } w && w.End > s.Result!.Value.Events[0].Envelope.OccurredAt));

    /// <summary>
    /// The post-implementation review is recorded: every emergency change, and every change whose outcome is not
    /// <see cref="ChangeOutcome.Successful"/>, is closed with closure notes.
    /// </summary>
    /// <param name="practiceFactory">Builds the practice under test on a given clock.</param>
    /// <param name="maxSteps">The most steps per scenario.</param>
    /// <returns>The property.</returns>
    public static Property ReviewIsRecorded(Func<IClock, ChangeManagement> practiceFactory, int maxSteps = 60)
        => ForAllRuns(practiceFactory, maxSteps, run => run.Change.State != ChangeState.Closed
            || (run.Change.Type != ChangeType.Emergency && run.Change.Outcome == ChangeOutcome.Successful)
            || !string.IsNullOrWhiteSpace(run.Change.CloseNotes));

    /// <summary>
    /// The authority votes on the plans it was shown: outside New and Assess (once authorization is requested, or a
    /// standard change is submitted) the implementation and backout plans do not change; a change sent back to New may
    /// rewrite them. And when the practice requires a backout plan, every change whose authorization was requested had one.
    /// </summary>
    /// <param name="practiceFactory">Builds the practice under test on a given clock.</param>
    /// <param name="maxSteps">The most steps per scenario.</param>
    /// <returns>The property.</returns>
    public static Property PlansAreFixedForTheAuthority(Func<IClock, ChangeManagement> practiceFactory, int maxSteps = 60)
        => ForAllRuns(practiceFactory, maxSteps, run => run.Steps.All(s =>
            (s.Before.State is ChangeState.New or ChangeState.Assess
                || (s.After.ImplementationPlan == s.Before.ImplementationPlan && s.After.BackoutPlan == s.Before.BackoutPlan))
            && (!run.Practice.Options.RequireBackoutPlan
                || s.Command is not ChangeCommand.RequestAuthorization
                || s.Result is not { IsAccepted: true }
                || s.Before.BackoutPlan is not null)));

    /// <summary>
    /// All the laws above, together. Like each of them, it also fails when the practice records an event at another time
    /// than the scenario's clock reads or with the id of an earlier event of the run (an event id source that repeats ids):
    /// playing the run checks every event for both, and the message names the events.
    /// </summary>
    /// <param name="practiceFactory">Builds the practice under test on a given clock.</param>
    /// <param name="maxSteps">The most steps per scenario.</param>
    /// <returns>The property.</returns>
    public static Property All(Func<IClock, ChangeManagement> practiceFactory, int maxSteps = 60)
        => RejectedCommandLeavesStateUnchanged(practiceFactory, maxSteps).Label("rejected command leaves state unchanged")
            .And(RebuildEqualsLiveChange(practiceFactory, maxSteps).Label("rebuild equals live change"))
            .And(SegregationOfDutiesHolds(practiceFactory, maxSteps).Label("segregation of duties holds"))
            .And(FinalStatesAreTerminal(practiceFactory, maxSteps).Label("final states are terminal"))
            .And(AuthorizationNeedsQuorum(practiceFactory, maxSteps).Label("authorization needs the quorum"))
            .And(EventsAreConsecutive(practiceFactory, maxSteps).Label("events are consecutive"))
            .And(ImplementationStartsInsideTheWindow(practiceFactory, maxSteps).Label("implementation starts inside the window"))
            .And(PlannedWindowsHaveNotEnded(practiceFactory, maxSteps).Label("planned windows have not ended"))
            .And(ReviewIsRecorded(practiceFactory, maxSteps).Label("the review is recorded"))
            .And(PlansAreFixedForTheAuthority(practiceFactory, maxSteps).Label("plans are fixed for the authority"));

    private static Property ForAllRuns(Func<IClock, ChangeManagement> practiceFactory, int maxSteps, Func<ChangeRun, bool> law)
    {
        ArgumentNullException.ThrowIfNull(practiceFactory);
        var options = practiceFactory(new NodaTime.Testing.FakeClock(ChangeRun.Start)).Options;
        return Prop.ForAll(ChangeGenerators.Scenarios(options, maxSteps), scenario => law(ChangeRun.Play(practiceFactory, scenario)));
    }
}
