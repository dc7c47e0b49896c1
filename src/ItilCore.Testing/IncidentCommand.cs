using ItilCore.Incidents;
using NodaTime;
using NodaTime.Testing;

namespace ItilCore.Testing;

/// <summary>
/// One step in a generated incident scenario: a command on the incident (valid or not) or the passing of time.
/// Scenarios built from these steps drive the workflow laws in <see cref="IncidentLaws"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public abstract record IncidentCommand
{
    private IncidentCommand()
    {
    }

    /// <summary>Runs the step on an incident.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="clock">The scenario's clock, advanced by <see cref="AdvanceTime"/>.</param>
    /// <param name="by">The acting agent.</param>
    /// <returns>The command's result; <see langword="null"/> for a step that is not a command.</returns>
    public abstract CommandResult? Run(Incident incident, FakeClock clock, ActorId by);

    /// <summary>Time passes.</summary>
    /// <param name="Duration">How much.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record AdvanceTime(Duration Duration) : IncidentCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Incident incident, FakeClock clock, ActorId by)
        {
            System.ArgumentNullException.ThrowIfNull(clock);
            clock.Advance(Duration);
            return null;
        }
    }

    /// <summary><see cref="Incident.Assign"/>.</summary>
    /// <param name="Group">The group.</param>
    /// <param name="Assignee">The assignee.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record Assign(AssignmentGroupId Group, ActorId? Assignee) : IncidentCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Incident incident, FakeClock clock, ActorId by) => Checked(incident).Assign(by, Group, Assignee);
    }

    /// <summary><see cref="Incident.Reassign"/>.</summary>
    /// <param name="Group">The group.</param>
    /// <param name="Reason">The reason.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record Reassign(AssignmentGroupId Group, string Reason) : IncidentCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Incident incident, FakeClock clock, ActorId by) => Checked(incident).Reassign(by, Group, Reason);
    }

    /// <summary><see cref="Incident.PutOnHold"/>.</summary>
    /// <param name="Reason">The hold reason.</param>
    /// <param name="Comment">The comment.</param>
    /// <param name="Problem">The problem waited on, if named.</param>
    /// <param name="Change">The change waited on, if named.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record PutOnHold(HoldReason Reason, string? Comment, ProblemId? Problem = null, ChangeId? Change = null) : IncidentCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Incident incident, FakeClock clock, ActorId by) => Checked(incident).PutOnHold(by, Reason, Comment, Problem, Change);
    }

    /// <summary><see cref="Incident.LinkToProblem"/>.</summary>
    /// <param name="Problem">The problem.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record LinkToProblem(ProblemId Problem) : IncidentCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Incident incident, FakeClock clock, ActorId by) => Checked(incident).LinkToProblem(by, Problem);
    }

    /// <summary><see cref="Incident.LinkToChange"/>.</summary>
    /// <param name="Change">The change request.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record LinkToChange(ChangeId Change) : IncidentCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Incident incident, FakeClock clock, ActorId by) => Checked(incident).LinkToChange(by, Change);
    }

    /// <summary><see cref="Incident.Resume"/>.</summary>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record Resume() : IncidentCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Incident incident, FakeClock clock, ActorId by) => Checked(incident).Resume(by);
    }

    /// <summary><see cref="Incident.RecordCallerUpdate"/>.</summary>
    /// <param name="Text">The text.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record CallerUpdate(string Text) : IncidentCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Incident incident, FakeClock clock, ActorId by) => Checked(incident).RecordCallerUpdate(by, Text);
    }

    /// <summary><see cref="Incident.AddWorkNote"/>.</summary>
    /// <param name="Text">The text.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record WorkNote(string Text) : IncidentCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Incident incident, FakeClock clock, ActorId by) => Checked(incident).AddWorkNote(by, Text);
    }

    /// <summary><see cref="Incident.Escalate"/>.</summary>
    /// <param name="Manager">The manager.</param>
    /// <param name="Reason">The reason.</param>
    /// <param name="Major">Whether it becomes a major incident.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record Escalate(ActorId Manager, string Reason, bool Major) : IncidentCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Incident incident, FakeClock clock, ActorId by) => Checked(incident).Escalate(by, Manager, Reason, Major);
    }

    /// <summary><see cref="Incident.DemoteMajorIncident"/>.</summary>
    /// <param name="Reason">The reason.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record DemoteMajorIncident(string Reason) : IncidentCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Incident incident, FakeClock clock, ActorId by) => Checked(incident).DemoteMajorIncident(by, Reason);
    }

    /// <summary><see cref="Incident.Reclassify"/>.</summary>
    /// <param name="Impact">The impact.</param>
    /// <param name="Urgency">The urgency.</param>
    /// <param name="Category">The category.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record Reclassify(Impact Impact, Urgency Urgency, string? Category) : IncidentCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Incident incident, FakeClock clock, ActorId by) => Checked(incident).Reclassify(by, Impact, Urgency, Category);
    }

    /// <summary><see cref="Incident.OverridePriority"/>.</summary>
    /// <param name="Priority">The priority, or <see langword="null"/> to remove the override.</param>
    /// <param name="Reason">The reason.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record OverridePriority(Priority? Priority, string Reason) : IncidentCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Incident incident, FakeClock clock, ActorId by) => Checked(incident).OverridePriority(by, Priority, Reason);
    }

    /// <summary><see cref="Incident.Resolve"/>.</summary>
    /// <param name="Code">The resolution code.</param>
    /// <param name="Notes">The notes.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record Resolve(ResolutionCode Code, string Notes) : IncidentCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Incident incident, FakeClock clock, ActorId by) => Checked(incident).Resolve(by, Code, Notes);
    }

    /// <summary><see cref="Incident.Reopen"/>.</summary>
    /// <param name="Reason">The reason.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record Reopen(string Reason) : IncidentCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Incident incident, FakeClock clock, ActorId by) => Checked(incident).Reopen(by, Reason);
    }

    /// <summary><see cref="Incident.Close"/>.</summary>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record Close() : IncidentCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Incident incident, FakeClock clock, ActorId by) => Checked(incident).Close(by);
    }

    /// <summary><see cref="Incident.CloseIfDue"/>.</summary>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record CloseIfDue() : IncidentCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Incident incident, FakeClock clock, ActorId by) => Checked(incident).CloseIfDue(by);
    }

    /// <summary><see cref="Incident.Cancel"/>.</summary>
    /// <param name="Reason">The reason.</param>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed record Cancel(string Reason) : IncidentCommand
    {
        /// <inheritdoc />
        public override CommandResult? Run(Incident incident, FakeClock clock, ActorId by) => Checked(incident).Cancel(by, Reason);
    }

    private static Incident Checked(Incident incident)
    {
        System.ArgumentNullException.ThrowIfNull(incident);
        return incident;
    }
}
