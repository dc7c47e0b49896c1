using System;
using System.Collections.Generic;
using System.Linq;
using ItilCore.Incidents;
using NodaTime;

namespace ItilCore.Problems;

/// <summary>
/// The problem management practice of one team: its clock and risk matrix. It logs problems, rebuilds them from their
/// event histories, communicates workarounds to incidents, resolves the incidents that wait for a fixed problem and merges
/// duplicate problems.
/// </summary>
/// <remarks>
/// Immutable and thread-safe: one instance serves every problem on every thread, provided the clock and the event id
/// source given to it are thread-safe too (the defaults are). Each <see cref="Problem"/> (and <see cref="Incident"/>) is
/// not thread-safe; use one from one thread at a time.
/// </remarks>
public sealed class ProblemManagement
{
    private readonly Func<Guid> _newEventId;

    /// <summary>Initializes the practice.</summary>
    /// <param name="clock">Where "now" comes from; every event's time is read from it.</param>
    /// <param name="options">The risk matrix; <see cref="ProblemManagementOptions.Default"/> when omitted.</param>
    /// <param name="newEventId">Makes event ids; <see cref="EventIds.NewRandom"/> when omitted. Called only for accepted commands.</param>
    public ProblemManagement(IClock clock, ProblemManagementOptions? options = null, Func<Guid>? newEventId = null)
    {
        Clock = Preconditions.NotNull(clock, nameof(clock));
        Options = options ?? ProblemManagementOptions.Default;
        Options.Validate();
        _newEventId = newEventId ?? EventIds.NewRandom;
    }

    /// <summary>Gets the clock.</summary>
    public IClock Clock { get; }

    /// <summary>Gets the options.</summary>
    public ProblemManagementOptions Options { get; }

    /// <summary>Gets the risk matrix: impact by probability into priority.</summary>
    public PriorityMatrix RiskMatrix => Options.RiskMatrix;

    /// <summary>Logs a new problem: validates the command, derives the risk priority, and records <see cref="ProblemLogged"/>.</summary>
    /// <param name="by">Who logs it.</param>
    /// <param name="command">What is logged.</param>
    /// <returns>The new problem and its first event, or the rejection.</returns>
    public CommandResult<Problem> Log(ActorId by, LogProblem command)
    {
        Preconditions.NotDefault(by, nameof(by));
        ArgumentNullException.ThrowIfNull(command);
        Preconditions.NotDefault(command.Id, nameof(command));
        Preconditions.Defined(command.Source, nameof(command));
        var evidence = Preconditions.NoNullItems(command.Evidence, nameof(command));
        if (evidence.Any(i => i.Value is null))
        {
            throw new ArgumentException("An evidence incident id is empty (default).", nameof(command));
        }

        Preconditions.NotDefaultIfGiven(command.Service, nameof(command));
        Preconditions.NotDefaultIfGiven(command.ConfigurationItem, nameof(command));

        Rejection? rejection = string.IsNullOrWhiteSpace(command.ShortDescription)
            ? new(ProblemRejectionCodes.TextRequired, "A short description is required to log a problem.")
            : Categories.AnyBlank(command.Category)
                ? new(ProblemRejectionCodes.TextRequired, Categories.BlankMessage)
                : CheckRisk(command.Impact, command.Probability);
        rejection ??= command.Source switch
        {
            ProblemSource.TrendAnalysis or ProblemSource.Incident when evidence.Count == 0
                => new(ProblemRejectionCodes.EvidenceRequired, $"A problem identified by {Lifecycles.Lifecycle<ProblemState, ProblemTrigger, Problem>.Words(command.Source).ToLowerInvariant()} needs at least one incident as evidence."),
            ProblemSource.Supplier or ProblemSource.Partner or ProblemSource.Developer when string.IsNullOrWhiteSpace(command.SourceReference)
                => new(ProblemRejectionCodes.TextRequired, $"A problem from {command.Source.ToString().ToLowerInvariant()} information needs a source reference (the bulletin, notice or defect)."),
            _ => null,
        };
        if (rejection is not null)
        {
            return CommandResult<Problem>.Rejected(rejection);
        }

        var logged = new ProblemLogged(
            new EventEnvelope(NewEventId(), command.Id.Value, 1, Clock.GetCurrentInstant(), by),
            command.ShortDescription.Trim(),
            command.Description,
            command.Source,
            command.SourceReference?.Trim(),
            command.Service,
            command.ConfigurationItem,
            command.Category?.Trim(),
            command.Impact,
            command.Probability,
            RiskPriority(command.Impact, command.Probability),
            evidence.Distinct().ToArray());
        return CommandResult<Problem>.Accepted(new Problem(this, logged), CommandResult.Accepted(logged));
    }

