using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ItilCore.Catalog;
using ItilCore.Changes;
using ItilCore.Configuration;
using ItilCore.Incidents;
using ItilCore.Problems;
using NodaTime;
using NodaTime.Testing;

namespace ItilCore.ServiceDesk;

/// <summary>
/// The problem → change story of the simulated desk: trend analysis finds the recurring incidents, a problem is logged
/// with them as evidence, analysed into a known error whose workaround reaches the open incidents, and fixed by a normal
/// change that is assessed, authorized by the change advisory board, scheduled around a conflict, implemented, reviewed
/// and closed. Each step runs at its own time on the simulation's clock, interleaved with the incidents.
/// </summary>
internal sealed class ProblemDesk
{
    private static readonly ActorId ProblemManager = new("manager.okafor");
    private static readonly ActorId ProblemOwner = new("agent.nia");
    private static readonly ActorId Implementer = new("agent.omar");
    private static readonly ActorId[] Board = [new("manager.okafor"), new("cab.lee"), new("cab.martin"), new("cab.ngozi"), new("cab.patel")];
    private static readonly ConfigurationItemId DirectoryServer = new("directory-server");

    private readonly FakeClock _clock;
    private readonly ServiceModel _model;
    private readonly IReadOnlyDictionary<Incident, List<DomainEvent>> _incidents;
    private readonly Action<Instant, Action> _at;
    private readonly ProblemManagement _problems;
    private readonly ChangeManagement _changes;
    private readonly List<DomainEvent> _problemHistory = [];
    private readonly List<DomainEvent> _changeHistory = [];
    private readonly List<string> _story = [];
    private Problem? _problem;
    private string? _symptom;
    private Change? _change;
    private ChangeSchedule? _schedule;

    /// <param name="clock">The simulation's clock.</param>
    /// <param name="model">The service model.</param>
    /// <param name="incidents">The simulated incidents with their histories (work notes are added to them).</param>
    /// <param name="at">Runs a step at an instant on the simulation's agenda.</param>
    /// <param name="newEventId">The simulation's seeded event ids.</param>
    public ProblemDesk(FakeClock clock, ServiceModel model, IReadOnlyDictionary<Incident, List<DomainEvent>> incidents, Action<Instant, Action> at, Func<Guid> newEventId)
    {
        _clock = clock;
        _model = model;
        _incidents = incidents;
        _at = at;
        _problems = new ProblemManagement(clock, newEventId: newEventId);
        var policy = ChangeAuthorityPolicy.Create(
            new ChangeAuthorityPolicyDefinition(
                [
                    new ChangeAuthority("peer review", ChangeAuthorityKind.PeerReview, [ProblemOwner, Implementer], 1),
                    new ChangeAuthority("change manager", ChangeAuthorityKind.ChangeManager, [new ActorId("manager.lind")], 1),
                    new ChangeAuthority("CAB", ChangeAuthorityKind.ChangeAdvisoryBoard, Board, 3),
                    new ChangeAuthority("ECAB", ChangeAuthorityKind.EmergencyChangeAdvisoryBoard, [Board[0], Board[1], Board[4]], 2),
                ],
                [
                    new ChangeAuthorityRule(ChangeType.Normal, new Risk(1), "CAB"),
                    new ChangeAuthorityRule(ChangeType.Normal, new Risk(2), "change manager"),
                    new ChangeAuthorityRule(ChangeType.Normal, new Risk(3), "peer review"),
                    new ChangeAuthorityRule(ChangeType.Emergency, null, "ECAB"),
                ]),
            ChangeManagementOptions.DefaultRiskMatrix);
        _changes = new ChangeManagement(clock, new ChangeManagementOptions { AuthorityPolicy = policy, ServiceModel = model, RequireBackoutPlan = true }, newEventId);
    }

    public IReadOnlyList<string> Story => _story;

