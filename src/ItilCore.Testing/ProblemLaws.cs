using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using ItilCore.Problems;
using ItilCore.Serialization;
using NodaTime;

namespace ItilCore.Testing;

/// <summary>
/// The workflow laws every problem management configuration must keep, as reusable FsCheck properties. Point them at
/// your own practice (risk matrix) and run them in your tests:
/// <code>
/// [Fact]
/// public void MyPractice_KeepsTheLaws() =&gt; Check.QuickThrowOnFailure(ProblemLaws.All(clock =&gt; new ProblemManagement(clock, myOptions)));
/// </code>
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class ProblemLaws
{
    /// <summary>A rejected command changes nothing: the problem after equals the problem before, and no event is recorded.</summary>
    /// <param name="practiceFactory">Builds the practice under test on a given clock.</param>
    /// <param name="maxSteps">The most steps per scenario.</param>
    /// <returns>The property.</returns>
    public static Property RejectedCommandLeavesStateUnchanged(Func<IClock, ProblemManagement> practiceFactory, int maxSteps = 40)
        => ForAllRuns(practiceFactory, maxSteps, run => run.Steps
            .Where(s => s.Result is { IsRejected: true })
            .All(s => s.After == s.Before && s.Result!.Value.Events.Count == 0));

    /// <summary>Rebuilding from the recorded events gives exactly the live problem, also after a JSON round trip of the events.</summary>
    /// <param name="practiceFactory">Builds the practice under test on a given clock.</param>
    /// <param name="maxSteps">The most steps per scenario.</param>
    /// <returns>The property.</returns>
    public static Property RebuildEqualsLiveProblem(Func<IClock, ProblemManagement> practiceFactory, int maxSteps = 40)
        => ForAllRuns(practiceFactory, maxSteps, run =>
        {
            var live = run.Problem.ToSnapshot();
            var rebuilt = run.Practice.Rebuild(run.Events).ToSnapshot();
            var reread = ItilJson.Deserialize<DomainEvent[]>(ItilJson.Serialize(run.Events.ToArray()));
            return rebuilt == live && reread.SequenceEqual(run.Events) && run.Practice.Rebuild(reread).ToSnapshot() == live;
        });

    /// <summary>
    /// Canceled and Duplicate are terminal: every later command is rejected and nothing changes. Closed is final for work:
    /// only Re-analyze is accepted from it.
    /// </summary>
    /// <param name="practiceFactory">Builds the practice under test on a given clock.</param>
    /// <param name="maxSteps">The most steps per scenario.</param>
    /// <returns>The property.</returns>
    public static Property FinalStatesHold(Func<IClock, ProblemManagement> practiceFactory, int maxSteps = 40)
        => ForAllRuns(practiceFactory, maxSteps, run => run.Steps.All(s =>
            s.Before.State switch
            {
                ProblemState.Canceled or ProblemState.Duplicate => s.After == s.Before && s.Result is not { IsAccepted: true },
                ProblemState.Closed => s.Result is not { IsAccepted: true } || s.Command is ProblemCommand.Reanalyze,
                _ => true,
            }));

    /// <summary>Every accepted command records events with consecutive versions in time order; linked incidents are never repeated.</summary>
    /// <param name="practiceFactory">Builds the practice under test on a given clock.</param>
    /// <param name="maxSteps">The most steps per scenario.</param>
    /// <returns>The property.</returns>
    public static Property EventsAreConsecutive(Func<IClock, ProblemManagement> practiceFactory, int maxSteps = 40)
        => ForAllRuns(practiceFactory, maxSteps, run =>
            run.Events.Select((e, i) => e.Envelope.Version == i + 1).All(ok => ok)
            && run.Events.Zip(run.Events.Skip(1)).All(p => p.First.Envelope.OccurredAt <= p.Second.Envelope.OccurredAt)
            && run.Steps.All(s => s.After.LinkedIncidents.Distinct().Count() == s.After.LinkedIncidents.Count));

    /// <summary>
    /// All the laws above, together. Like each of them, it also fails when the practice records an event at another time
    /// than the scenario's clock reads or with the id of an earlier event of the run (an event id source that repeats ids):
    /// playing the run checks every event for both, and the message names the events.
    /// </summary>
    /// <param name="practiceFactory">Builds the practice under test on a given clock.</param>
    /// <param name="maxSteps">The most steps per scenario.</param>
    /// <returns>The property.</returns>
    public static Property All(Func<IClock, ProblemManagement> practiceFactory, int maxSteps = 40)
        => RejectedCommandLeavesStateUnchanged(practiceFactory, maxSteps).Label("rejected command leaves state unchanged")
            .And(RebuildEqualsLiveProblem(practiceFactory, maxSteps).Label("rebuild equals live problem"))
            .And(FinalStatesHold(practiceFactory, maxSteps).Label("final states hold"))
            .And(EventsAreConsecutive(practiceFactory, maxSteps).Label("events are consecutive"));

    private static Property ForAllRuns(Func<IClock, ProblemManagement> practiceFactory, int maxSteps, Func<ProblemRun, bool> law)
    {
        ArgumentNullException.ThrowIfNull(practiceFactory);
        var matrix = practiceFactory(new NodaTime.Testing.FakeClock(ProblemRun.Start)).RiskMatrix;
        return Prop.ForAll(ProblemGenerators.Scenarios(matrix, maxSteps), scenario => law(ProblemRun.Play(practiceFactory, scenario)));
    }
}