    /// <summary>
    /// Rebuilds a problem from its event history: a plain fold, checking only what keeps a history whole (one problem,
    /// versions 1, 2, 3, …, none earlier in time than the one before, each event allowed from the state it meets by the compiled lifecycle table).
    /// </summary>
    /// <param name="history">The events, oldest first, starting with <see cref="ProblemLogged"/>.</param>
    /// <returns>The problem exactly as it was after the last event.</returns>
    /// <exception cref="ArgumentException">The history is empty, mixes problems, skips a version, goes back in time or contains a transition the lifecycle forbids.</exception>
    public Problem Rebuild(IEnumerable<DomainEvent> history)
        => Lifecycles.History.Fold<ProblemManagement, Problem, ProblemEvent, ProblemLogged>(
            history,
            this,
            "a problem event",
            "A problem history",
            static (practice, logged) => new Problem(practice, logged),
            static (problem, e, index) => problem.ApplyFromHistory(e, index));

    /// <summary>
    /// Communicates the problem's workaround to its linked incidents, as ServiceNow's "Communicate Workaround" does:
    /// records <see cref="WorkaroundCommunicated"/> on the problem and a work note with the workaround on each linked
    /// incident that is still open (Closed and Canceled incidents take no notes and are left out of the recipients).
    /// </summary>
    /// <param name="by">Who communicates.</param>
    /// <param name="problem">The problem.</param>
    /// <param name="linkedIncidents">Every incident linked to the problem, each once; no other incident.</param>
    /// <returns>
    /// The problem's event followed by one <see cref="WorkaroundNoteText"/> work note per recipient, or the rejection
    /// (nothing changed anywhere; <see cref="ProblemRejectionCodes.NoRecipients"/> when no linked incident is open).
    /// </returns>
    /// <exception cref="ArgumentException">An incident is not linked, is given twice, or a linked incident is missing.</exception>
    public CommandResult CommunicateWorkaround(ActorId by, Problem problem, IEnumerable<Incident> linkedIncidents)
    {
        Preconditions.NotDefault(by, nameof(by));
        CheckOwn(problem, nameof(problem));
        var byId = ByLinkedId(problem, linkedIncidents, nameof(linkedIncidents));
        var now = Clock.GetCurrentInstant();
        if (problem.Precheck(ProblemTrigger.CommunicateWorkaround, now) is { } rejection)
        {
            return CommandResult.Rejected(rejection);
        }

        // In link order; an incident takes the note when its lifecycle allows work notes and its clock is not behind.
        // Each incident's clock is read once, and its note is stamped with that reading.
        var open = problem.LinkedIncidents
            .Select(i => (Incident: byId[i], Now: byId[i].Practice.Clock.GetCurrentInstant()))
            .Where(r => r.Incident.PermittedTriggers().Contains(IncidentTrigger.AddWorkNote))
            .ToArray();
        var recipients = open.Where(r => r.Now >= r.Incident.UpdatedAt).ToArray();
        if (recipients.Length == 0 && open.Length > 0)
        {
            // Open incidents there are: say why none takes the note, as ResolveLinkedIncidents does.
            return CommandResult.Rejected(new(
                ProblemRejectionCodes.NoRecipients,
                $"No incident linked to problem {problem.Id} can take the workaround: {ClocksBehind(open.Select(r => r.Incident.Id).ToArray(), "open")}."));
        }

        var problemResult = problem.CommunicateWorkaroundTo(by, recipients.Select(r => r.Incident.Id).ToArray(), now);
        if (problemResult.IsRejected)
        {
            return problemResult;
        }

        var events = new List<DomainEvent>(1 + recipients.Length);
        events.AddRange(problemResult.Events);
        var note = WorkaroundNoteText(problem);
        foreach (var (incident, at) in recipients)
        {
            // Cannot be rejected: the lifecycle allows the note, the text is not blank and the clock was read once and checked.
            events.AddRange(incident.AddWorkNoteAt(by, note, at).ThrowIfRejected());
        }

        return CommandResult.Accepted(events);
    }

