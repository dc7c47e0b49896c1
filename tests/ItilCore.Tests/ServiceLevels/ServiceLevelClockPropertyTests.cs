using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using ItilCore.Incidents;
using ItilCore.ServiceLevels;
using ItilCore.Testing;
using NodaTime;
using Xunit;
using static ItilCore.Tests.ServiceLevels.SlaFixture;
using Properties = ItilCore.Tests.Support.Properties;

namespace ItilCore.Tests.ServiceLevels;

/// <summary>The SLA clock's laws on random incident lives, on office hours and around the clock.</summary>
public sealed class ServiceLevelClockPropertyTests
{
    private static readonly BusinessCalendar Office = BusinessCalendar.Create(new BusinessCalendarDefinition(
        new CalendarId("office"), "Office", "Europe/Berlin", WeeklyHours.MondayToFriday("09:00", "17:00"),
        Holidays: [HolidayDefinition.Yearly("New Year", 1, 1)]));

    private static readonly ServiceLevelManagement Levels = SlaFixture.Levels(
        [Office],
        Agreement("office", Office.Id, FirstResponse(Duration.FromHours(2)), Resolution(Duration.FromHours(16))),
        Agreement("round-the-clock", null, Resolution(Duration.FromHours(24)) with { Reset = new MajorIncident() }),
        Agreement("per-priority", Office.Id, Resolution(Duration.FromHours(16)) with
        {
            Targets = Enumerable.Range(1, 5).Select(p => new SlaTarget(new Priority(p), Duration.FromHours(2 * p))).ToArray(),
            ResetOnPriorityChange = true,
        }),
        Agreement("per-priority-from-opening", null, Resolution(Duration.FromHours(16)) with
        {
            Targets = Enumerable.Range(1, 5).Select(p => new SlaTarget(new Priority(p), Duration.FromHours(3 * p))).ToArray(),
            ResetOnPriorityChange = true,
            RetroactiveStart = true,
        }));

    private static readonly Arbitrary<(IncidentScenario Scenario, int A, int B)> Cases =
        Gen.Zip(IncidentGenerators.Scenario(PriorityMatrix.ServiceNowDefault, 30), Gen.Zip(Gen.Choose(0, 1_000_000), Gen.Choose(0, 1_000_000)))
            .Select(x => (x.Item1 with { Log = x.Item1.Log with { Service = Email } }, x.Item2.Item1, x.Item2.Item2))
            .ToArbitrary();

    private static (System.Collections.Generic.IReadOnlyList<IncidentSnapshot> Timeline, Instant From, Instant To) Play(IncidentScenario scenario)
    {
        var run = IncidentRun.Play(clock => new IncidentManagement(clock, new IncidentManagementOptions { ServiceModel = Model }), scenario);
        var timeline = run.Practice.Replay(run.Events);
        return (timeline, timeline[0].UpdatedAt, timeline[^1].UpdatedAt + Duration.FromDays(5));
    }

    private static Instant Between(Instant from, Instant to, int perMillion)
        => from + Duration.FromTicks((long)((to - from).BclCompatibleTicks * (perMillion / 1_000_000.0)));