    /// <summary>Whether the problem and the change rebuild from their events to what they are live.</summary>
    public bool RebuildsMatch
        => (_problem is null || _problems.Rebuild(_problemHistory).ToSnapshot() == _problem.ToSnapshot())
            && (_change is null || _changes.Rebuild(_changeHistory).ToSnapshot() == _change.ToSnapshot());

    public int ProblemEvents => _problemHistory.Count;

    public int ChangeEvents => _changeHistory.Count;

    /// <summary>Schedules the weekly problem review at an instant: it starts the story.</summary>
    public void StartAt(Instant at) => _at(at, Identify);

    private void Identify()
    {
        var records = _incidents.Keys.Select(i => IncidentRecord.From(i.ToSnapshot())).ToArray();
        var analysis = new ProblemIdentification(new TrendAnalysisOptions
        {
            Window = Duration.FromDays(2),
            Threshold = 6,
            Dimensions = [TrendDimension.ConfigurationItem, TrendDimension.Symptom],
            FindDuplicates = false,
        });
        var candidates = analysis.Analyze(records);

        // The best candidate names one symptom on one configuration item (a known error needs the item); most evidence wins.
        var best = candidates
            .Where(c => c.Symptom is not null && c.ConfigurationItem is not null)
            .OrderByDescending(c => c.Evidence.Count)
            .FirstOrDefault();
        Say($"Trend analysis (≥ 6 in 2 days, by item and symptom) over {records.Length} incidents: {candidates.Count} candidates");
        if (best is null)
        {
            Say("  none names one symptom on one configuration item: no problem logged");
            return;
        }

        _symptom = best.Symptom;
        Say($"  best: {best.Evidence.Count} × \"{best.Symptom ?? best.Key}\" on {best.Service?.Value ?? "several services"}/{best.ConfigurationItem?.Value ?? "several items"}, {Local(best.FirstOpenedAt)} to {Local(best.LastOpenedAt)} (by {best.Dimension.ToString().ToLowerInvariant()})");
        var command = best.ToLogCommand(new ProblemId("PRB0001001"), new Impact(1), new Probability(1)) with
        {
            ShortDescription = $"{best.Symptom ?? best.Key} on {best.ConfigurationItem?.Value ?? best.Service?.Value ?? "several items"}",
            Description = best.Summary,
        };
        var logged = _problems.Log(ProblemManager, command);
        _problemHistory.AddRange(logged.Events);
        _problem = logged.ThrowIfRejected();
        Say($"{_problem.Id} \"{_problem.ShortDescription}\" logged by {ProblemManager}: risk {_problem.Priority}, {_problem.LinkedIncidents.Count} incidents linked as evidence");
        Later(Duration.FromMinutes(30), Analyse);
    }

    private void Analyse()
    {
        var problem = _problem!;
        Do(problem.Assess(ProblemManager, RoutingDesk.Network, ProblemOwner));
        Do(problem.StartRootCauseAnalysis(ProblemOwner));
        Say($"{problem.Id} assessed → group {problem.AssignmentGroup}, owner {problem.Assignee}; root-cause analysis started");
        Later(Duration.FromHours(3), () =>
        {
            Do(problem.RecordRootCause(ProblemOwner, "VPN gateway firmware 9.1 drops idle IPsec tunnels after 30 minutes (keep-alive bug)"));
            Do(problem.DocumentWorkaround(ProblemOwner, "Set the VPN client keep-alive to 10 minutes, then reconnect"));
            Do(problem.RecordKnownError(ProblemOwner, "VPN disconnects after about 30 minutes idle"));
            var register = KnownErrorRegister.FromProblems([problem]);
            Say($"Root cause: {problem.RootCause}");
            Say($"Known error recorded; register lookup for {problem.ConfigurationItem}: {register.FindByConfigurationItem(problem.ConfigurationItem!.Value).Count} known error, workaround \"{problem.Workaround}\"");
            Later(Duration.FromMinutes(10), Communicate);
        });
    }