    /// <summary>
    /// Resolves the linked incidents that wait for the problem, once it is fixed, as ServiceNow's "Resolve Incidents" on
    /// a resolved problem: each linked incident that is On Hold awaiting a problem, and names this problem, a duplicate
    /// merged into it, directly or into one of its duplicates before (<see cref="Problem.MergedDuplicates"/>: the incident
    /// came with the merge) or none
    /// (<see cref="Incident.Problem"/>), records <see cref="IncidentResolved"/> with
    /// <see cref="ResolutionCode.SolvedPermanently"/> and the notes <see cref="ResolutionNoteText"/>. The other linked
    /// incidents are left as they are: those in progress or waiting for something else (their own work decides), those
    /// that name another problem, those already resolved, closed or canceled, and those whose clock reads a time before
    /// their last change. The problem itself records nothing: it is Resolved or Closed already, and the incidents'
    /// resolution notes name it.
    /// </summary>
    /// <remarks>
    /// No incident is skipped for want of an assignment group: On Hold is entered only from In Progress, which only an
    /// assignment enters, so every incident this resolves has a group (as every incident resolved by hand has).
    /// Each incident's clock is read once and its event stamped with that reading; every check is made before any
    /// incident changes, so a rejection leaves every incident as it was.
    /// </remarks>
    /// <param name="by">Who resolves them.</param>
    /// <param name="problem">The problem, Resolved or Closed with <see cref="ProblemResolutionCode.FixApplied"/>.</param>
    /// <param name="linkedIncidents">Every incident linked to the problem, each once; no other incident.</param>
    /// <returns>
    /// One <see cref="IncidentResolved"/> per incident resolved, in link order (route them by their envelope's aggregate
    /// id), or the rejection (nothing changed anywhere): <see cref="ProblemRejectionCodes.NotFixed"/> when the problem
    /// is not fixed, <see cref="ProblemRejectionCodes.NoIncidentsToResolve"/> when no linked incident qualifies.
    /// </returns>
    /// <exception cref="ArgumentException">An incident is not linked, is given twice, or a linked incident is missing.</exception>
    public CommandResult ResolveLinkedIncidents(ActorId by, Problem problem, IEnumerable<Incident> linkedIncidents)
    {
        Preconditions.NotDefault(by, nameof(by));
        CheckOwn(problem, nameof(problem));
        var byId = ByLinkedId(problem, linkedIncidents, nameof(linkedIncidents));
        if (problem.State is not (ProblemState.Resolved or ProblemState.Closed) || problem.ResolutionCode != ProblemResolutionCode.FixApplied)
        {
            var why = problem.ResolutionCode is { } code and not ProblemResolutionCode.FixApplied
                ? $"it ended with {Lifecycles.Lifecycle<ProblemState, ProblemTrigger, Problem>.Words(code)}"
                : $"it is {Lifecycles.Lifecycle<ProblemState, ProblemTrigger, Problem>.Words(problem.State)}";
            return CommandResult.Rejected(new(ProblemRejectionCodes.NotFixed, $"Problem {problem.Id} has no fix applied to resolve its incidents with: {why}."));
        }

        // In link order; each incident's clock is read once, and its resolution is stamped with that reading.
        var waiting = problem.LinkedIncidents
            .Select(i => (Incident: byId[i], Now: byId[i].Practice.Clock.GetCurrentInstant()))
            .Where(r => AwaitsProblem(r.Incident, problem))
            .ToArray();
        var resolved = waiting.Where(r => r.Now >= r.Incident.UpdatedAt).ToArray();
        if (resolved.Length == 0)
        {
            var message = waiting.Length == 0
                ? $"No incident linked to problem {problem.Id} is On Hold awaiting it."
                : $"No incident linked to problem {problem.Id} can be resolved: {ClocksBehind(waiting.Select(r => r.Incident.Id).ToArray(), "On Hold awaiting it")}.";
            return CommandResult.Rejected(new(ProblemRejectionCodes.NoIncidentsToResolve, message));
        }

        var events = new List<DomainEvent>(resolved.Length);
        var notes = ResolutionNoteText(problem);
        foreach (var (incident, at) in resolved)
        {
            // Cannot be rejected: On Hold permits Resolve, the code is defined, the notes are not blank (a fixed problem
            // has resolution notes) and the clock was read once and checked.
            events.AddRange(incident.ResolveAt(by, ResolutionCode.SolvedPermanently, notes, at).ThrowIfRejected());
        }

        return CommandResult.Accepted(events);
    }

    /// <summary>The resolution notes of an incident resolved by <see cref="ResolveLinkedIncidents"/>.</summary>
    /// <param name="problem">The problem, with a fix applied.</param>
    /// <returns>"Resolved by problem PRB… (fix applied): …", ending with the problem's resolution notes.</returns>
    public static string ResolutionNoteText(Problem problem)
        => $"Resolved by problem {Preconditions.NotNull(problem, nameof(problem)).Id} (fix applied): {problem.ResolutionNotes}";

    /// <summary>The work note a linked incident receives when a problem's workaround is communicated.</summary>
    /// <param name="problem">The problem, with a workaround.</param>
    /// <returns>"Workaround from problem PRB…: …".</returns>
    public static string WorkaroundNoteText(Problem problem)
        => $"Workaround from problem {Preconditions.NotNull(problem, nameof(problem)).Id}: {problem.Workaround}";

