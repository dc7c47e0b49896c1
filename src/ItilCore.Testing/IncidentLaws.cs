using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using ItilCore.Incidents;
using ItilCore.Serialization;
using NodaTime;

namespace ItilCore.Testing;

/// <summary>
/// The workflow laws every incident management configuration must keep, as reusable FsCheck properties. Point them at
/// your own practice (matrix, auto-close delay) and run them in your tests (with <c>using FsCheck;</c>,
/// <c>using ItilCore.Incidents;</c> and <c>using ItilCore.Testing;</c>):
/// <code>
/// [Fact]
/// public void MyPractice_KeepsTheLaws() =&gt; Check.QuickThrowOnFailure(IncidentLaws.All(clock =&gt; new IncidentManagement(clock, myOptions)));
/// </code>
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class IncidentLaws
{
    /// <summary>A rejected command changes nothing: the incident after equals the incident before.</summary>
    /// <param name="practiceFactory">Builds the practice under test on a given clock.</param>
    /// <param name="maxSteps">The most steps per scenario.</param>
    /// <returns>The property.</returns>
    public static Property RejectedCommandLeavesStateUnchanged(Func<IClock, IncidentManagement> practiceFactory, int maxSteps = 40)
        => ForAllRuns(practiceFactory, maxSteps, run => run.Steps.Where(s => s.Result is { IsRejected: true }).All(s => s.After == s.Before));

    /// <summary>Rebuilding from the recorded events gives exactly the live incident, also after a JSON round trip of the events.</summary>
    /// <param name="practiceFactory">Builds the practice under test on a given clock.</param>
    /// <param name="maxSteps">The most steps per scenario.</param>
    /// <returns>The property.</returns>
    public static Property RebuildEqualsLiveIncident(Func<IClock, IncidentManagement> practiceFactory, int maxSteps = 40)
        => ForAllRuns(practiceFactory, maxSteps, run =>
        {
            var live = run.Incident.ToSnapshot();
            var rebuilt = run.Practice.Rebuild(run.Events).ToSnapshot();
            var json = ItilJson.Serialize(run.Events.ToArray());
            var reread = ItilJson.Deserialize<DomainEvent[]>(json);
            return rebuilt == live && reread.SequenceEqual(run.Events) && run.Practice.Rebuild(reread).ToSnapshot() == live;
        });

    /// <summary>Closed is terminal: once an incident is Closed (or Canceled), every later command is rejected and nothing changes.</summary>
    /// <param name="practiceFactory">Builds the practice under test on a given clock.</param>
    /// <param name="maxSteps">The most steps per scenario.</param>
    /// <returns>The property.</returns>
    public static Property ClosedIsTerminal(Func<IClock, IncidentManagement> practiceFactory, int maxSteps = 40)
        => ForAllRuns(practiceFactory, maxSteps, run => run.Steps
            .Where(s => s.Before.State is IncidentState.Closed or IncidentState.Canceled)
            .All(s => s.After == s.Before && (s.Result is null || s.Result.Value.IsRejected)));

    /// <summary>The reopen count never decreases, and grows by one exactly on an accepted Reopen.</summary>
    /// <param name="practiceFactory">Builds the practice under test on a given clock.</param>
    /// <param name="maxSteps">The most steps per scenario.</param>
    /// <returns>The property.</returns>
    public static Property ReopenCountNeverDecreases(Func<IClock, IncidentManagement> practiceFactory, int maxSteps = 40)
        => ForAllRuns(practiceFactory, maxSteps, run => run.Steps.All(s =>
            s.After.ReopenCount == s.Before.ReopenCount + (s.Command is IncidentCommand.Reopen && s.Result is { IsAccepted: true } ? 1 : 0)));

    /// <summary>Every accepted command records events with consecutive versions, at the clock's time, and a rejected one records none.</summary>
    /// <param name="practiceFactory">Builds the practice under test on a given clock.</param>
    /// <param name="maxSteps">The most steps per scenario.</param>
    /// <returns>The property.</returns>
    public static Property EventsAreConsecutive(Func<IClock, IncidentManagement> practiceFactory, int maxSteps = 40)
        => ForAllRuns(practiceFactory, maxSteps, run =>
            run.Events.Select((e, i) => e.Envelope.Version == i + 1).All(ok => ok)
            && run.Steps.All(s => s.Result is not { IsRejected: true } r || r.Events.Count == 0)
            && run.Events.Zip(run.Events.Skip(1)).All(p => p.First.Envelope.OccurredAt <= p.Second.Envelope.OccurredAt));

    /// <summary>
    /// The major incident flag is set only by an accepted escalation that declares one, and cleared only by an accepted
    /// <see cref="Incident.DemoteMajorIncident"/>; an escalation never clears it.
    /// </summary>
    /// <param name="practiceFactory">Builds the practice under test on a given clock.</param>
    /// <param name="maxSteps">The most steps per scenario.</param>
    /// <returns>The property.</returns>
    public static Property MajorIncidentChangesOnlyByDeclarationOrDemotion(Func<IClock, IncidentManagement> practiceFactory, int maxSteps = 40)
        => ForAllRuns(practiceFactory, maxSteps, run => run.Steps.All(s =>
            s.After.IsMajorIncident == (s.Result is { IsAccepted: true }
                ? s.Command switch
                {
                    IncidentCommand.Escalate e => s.Before.IsMajorIncident || e.Major,
                    IncidentCommand.DemoteMajorIncident => false,
                    _ => s.Before.IsMajorIncident,
                }
                : s.Before.IsMajorIncident)));

    /// <summary>
    /// The problem and change links change only by an accepted <see cref="Incident.LinkToProblem"/> or
    /// <see cref="Incident.LinkToChange"/>, or an accepted hold that names the problem or change waited on; nothing
    /// clears them (resolution and reopening keep them).
    /// </summary>
    /// <param name="practiceFactory">Builds the practice under test on a given clock.</param>
    /// <param name="maxSteps">The most steps per scenario.</param>
    /// <returns>The property.</returns>
    public static Property LinksChangeOnlyByLinkingOrNamedHold(Func<IClock, IncidentManagement> practiceFactory, int maxSteps = 40)
        => ForAllRuns(practiceFactory, maxSteps, run => run.Steps.All(s =>
        {
            var accepted = s.Result is { IsAccepted: true };
            var problem = accepted
                ? s.Command switch
                {
                    IncidentCommand.LinkToProblem l => l.Problem,
                    IncidentCommand.PutOnHold { Problem: { } p } => p,
                    _ => s.Before.Problem,
                }
                : s.Before.Problem;
            var change = accepted
                ? s.Command switch
                {
                    IncidentCommand.LinkToChange l => l.Change,
                    IncidentCommand.PutOnHold { Change: { } c } => c,
                    _ => s.Before.Change,
                }
                : s.Before.Change;
            return s.After.Problem == problem && s.After.Change == change;
        }));

    /// <summary>
    /// Every invalid logging command from <see cref="IncidentGenerators.InvalidLogIncident"/> (for the practice's matrix and
    /// service model) is refused with a rejection whose code says why (<see cref="IncidentRejectionCodes.TextRequired"/>,
    /// <see cref="IncidentRejectionCodes.OutOfMatrix"/>, <see cref="IncidentRejectionCodes.UnknownReference"/> or
    /// <see cref="IncidentRejectionCodes.RetiredService"/>), records no event and draws no event id. It needs the event id
    /// source, so <see cref="All"/>, whose factory takes only the clock, does not include it.
    /// </summary>
    /// <param name="practiceFactory">Builds the practice under test on a given clock and event id source (pass the source as the practice's <c>newEventId</c>).</param>
    /// <returns>The property.</returns>
    /// <exception cref="InvalidOperationException">
    /// When the property is checked: the factory returned null, or it built a practice that does not draw its event ids
    /// from the source it is given (a valid command logged afterwards did not draw one), so that no draw could be seen.
    /// </exception>
    public static Property InvalidLogIsRejected(Func<IClock, Func<Guid>, IncidentManagement> practiceFactory)
    {
        ArgumentNullException.ThrowIfNull(practiceFactory);
        var options = Build(practiceFactory, EventIds.NewRandom).Options;
        var cases = from invalid in IncidentGenerators.InvalidLogIncident(options.PriorityMatrix, options.ServiceModel)
                    from valid in IncidentGenerators.LogIncident(options.PriorityMatrix)
                    select (Invalid: invalid, Valid: valid);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var drawn = 0;
            var practice = Build(practiceFactory, () =>
            {
                drawn++;
                return EventIds.NewRandom();
            });
            var by = new ActorId("agent");
            var result = practice.Log(by, c.Invalid);
            var drawnByInvalid = drawn;
            if (practice.Log(by, c.Valid).IsAccepted && drawn == drawnByInvalid)
            {
                throw new InvalidOperationException("The practice logged an incident without drawing an event id from the source it was given: the practice factory must build the practice on the event id source it is given.");
            }

            var outcome = result.IsRejected ? $"rejected ({result.Rejection!.Code})" : "accepted";
            return (result.IsRejected && InvalidLogCodes.Contains(result.Rejection!.Code) && result.Events.Count == 0 && drawnByInvalid == 0)
                .Label($"{c.Invalid} was {outcome}, recording {result.Events.Count} event(s) and drawing {drawnByInvalid} event id(s)");
        });
    }

    /// <summary>
    /// All the laws above, together. Like each of them, it also fails when the practice records an event at another time
    /// than the scenario's clock reads or with the id of an earlier event of the run (an event id source that repeats ids):
    /// playing the run checks every event for both, and the message names the events.
    /// </summary>
    /// <param name="practiceFactory">Builds the practice under test on a given clock.</param>
    /// <param name="maxSteps">The most steps per scenario.</param>
    /// <returns>The property.</returns>
    public static Property All(Func<IClock, IncidentManagement> practiceFactory, int maxSteps = 40)
        => RejectedCommandLeavesStateUnchanged(practiceFactory, maxSteps).Label("rejected command leaves state unchanged")
            .And(RebuildEqualsLiveIncident(practiceFactory, maxSteps).Label("rebuild equals live incident"))
            .And(ClosedIsTerminal(practiceFactory, maxSteps).Label("closed is terminal"))
            .And(ReopenCountNeverDecreases(practiceFactory, maxSteps).Label("reopen count never decreases"))
            .And(EventsAreConsecutive(practiceFactory, maxSteps).Label("events are consecutive"))
            .And(MajorIncidentChangesOnlyByDeclarationOrDemotion(practiceFactory, maxSteps).Label("major incident changes only by declaration or demotion"))
            .And(LinksChangeOnlyByLinkingOrNamedHold(practiceFactory, maxSteps).Label("links change only by linking or a named hold"));

    private static readonly string[] InvalidLogCodes =
        [IncidentRejectionCodes.TextRequired, IncidentRejectionCodes.OutOfMatrix, IncidentRejectionCodes.UnknownReference, IncidentRejectionCodes.RetiredService];

    private static IncidentManagement Build(Func<IClock, Func<Guid>, IncidentManagement> practiceFactory, Func<Guid> newEventId)
        => practiceFactory(new NodaTime.Testing.FakeClock(IncidentRun.Start), newEventId) ?? throw new InvalidOperationException("The practice factory returned null.");

    private static Property ForAllRuns(Func<IClock, IncidentManagement> practiceFactory, int maxSteps, Func<IncidentRun, bool> law)
    {
        ArgumentNullException.ThrowIfNull(practiceFactory);
        var matrix = practiceFactory(new NodaTime.Testing.FakeClock(IncidentRun.Start)).PriorityMatrix;
        return Prop.ForAll(IncidentGenerators.Scenarios(matrix, maxSteps), scenario => law(IncidentRun.Play(practiceFactory, scenario)));
    }
}