    private void Communicate()
    {
        var problem = _problem!;
        var byId = _incidents.Keys.ToDictionary(i => i.Id);
        var linked = problem.LinkedIncidents.Select(i => byId[i]).ToArray();
        var result = _problems.CommunicateWorkaround(ProblemOwner, problem, linked);
        var notes = 0;
        if (result.IsRejected)
        {
            Say($"Workaround not communicated: {result.Rejection.Message}");
        }

        foreach (var e in result.Events)
        {
            if (e is IncidentEvent)
            {
                _incidents[byId[new IncidentId(e.Envelope.AggregateId)]].Add(e);
                notes++;
            }
            else
            {
                _problemHistory.Add(e);
            }
        }

        Say($"Workaround communicated: work note on {notes} of {linked.Length} linked incidents ({linked.Count(i => i.State is IncidentState.Closed or IncidentState.Canceled)} closed or canceled take no note)");
        Later(Duration.FromHours(2), RaiseChange);
    }

    private void RaiseChange()
    {
        var problem = _problem!;
        var proposal = problem.ProposeChange()!;
        var requested = _changes.Request(ProblemManager, new RequestChange(new ChangeId("CHG0002001"), ChangeType.Normal, proposal.Title, ProblemManager)
        {
            Description = proposal.Justification,
            Service = proposal.KnownError.Service,
            ConfigurationItems = proposal.KnownError.AffectedItems,
            ImplementationPlan = "Upload firmware 9.2 to the standby gateway, fail over, upgrade the primary, fail back",
        });
        _changeHistory.AddRange(requested.Events);
        var change = _change = requested.ThrowIfRejected();
        Do(problem.RequestChange(ProblemManager, change.Id));
        Say($"{change.Id} \"{change.ShortDescription}\" raised from the known error; {problem.Id} → {problem.State}");
        Later(Duration.FromMinutes(20), () =>
        {
            Do(change.AssessRisk(ProblemManager, new Impact(1), new Likelihood(2)));
            Do(change.AssignImplementer(ProblemManager, Implementer));
            var authority = _changes.AuthorityPolicy.AuthorityFor(change.Type, change.Risk)!;
            Say($"{change.Id} risk assessed: impact 1 × likelihood 2 → {change.Risk} → authority {authority.Name} (quorum {authority.Quorum} of {authority.Members.Count}); implementer {change.Implementer}");
            Later(Duration.FromMinutes(10), () => Plan(authority));
        });
    }

    private void Plan(ChangeAuthority authority)
    {
        var change = _change!;
        var london = DateTimeZoneProviders.Tzdb["Europe/London"];
        var day = _clock.GetCurrentInstant().InZone(london).Date.PlusDays(1);
        Interval Evening(LocalDate d, int from, int to) => new(d.At(new LocalTime(from, 0)).InZoneLeniently(london).ToInstant(), d.At(new LocalTime(to, 0)).InZoneLeniently(london).ToInstant());
        _schedule = ChangeSchedule.Create(
            [
                new ScheduledChange(new ChangeId("CHG0001990"), Evening(day, 21, 23), [DirectoryServer]),
                new ScheduledChange(new ChangeId("CHG0001991"), Evening(day.PlusDays(1), 18, 19), [new ConfigurationItemId("mail-db")]) { Service = new ServiceId("email") },
            ],
            [new BlackoutWindow("Payroll month-end freeze", Evening(new LocalDate(2026, 3, 30), 0, 23)) { Service = new ServiceId("payroll") }],
            configuration: _model.Configuration);

        var first = Evening(day, 20, 22);
        Do(change.Plan(ProblemManager, first));
        var conflicts = _schedule.ConflictsWith(change.ToScheduledChange()!);
        Say($"Planned {Window(first)}: {conflicts.Count} conflict(s): {string.Join("; ", conflicts)}");
        var second = Evening(day.PlusDays(1), 20, 22);
        Do(change.Plan(ProblemManager, second));
        Say($"Re-planned {Window(second)}: {_schedule.ConflictsWith(change.ToScheduledChange()!).Count} conflicts");
        Do(change.Submit(ProblemManager));
        var early = change.RequestAuthorization(ProblemManager);
        Say($"{change.Id} sent for authorization without a backout plan: rejected, {early.Rejection!.Code}");
        Do(change.UpdatePlans(ProblemManager, change.ImplementationPlan, "Fail over to the standby gateway, reinstall firmware 9.1 on the primary from the saved image, fail back"));
        Do(change.RequestAuthorization(ProblemManager));
        Say($"{change.Id} backout plan written and sent for authorization again → {change.State}");
        Later(Duration.FromHours(1), () =>
        {
            var own = change.Approve(ProblemManager, "Looks good to me");
            Say($"{ProblemManager} approves: rejected, {own.Rejection!.Code}: {own.Rejection.Message}");
            var voters = authority.Members.Where(m => change.WhyCannotVote(m) is null).Take(authority.Quorum).ToArray();
            var delay = Duration.Zero;
            foreach (var voter in voters)
            {
                delay += Duration.FromMinutes(40);
                Later(delay, () =>
                {
                    Do(change.Approve(voter, "Approved at CAB"));
                    if (change.State != ChangeState.Authorize)
                    {
                        Say($"Approved by {string.Join(", ", change.Approvals)} ({change.Approvals.Count} of quorum {authority.Quorum}) → {change.State}");
                        _at(second.Start, Implement);
                    }
                });
            }
        });
    }