    /// <summary>
    /// Merges a duplicate problem into its master, as ServiceNow's "Mark Duplicate": the duplicate records
    /// <see cref="ProblemMarkedDuplicate"/> and becomes Duplicate (terminal); the master records
    /// <see cref="DuplicateProblemMerged"/> and links the duplicate's incidents it did not have. Both sides are checked
    /// before either changes.
    /// </summary>
    /// <param name="by">Who merges.</param>
    /// <param name="duplicate">The duplicate.</param>
    /// <param name="master">The master.</param>
    /// <returns>Two events (the duplicate's, then the master's; route them by their envelope's aggregate id), or the rejection.</returns>
    public CommandResult MergeDuplicate(ActorId by, Problem duplicate, Problem master)
    {
        Preconditions.NotDefault(by, nameof(by));
        CheckOwn(duplicate, nameof(duplicate));
        CheckOwn(master, nameof(master));
        if (duplicate.Id == master.Id)
        {
            return CommandResult.Rejected(new(ProblemRejectionCodes.InvalidMaster, $"Problem {master.Id} cannot be a duplicate of itself."));
        }

        // One clock reading for both sides, so a clock stepping back cannot reject the master after the duplicate changed.
        var now = Clock.GetCurrentInstant();
        if (duplicate.Precheck(ProblemTrigger.MarkDuplicate, now) is { } rejection)
        {
            return CommandResult.Rejected(rejection);
        }

        if (master.Precheck(ProblemTrigger.AbsorbDuplicate, now) is { } masterRejection)
        {
            return CommandResult.Rejected(new(ProblemRejectionCodes.InvalidMaster, $"Problem {master.Id} cannot be the master of {duplicate.Id}: {masterRejection.Message}"));
        }

        var moved = duplicate.LinkedIncidents.Where(i => !master.IsLinked(i)).ToArray();
        var events = new List<DomainEvent>(2);
        events.AddRange(duplicate.MarkDuplicateOf(by, master.Id, moved, now).ThrowIfRejected());
        events.AddRange(master.Absorb(by, duplicate, moved, now).ThrowIfRejected());
        return CommandResult.Accepted(events);
    }

    internal EventEnvelope Envelope(Problem problem, ActorId by, Instant now)
        => new(NewEventId(), problem.Id.Value, problem.Version + 1, now, by);

    internal Priority RiskPriority(Impact impact, Probability probability) => RiskMatrix.Calculate(impact, new Urgency(probability.Level));

    internal Rejection? CheckRisk(Impact impact, Probability probability)
        => RiskMatrix.Contains(impact) && probability.Level >= 1 && probability.Level <= RiskMatrix.UrgencyLevels
            ? null
            : new Rejection(
                ProblemRejectionCodes.OutOfMatrix,
                $"Impact {impact.Level} and probability {probability.Level} must be on the risk matrix (impact 1 to {RiskMatrix.ImpactLevels}, probability 1 to {RiskMatrix.UrgencyLevels}).");

    // Why incidents that qualify were passed over: each incident's clock reads a time before its last change.
    private static string ClocksBehind(IncidentId[] incidents, string state)
        => incidents.Length == 1
            ? $"{incidents[0]} is {state}, but its clock reads before its last change"
            : $"{string.Join(", ", incidents)} are {state}, but their clocks read before their last change";

    // On Hold awaiting a problem, and that problem is this one, a duplicate merged into it, also by way of another
    // duplicate (the incident came with the merge, still naming the duplicate), or not named.
    private static bool AwaitsProblem(Incident incident, Problem problem)
        => incident.State == IncidentState.OnHold
            && incident.HoldReason == HoldReason.AwaitingProblem
            && (incident.Problem is not { } named || named == problem.Id || problem.MergedDuplicates.Contains(named));

    // Every linked incident, each once, and no other: the incidents a command on the problem's links acts on.
    private static Dictionary<IncidentId, Incident> ByLinkedId(Problem problem, IEnumerable<Incident> linkedIncidents, string paramName)
    {
        var incidents = Preconditions.NoNullItems(linkedIncidents, paramName);
        var byId = new Dictionary<IncidentId, Incident>(incidents.Count);
        foreach (var incident in incidents)
        {
            if (!problem.IsLinked(incident.Id))
            {
                throw new ArgumentException($"Incident {incident.Id} is not linked to problem {problem.Id}.", paramName);
            }

            if (!byId.TryAdd(incident.Id, incident))
            {
                throw new ArgumentException($"Incident {incident.Id} is given more than once.", paramName);
            }
        }

        var missing = problem.LinkedIncidents.Where(i => !byId.ContainsKey(i)).ToArray();
        if (missing.Length > 0)
        {
            throw new ArgumentException($"Every linked incident must be given; missing: {string.Join(", ", missing)}.", paramName);
        }

        return byId;
    }

    private void CheckOwn(Problem problem, string paramName)
    {
        ArgumentNullException.ThrowIfNull(problem, paramName);
        if (problem.Practice != this)
        {
            throw new ArgumentException($"Problem {problem.Id} belongs to another problem management practice.", paramName);
        }
    }

    private EventId NewEventId() => new(_newEventId());
}