    [Fact]
    public void ResetOnPriorityChange_TheRunningCycleHasTheTicketsPriority_AndCyclesFollowOneAnother()
    {
        Properties.Check(Prop.ForAll(Cases, c =>
        {
            var (timeline, _, _) = Play(c.Scenario);
            var last = timeline[^1];
            var all = Levels.Evaluate(timeline, last.UpdatedAt);
            return new[] { "per-priority", "per-priority-from-opening" }.All(agreement =>
            {
                var cycles = all.Where(s => s.Agreement.Value == agreement).OrderBy(s => s.Cycle).ToArray();
                var running = cycles.Where(s => s.Stage is SlaStage.InProgress or SlaStage.Paused).ToArray();
                return running.Length <= 1
                    && running.All(s => s.Priority == last.ToSlaTicket().Priority)
                    && cycles.Take(System.Math.Max(0, cycles.Length - 1)).All(s => s.Stage != SlaStage.InProgress && s.Stage != SlaStage.Paused)
                    // From the change, cycles follow one another and a replaced cycle is completed; from the opening
                    // (or, once a cycle has completed, from the first attachment after it), a cycle a change of priority replaced is cancelled,
                    // because the next one measures its time again, unless it had breached: a breach stays, and no cycle
                    // measures a completed cycle's time again.
                    && (agreement == "per-priority"
                        ? cycles.Zip(cycles.Skip(1)).All(p => p.First.EndedAt is { } ended && ended <= p.Second.StartedAt)
                            && cycles.Where(s => s.EndedByReset).All(s => s.Stage == SlaStage.Completed)
                        : cycles.Where(s => s.EndedByReset).All(s => s.Breached ? s.Stage == SlaStage.Completed : s.Stage == SlaStage.Cancelled)
                            && cycles.Zip(cycles.Skip(1)).All(p => p.First.Stage != SlaStage.Completed || p.First.EndedAt <= p.Second.StartedAt));
            });
        }));
    }

    [Fact]
    public void Clock_NeverGoesBackwards_AndABreachInstantNeverMoves()
    {
        Properties.Check(Prop.ForAll(Cases, c =>
        {
            var (timeline, from, to) = Play(c.Scenario);
            var t1 = Between(from, to, System.Math.Min(c.A, c.B));
            var t2 = Between(from, to, System.Math.Max(c.A, c.B));
            var later = Levels.Evaluate(timeline, t2).ToDictionary(s => (s.Agreement, s.Metric, s.Cycle));
            return Levels.Evaluate(timeline, t1).All(s =>
                later.TryGetValue((s.Agreement, s.Metric, s.Cycle), out var l)
                && l.BusinessElapsed >= s.BusinessElapsed
                && l.ActualElapsed >= s.ActualElapsed
                && l.Warnings.Take(s.Warnings.Count).SequenceEqual(s.Warnings)
                // Once breached (past the target: a cycle ending exactly on it has met it), the breach instant stays.
                && (!s.Breached || l.BreachAt == s.BreachAt));
        }));
    }

    [Fact]
    public void Clock_NeverRunsWhilePaused()
    {
        Properties.Check(Prop.ForAll(Cases, c =>
        {
            var (timeline, _, to) = Play(c.Scenario);
            return Levels.Evaluate(timeline, to).All(status =>
            {
                var explanation = Levels.Explain(timeline, status.Agreement, status.Metric, to, status.Cycle);
                // A cycle that counts from the opening replays pauses from before it attached: those are checked from
                // when it attached on (before that, the cycle did not exist to be evaluated).
                return explanation.Pauses.Where(pause => Levels.Evaluate(timeline, pause.Start).Any(s => s.Agreement == status.Agreement && s.Metric == status.Metric && s.Cycle == status.Cycle)).All(pause =>
                {
                    var atStart = Levels.Evaluate(timeline, pause.Start).Single(s => s.Agreement == status.Agreement && s.Metric == status.Metric && s.Cycle == status.Cycle);
                    var atEnd = Levels.Evaluate(timeline, pause.End).Single(s => s.Agreement == status.Agreement && s.Metric == status.Metric && s.Cycle == status.Cycle);
                    return atStart.BusinessElapsed == atEnd.BusinessElapsed && atStart.ActualElapsed == atEnd.ActualElapsed;
                });
            });
        }));
    }

    [Fact]
    public void Explanation_WorkingIntervalsSumToTheElapsedBusinessTime()
    {
        Properties.Check(Prop.ForAll(Cases, c =>
        {
            var (timeline, from, to) = Play(c.Scenario);
            var at = Between(from, to, c.A);
            return Levels.Evaluate(timeline, at).All(status =>
                Levels.Explain(timeline, status.Agreement, status.Metric, at, status.Cycle).WorkingIntervals
                    .Aggregate(Duration.Zero, (sum, i) => sum + i.Duration) == status.BusinessElapsed);
        }));
    }
}