    private void Implement()
    {
        var change = _change!;
        Do(change.StartImplementation(Implementer));
        Later(Duration.FromMinutes(95), () =>
        {
            Do(change.CompleteImplementation(Implementer, ChangeOutcome.Successful, "Gateway firmware upgraded to 9.2; tunnels stay up when idle"));
            Say($"Implemented {Window(new Interval(change.PlannedWindow!.Value.Start, _clock.GetCurrentInstant()))} by {Implementer}: {change.Outcome} → {change.State}");
            Later(Duration.FromHours(13), () =>
            {
                Do(change.Close(ProblemManager, "Post-implementation review: no VPN drops overnight, no incidents caused"));
                var problem = _problem!;
                Do(problem.RecordPermanentSolution(ProblemOwner, "Firmware 9.2 on the VPN gateway (" + change.Id + ")"));
                Do(problem.Resolve(ProblemOwner, "Fix applied by " + change.Id));
                Say($"{change.Id} reviewed → {change.State}; {problem.Id} → {problem.State} ({problem.ResolutionCode}), known errors left in the register: {KnownErrorRegister.FromProblems([problem]).Count}");
                Later(Duration.FromDays(1), () =>
                {
                    var since = change.PlannedWindow!.Value.Start;
                    var recurring = _incidents.Keys.Count(i => i.OpenedAt >= since && i.ConfigurationItem == problem.ConfigurationItem && i.ShortDescription == _symptom);
                    Do(problem.Close(ProblemManager, $"{recurring} recurrences in the day after the fix"));
                    Say($"{problem.Id} → {problem.State}: {problem.Verification}");
                });
            });
        });
    }

    private void Do(CommandResult result)
    {
        var events = result.ThrowIfRejected();
        foreach (var e in events)
        {
            (e is ChangeEvent ? _changeHistory : _problemHistory).Add(e);
        }
    }

    private void Later(Duration delay, Action step) => _at(_clock.GetCurrentInstant() + delay, step);

    private void Say(string line) => _story.Add($"{Local(_clock.GetCurrentInstant())}  {line}");

    private static string Local(Instant at) => at.InZone(DateTimeZoneProviders.Tzdb["Europe/London"]).ToString("ddd dd HH:mm", CultureInfo.InvariantCulture);

    private static string Window(Interval w) => $"{Local(w.Start)}–{w.End.InZone(DateTimeZoneProviders.Tzdb["Europe/London"]).ToString("HH:mm", CultureInfo.InvariantCulture)}";
}
