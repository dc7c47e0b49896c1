using System;
using ItilCore.Configuration;
using NodaTime;

namespace ItilCore.Incidents;

/// <summary>How a team runs incident management: its priority matrix and its auto-close delay.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record IncidentManagementOptions
{
    /// <summary>Gets the default options: ServiceNow's 3×3 matrix, auto-close 7 days after resolution.</summary>
    public static IncidentManagementOptions Default { get; } = new();

    /// <summary>Gets the priority matrix that derives priority from impact and urgency.</summary>
    public PriorityMatrix PriorityMatrix { get; init; } = PriorityMatrix.ServiceNowDefault;

    /// <summary>
    /// Gets how long after resolution an incident may be closed automatically (ServiceNow's
    /// <c>glide.ui.autoclose.time</c>, 7 days by default); measured in elapsed time since the resolution. Zero makes a
    /// resolved incident due at once; unlike ServiceNow's property, it does not turn auto-close off: closing is up to the
    /// host, which calls <see cref="Incident.CloseIfDue"/> (not calling it is how auto-close is off).
    /// </summary>
    public Duration AutoCloseAfter { get; init; } = Duration.FromDays(7);

    /// <summary>
    /// Gets the service catalogue and configuration items incidents are logged against. When set, an incident that
    /// names a service, offering or configuration item that is not there is rejected
    /// (<see cref="IncidentRejectionCodes.UnknownReference"/>). When <see langword="null"/>, references are not checked.
    /// </summary>
    public ServiceModel? ServiceModel { get; init; }

    /// <summary>Checks the options, throwing <see cref="ArgumentException"/> that names what is wrong.</summary>
    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(PriorityMatrix, nameof(PriorityMatrix));
        if (AutoCloseAfter < Duration.Zero)
        {
            throw new ArgumentException($"{nameof(AutoCloseAfter)} must not be negative; it is {AutoCloseAfter}.", nameof(AutoCloseAfter));
        }
    }
}
