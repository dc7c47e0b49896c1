using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using ItilCore.Requests;
using ItilCore.Serialization;
using NodaTime;

namespace ItilCore.Testing;

/// <summary>
/// The workflow laws every service request configuration must keep, as reusable FsCheck properties. Point them at your
/// own request catalogue and run them in your tests:
/// <code>
/// [Fact]
/// public void MyCatalogue_KeepsTheLaws() =&gt; Check.QuickThrowOnFailure(RequestLaws.All(clock =&gt; new RequestFulfilment(clock, myCatalog)));
/// </code>
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class RequestLaws
{
    /// <summary>A rejected command changes nothing: the request after equals the request before.</summary>
    /// <param name="practiceFactory">Builds the practice under test on a given clock.</param>
    /// <param name="maxSteps">The most steps per scenario.</param>
    /// <returns>The property.</returns>
    public static Property RejectedCommandLeavesStateUnchanged(Func<IClock, RequestFulfilment> practiceFactory, int maxSteps = 40)
        => ForAllRuns(practiceFactory, maxSteps, run => run.Steps.Where(s => s.Result is { IsRejected: true }).All(s => s.After == s.Before));

    /// <summary>Rebuilding from the recorded events gives exactly the live request, also after a JSON round trip of the events.</summary>
    /// <param name="practiceFactory">Builds the practice under test on a given clock.</param>
    /// <param name="maxSteps">The most steps per scenario.</param>
    /// <returns>The property.</returns>
    public static Property RebuildEqualsLiveRequest(Func<IClock, RequestFulfilment> practiceFactory, int maxSteps = 40)
        => ForAllRuns(practiceFactory, maxSteps, run =>
        {
            var live = run.Request.ToSnapshot();
            var rebuilt = run.Practice.Rebuild(run.Events).ToSnapshot();
            var reread = ItilJson.Deserialize<DomainEvent[]>(ItilJson.Serialize(run.Events.ToArray()));
            return rebuilt == live && reread.SequenceEqual(run.Events) && run.Practice.Rebuild(reread).ToSnapshot() == live;
        });

    /// <summary>
    /// Segregation of duties always holds: no approval decision is ever recorded for the requester or whoever submitted
    /// the request, every decision comes from a member of its step, nobody decides twice on a step, and a request is
    /// approved only when every step reached its quorum.
    /// </summary>
    /// <param name="practiceFactory">Builds the practice under test on a given clock.</param>
    /// <param name="maxSteps">The most steps per scenario.</param>
    /// <returns>The property.</returns>
    public static Property SegregationOfDutiesHolds(Func<IClock, RequestFulfilment> practiceFactory, int maxSteps = 40)
        => ForAllRuns(practiceFactory, maxSteps, run =>
        {
            var r = run.Request.ToSnapshot();
            var decisions = r.Decisions;
            var sound = decisions.All(d => d.Approver != r.Requester && d.Approver != r.SubmittedBy && r.Approvers[d.Step].Approvers.Contains(d.Approver))
                && decisions.GroupBy(d => (d.Step, d.Approver)).All(g => g.Count() == 1);
            var approved = r.ApprovedAt is not null;
            var quorums = Enumerable.Range(0, r.Item.Approvals.Count).All(i => decisions.Count(d => d.Step == i && d.Approved) >= r.Item.Approvals[i].Quorum);
            return sound && (!approved || quorums);
        });

    /// <summary>Rejected, Closed and Canceled are terminal: every later command is rejected and nothing changes.</summary>
    /// <param name="practiceFactory">Builds the practice under test on a given clock.</param>
    /// <param name="maxSteps">The most steps per scenario.</param>
    /// <returns>The property.</returns>
    public static Property FinalStatesAreTerminal(Func<IClock, RequestFulfilment> practiceFactory, int maxSteps = 40)
        => ForAllRuns(practiceFactory, maxSteps, run => run.Steps
            .Where(s => s.Before.State is ServiceRequestState.Rejected or ServiceRequestState.Closed or ServiceRequestState.Canceled)
            .All(s => s.After == s.Before && (s.Result is null || s.Result.Value.IsRejected)));

    /// <summary>Every accepted command records events with consecutive versions in time order, and a rejected one records none.</summary>
    /// <param name="practiceFactory">Builds the practice under test on a given clock.</param>
    /// <param name="maxSteps">The most steps per scenario.</param>
    /// <returns>The property.</returns>
    public static Property EventsAreConsecutive(Func<IClock, RequestFulfilment> practiceFactory, int maxSteps = 40)
        => ForAllRuns(practiceFactory, maxSteps, run =>
            run.Events.Select((e, i) => e.Envelope.Version == i + 1).All(ok => ok)
            && run.Steps.All(s => s.Result is not { IsRejected: true } r || r.Events.Count == 0)
            && run.Events.Zip(run.Events.Skip(1)).All(p => p.First.Envelope.OccurredAt <= p.Second.Envelope.OccurredAt));

    /// <summary>
    /// On hold and outcomes are consistent: only an Approved or Fulfilling request is on hold, no task is closed and
    /// fulfilment never starts while on hold, and a request has an outcome exactly when it was fulfilled, the one its
    /// tasks give (Incomplete if any task is, Skipped if all are, else Complete).
    /// </summary>
    /// <param name="practiceFactory">Builds the practice under test on a given clock.</param>
    /// <param name="maxSteps">The most steps per scenario.</param>
    /// <returns>The property.</returns>
    public static Property HoldAndOutcomeAreConsistent(Func<IClock, RequestFulfilment> practiceFactory, int maxSteps = 40)
        => ForAllRuns(practiceFactory, maxSteps, run =>
        {
            var held = run.Steps.All(s => s.After.HoldReason is null || s.After.State is ServiceRequestState.Approved or ServiceRequestState.Fulfilling);
            var frozen = run.Steps.Where(s => s.Before.HoldReason is not null)
                .All(s => s.After.TaskResults.Count == s.Before.TaskResults.Count && s.After.FulfilmentStartedAt == s.Before.FulfilmentStartedAt);
            var r = run.Request.ToSnapshot();
            var expected = r.FulfilledAt is null
                ? (RequestOutcome?)null
                : r.TaskResults.Any(t => t.Outcome == FulfilmentTaskOutcome.Incomplete) ? RequestOutcome.Incomplete
                : r.TaskResults.All(t => t.Outcome == FulfilmentTaskOutcome.Skipped) ? RequestOutcome.Skipped
                : RequestOutcome.Complete;
            return held && frozen && r.Outcome == expected && r.TaskResults.Select(t => t.Task).SequenceEqual(r.CompletedTasks);
        });

    /// <summary>
    /// All the laws above, together. Like each of them, it also fails when the practice records an event at another time
    /// than the scenario's clock reads or with the id of an earlier event of the run (an event id source that repeats ids):
    /// playing the run checks every event for both, and the message names the events.
    /// </summary>
    /// <param name="practiceFactory">Builds the practice under test on a given clock.</param>
    /// <param name="maxSteps">The most steps per scenario.</param>
    /// <returns>The property.</returns>
    public static Property All(Func<IClock, RequestFulfilment> practiceFactory, int maxSteps = 40)
        => RejectedCommandLeavesStateUnchanged(practiceFactory, maxSteps).Label("rejected command leaves state unchanged")
            .And(RebuildEqualsLiveRequest(practiceFactory, maxSteps).Label("rebuild equals live request"))
            .And(SegregationOfDutiesHolds(practiceFactory, maxSteps).Label("segregation of duties holds"))
            .And(FinalStatesAreTerminal(practiceFactory, maxSteps).Label("final states are terminal"))
            .And(EventsAreConsecutive(practiceFactory, maxSteps).Label("events are consecutive"))
            .And(HoldAndOutcomeAreConsistent(practiceFactory, maxSteps).Label("hold and outcome are consistent"));

    private static Property ForAllRuns(Func<IClock, RequestFulfilment> practiceFactory, int maxSteps, Func<RequestRun, bool> law)
    {
        ArgumentNullException.ThrowIfNull(practiceFactory);
        var catalog = practiceFactory(new NodaTime.Testing.FakeClock(RequestRun.Start)).Catalog;
        return Prop.ForAll(RequestGenerators.Scenarios(catalog, maxSteps), scenario => law(RequestRun.Play(practiceFactory, scenario)));
    }
}
