using System.Collections.Generic;
using System.Linq;
using ItilCore.Configuration;
using ItilCore.Incidents;
using ItilCore.Problems;
using NodaTime;
using NodaTime.Testing;

namespace ItilCore.Testing;

/// <summary>
/// One step in a generated problem scenario: a command on the problem (valid or not), a merge with another problem, or
/// the passing of time. Scenarios built from these steps drive the workflow laws in <see cref="ProblemLaws"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public abstract record ProblemCommand
{
    private ProblemCommand()
    {
    }

    /// <summary>Runs the step on a problem.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="practice">The practice (merges log the other problem through it).</param>
    /// <param name="clock">The scenario's clock, advanced by <see cref="AdvanceTime"/>.</param>
    /// <param name="by">The acting agent.</param>
    /// <returns>The command's result (a merge's result holds the other problem's event too); <see langword="null"/> for a step that is not a command.</returns>
    public abstract CommandResult? Run(Problem problem, ProblemManagement practice, FakeClock clock, ActorId by);

    /// <summary>Time passes.</summary>
    /// <param name="Duration">How much.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record AdvanceTime(Duration Duration) : ProblemCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Problem problem, ProblemManagement practice, FakeClock clock, ActorId by)
        {
            System.ArgumentNullException.ThrowIfNull(clock);
            clock.Advance(Duration);
            return null;
        }
    }

    /// <summary><see cref="Problem.Assess"/>.</summary>
    /// <param name="Group">The group.</param>
    /// <param name="Assignee">The owner.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record Assess(AssignmentGroupId Group, ActorId? Assignee) : ProblemCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Problem problem, ProblemManagement practice, FakeClock clock, ActorId by) => Checked(problem).Assess(by, Group, Assignee);
    }

    /// <summary><see cref="Problem.Reassign"/>.</summary>
    /// <param name="Group">The group.</param>
    /// <param name="Reason">The reason.</param>
    /// <param name="Assignee">The owner, or <see langword="null"/> for the group only.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record Reassign(AssignmentGroupId Group, string Reason, ActorId? Assignee) : ProblemCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Problem problem, ProblemManagement practice, FakeClock clock, ActorId by) => Checked(problem).Reassign(by, Group, Reason, Assignee);
    }

    /// <summary><see cref="Problem.StartRootCauseAnalysis"/>.</summary>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record StartRootCauseAnalysis() : ProblemCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Problem problem, ProblemManagement practice, FakeClock clock, ActorId by) => Checked(problem).StartRootCauseAnalysis(by);
    }

    /// <summary><see cref="Problem.Reprioritize"/>.</summary>
    /// <param name="Impact">The impact.</param>
    /// <param name="Probability">The probability.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record Reprioritize(Impact Impact, Probability Probability) : ProblemCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Problem problem, ProblemManagement practice, FakeClock clock, ActorId by) => Checked(problem).Reprioritize(by, Impact, Probability);
    }

    /// <summary><see cref="Problem.LinkIncident"/>.</summary>
    /// <param name="Incident">The incident.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record LinkIncident(IncidentId Incident) : ProblemCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Problem problem, ProblemManagement practice, FakeClock clock, ActorId by) => Checked(problem).LinkIncident(by, Incident);
    }

    /// <summary><see cref="Problem.RecordRootCause"/>.</summary>
    /// <param name="Text">The root cause.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record RecordRootCause(string Text) : ProblemCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Problem problem, ProblemManagement practice, FakeClock clock, ActorId by) => Checked(problem).RecordRootCause(by, Text);
    }

    /// <summary><see cref="Problem.DocumentWorkaround"/>.</summary>
    /// <param name="Text">The workaround.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record DocumentWorkaround(string Text) : ProblemCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Problem problem, ProblemManagement practice, FakeClock clock, ActorId by) => Checked(problem).DocumentWorkaround(by, Text);
    }

    /// <summary><see cref="Problem.CommunicateWorkaround"/>.</summary>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record CommunicateWorkaround() : ProblemCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Problem problem, ProblemManagement practice, FakeClock clock, ActorId by) => Checked(problem).CommunicateWorkaround(by);
    }

    /// <summary><see cref="Problem.RecordKnownError"/>.</summary>
    /// <param name="Symptom">The symptom.</param>
    /// <param name="Items">The affected items, or <see langword="null"/> for the problem's own.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record RecordKnownError(string Symptom, IReadOnlyList<ConfigurationItemId>? Items) : ProblemCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Problem problem, ProblemManagement practice, FakeClock clock, ActorId by) => Checked(problem).RecordKnownError(by, Symptom, Items);

        /// <inheritdoc />
        public override string ToString() => $"RecordKnownError {{ Symptom = {Symptom}, Items = [{string.Join(", ", Items ?? [])}] }}";
    }

    /// <summary><see cref="Problem.StartFix"/>.</summary>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record StartFix() : ProblemCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Problem problem, ProblemManagement practice, FakeClock clock, ActorId by) => Checked(problem).StartFix(by);
    }

    /// <summary><see cref="Problem.RequestChange"/>.</summary>
    /// <param name="Change">The change request.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record RequestChange(ChangeId Change) : ProblemCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Problem problem, ProblemManagement practice, FakeClock clock, ActorId by) => Checked(problem).RequestChange(by, Change);
    }

    /// <summary><see cref="Problem.RecordPermanentSolution"/>.</summary>
    /// <param name="Text">The solution.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record RecordPermanentSolution(string Text) : ProblemCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Problem problem, ProblemManagement practice, FakeClock clock, ActorId by) => Checked(problem).RecordPermanentSolution(by, Text);
    }

    /// <summary><see cref="Problem.Resolve"/>.</summary>
    /// <param name="Notes">The notes.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record Resolve(string Notes) : ProblemCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Problem problem, ProblemManagement practice, FakeClock clock, ActorId by) => Checked(problem).Resolve(by, Notes);
    }

    /// <summary><see cref="Problem.Close"/>.</summary>
    /// <param name="Verification">The verification.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record Close(string Verification) : ProblemCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Problem problem, ProblemManagement practice, FakeClock clock, ActorId by) => Checked(problem).Close(by, Verification);
    }

    /// <summary><see cref="Problem.AcceptRisk"/>.</summary>
    /// <param name="Reason">The reason.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record AcceptRisk(string Reason) : ProblemCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Problem problem, ProblemManagement practice, FakeClock clock, ActorId by) => Checked(problem).AcceptRisk(by, Reason);
    }

    /// <summary><see cref="Problem.Cancel"/>.</summary>
    /// <param name="Reason">The reason.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record Cancel(string Reason) : ProblemCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Problem problem, ProblemManagement practice, FakeClock clock, ActorId by) => Checked(problem).Cancel(by, Reason);
    }

    /// <summary><see cref="Problem.Reanalyze"/>.</summary>
    /// <param name="Reason">The reason.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record Reanalyze(string Reason) : ProblemCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Problem problem, ProblemManagement practice, FakeClock clock, ActorId by) => Checked(problem).Reanalyze(by, Reason);
    }

    /// <summary>
    /// <see cref="ProblemManagement.MergeDuplicate"/> with the scenario's problem as the duplicate: a fresh master is
    /// logged (from developer information, with the given incidents) and the problem is merged into it.
    /// </summary>
    /// <param name="MasterIncidents">The master's own incidents.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record MergeIntoMaster(IReadOnlyList<IncidentId> MasterIncidents) : ProblemCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Problem problem, ProblemManagement practice, FakeClock clock, ActorId by)
        {
            System.ArgumentNullException.ThrowIfNull(practice);
            var (master, logged) = Other(practice, by, "PRB-MASTER", MasterIncidents);
            return WithLogged(logged, practice.MergeDuplicate(by, Checked(problem), master));
        }

        /// <inheritdoc />
        public override string ToString() => $"MergeIntoMaster {{ MasterIncidents = [{string.Join(", ", MasterIncidents)}] }}";
    }

    /// <summary>
    /// <see cref="ProblemManagement.MergeDuplicate"/> with the scenario's problem as the master: a fresh duplicate is
    /// logged (from developer information, with the given incidents) and merged into the problem.
    /// </summary>
    /// <param name="DuplicateIncidents">The duplicate's incidents.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record AbsorbDuplicate(IReadOnlyList<IncidentId> DuplicateIncidents) : ProblemCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Problem problem, ProblemManagement practice, FakeClock clock, ActorId by)
        {
            System.ArgumentNullException.ThrowIfNull(practice);
            var (duplicate, logged) = Other(practice, by, "PRB-DUPLICATE", DuplicateIncidents);
            return WithLogged(logged, practice.MergeDuplicate(by, duplicate, Checked(problem)));
        }

        /// <inheritdoc />
        public override string ToString() => $"AbsorbDuplicate {{ DuplicateIncidents = [{string.Join(", ", DuplicateIncidents)}] }}";
    }

    private static (Problem Problem, IReadOnlyList<DomainEvent> Events) Other(ProblemManagement practice, ActorId by, string id, IReadOnlyList<IncidentId> incidents)
    {
        var logged = practice.Log(by, new LogProblem(new ProblemId(id), "Same failure", ProblemSource.Developer, new Impact(1), new Probability(1))
        {
            SourceReference = "BUG-1",
            Evidence = incidents.ToArray(),
        });
        return (logged.ThrowIfRejected(), logged.Events);
    }

    // The other problem's logging is part of the step, so that its events meet the run's checks (the clock, own event ids)
    // like every other event the practice records; a refused merge stays a refusal (the scenario's problem is unchanged).
    private static CommandResult WithLogged(IReadOnlyList<DomainEvent> logged, CommandResult merged)
        => merged.IsRejected ? merged : CommandResult.Accepted([.. logged, .. merged.Events]);

    private static Problem Checked(Problem problem)
    {
        System.ArgumentNullException.ThrowIfNull(problem);
        return problem;
    }
}
