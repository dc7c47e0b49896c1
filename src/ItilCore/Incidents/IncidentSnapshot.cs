using ItilCore.Catalog;
using ItilCore.Configuration;
using NodaTime;

namespace ItilCore.Incidents;

/// <summary>
/// Everything an <see cref="Incident"/> knows at one moment, as an immutable value: two snapshots are equal exactly when
/// the incidents are in the same state. Use it for read models, for comparisons, and to check that a rebuild from
/// events gives back the live incident.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record IncidentSnapshot
{
    /// <summary>Gets the id.</summary>
    public required IncidentId Id { get; init; }

    /// <summary>Gets the state.</summary>
    public required IncidentState State { get; init; }

    /// <summary>Gets the version.</summary>
    public required long Version { get; init; }

    /// <summary>Gets the short description.</summary>
    public required string ShortDescription { get; init; }

    /// <summary>Gets the description.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the caller.</summary>
    public required ActorId Caller { get; init; }

    /// <summary>Gets the channel.</summary>
    public required ContactChannel Channel { get; init; }

    /// <summary>Gets the service.</summary>
    public ServiceId? Service { get; init; }

    /// <summary>Gets the offering.</summary>
    public ServiceOfferingId? Offering { get; init; }

    /// <summary>Gets the configuration item.</summary>
    public ConfigurationItemId? ConfigurationItem { get; init; }

    /// <summary>Gets the category.</summary>
    public string? Category { get; init; }

    /// <summary>Gets the subcategory.</summary>
    public string? Subcategory { get; init; }

    /// <summary>Gets the impact.</summary>
    public required Impact Impact { get; init; }

    /// <summary>Gets the urgency.</summary>
    public required Urgency Urgency { get; init; }

    /// <summary>Gets the calculated priority.</summary>
    public required Priority CalculatedPriority { get; init; }

    /// <summary>Gets the priority override.</summary>
    public Priority? PriorityOverride { get; init; }

    /// <summary>Gets the assignment group.</summary>
    public AssignmentGroupId? AssignmentGroup { get; init; }

    /// <summary>Gets the assignee.</summary>
    public ActorId? Assignee { get; init; }

    /// <summary>Gets the hold reason.</summary>
    public HoldReason? HoldReason { get; init; }

    /// <summary>Gets the reopen count.</summary>
    public required int ReopenCount { get; init; }

    /// <summary>Gets the reassignment count.</summary>
    public required int ReassignmentCount { get; init; }

    /// <summary>Gets the manager escalated to.</summary>
    public ActorId? EscalatedTo { get; init; }

    /// <summary>Gets whether it is a major incident.</summary>
    public required bool IsMajorIncident { get; init; }

    /// <summary>Gets the resolution code.</summary>
    public ResolutionCode? ResolutionCode { get; init; }

    /// <summary>Gets the resolution notes.</summary>
    public string? ResolutionNotes { get; init; }

    /// <summary>Gets the cancel reason.</summary>
    public string? CancelReason { get; init; }

    /// <summary>Gets the parent.</summary>
    public IncidentId? Parent { get; init; }

    /// <summary>Gets the problem that causes the incident (<see cref="Incident.Problem"/>).</summary>
    public ProblemId? Problem { get; init; }

    /// <summary>Gets the change request that fixes the incident (<see cref="Incident.Change"/>).</summary>
    public ChangeId? Change { get; init; }

    /// <summary>Gets when it was logged.</summary>
    public required Instant OpenedAt { get; init; }

    /// <summary>Gets when it last changed.</summary>
    public required Instant UpdatedAt { get; init; }

    /// <summary>Gets when it was resolved.</summary>
    public Instant? ResolvedAt { get; init; }

    /// <summary>Gets when it was closed or canceled.</summary>
    public Instant? ClosedAt { get; init; }
}
