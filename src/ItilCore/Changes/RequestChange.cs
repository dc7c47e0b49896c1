using System.Collections.Generic;
using ItilCore.Catalog;
using ItilCore.Configuration;

namespace ItilCore.Changes;

/// <summary>The data needed to request a change: who wants what changed, of which type, on which service and configuration items.</summary>
/// <param name="Id">The change's id (the caller owns the numbering, for example <c>CHG0030001</c>).</param>
/// <param name="Type">The change type.</param>
/// <param name="ShortDescription">A one-line summary; required.</param>
/// <param name="Requester">Who requests the change; they may never authorize it.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RequestChange(ChangeId Id, ChangeType Type, string ShortDescription, ActorId Requester)
{
    /// <summary>Gets the full description.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the service the change is for.</summary>
    public ServiceId? Service { get; init; }

    /// <summary>Gets the configuration items the change touches, each once.</summary>
    public IReadOnlyList<ConfigurationItemId> ConfigurationItems { get; init; } = [];

    /// <summary>Gets the change model from the standard change catalogue; required for a standard change, not allowed for others.</summary>
    public ChangeModelId? Model { get; init; }

    /// <summary>Gets how the change will be implemented, if written yet (ServiceNow's implementation plan).</summary>
    public string? ImplementationPlan { get; init; }

    /// <summary>
    /// Gets how the change will be undone if it fails (ITIL's remediation, ServiceNow's backout plan), if written yet;
    /// required before authorization when <see cref="ChangeManagementOptions.RequireBackoutPlan"/> is set.
    /// </summary>
    public string? BackoutPlan { get; init; }
}
