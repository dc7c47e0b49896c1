using System;
using System.Linq;
using ItilCore.Configuration;

namespace ItilCore.Changes;

/// <summary>How a team runs change enablement: its risk matrix, its change authorities, its standard change catalogue.</summary>
/// <remarks>
/// Immutable and thread-safe. The risk matrix is a <see cref="PriorityMatrix"/> read with other axis names: its impact
/// axis is the change's <see cref="Impact"/>, its urgency axis is the <see cref="Likelihood"/> (level for level), and its
/// priority scale is the <see cref="Risk"/> scale. Both are ordinal lookups from two 1-based levels into a third, so
/// one implementation (with its validation, fallbacks, polarity and JSON form) serves both.
/// </remarks>
public sealed record ChangeManagementOptions
{
    /// <summary>Gets the default risk matrix: impact 1 (high) to 3 (low) × likelihood 1 (likely) to 3 (unlikely) into risks 1 (High), 2 (Moderate), 3 (Low).</summary>
    public static PriorityMatrix DefaultRiskMatrix { get; } = PriorityMatrix.Create(new PriorityMatrixDefinition(
        3,
        3,
        3,
        [[1, 1, 2], [1, 2, 3], [2, 3, 3]],
        PriorityNames: ["High", "Moderate", "Low"]));

    /// <summary>Gets the risk matrix (impact × likelihood → risk).</summary>
    public PriorityMatrix RiskMatrix { get; init; } = DefaultRiskMatrix;

    /// <summary>Gets the policy that assigns a change authority per change type and risk; required.</summary>
    public required ChangeAuthorityPolicy AuthorityPolicy { get; init; }

    /// <summary>Gets the catalogue of pre-authorized change models; empty by default (no standard change can be raised).</summary>
    public StandardChangeCatalog StandardChanges { get; init; } = StandardChangeCatalog.Empty;

    /// <summary>
    /// Gets the service catalogue and configuration items changes are requested against. When set, a change that
    /// names a service or configuration item that is not there is rejected (<see cref="ChangeRejectionCodes.UnknownReference"/>),
    /// and the <see cref="StandardChanges"/> are checked against it when the practice is built (each model's service must
    /// be known and not retired, its items known, and its classes those of some item) and matched against its
    /// configuration items, so that a model allowing a class allows the service model's items of that class.
    /// </summary>
    public ServiceModel? ServiceModel { get; init; }

    /// <summary>
    /// Gets whether a normal or emergency change needs a backout plan before authorization is requested (as ServiceNow's
    /// change form asks for one): without it <see cref="Change.RequestAuthorization"/> is refused with
    /// <see cref="ChangeRejectionCodes.BackoutPlanRequired"/>. Off by default. A standard change is not asked: it takes the
    /// backout plan of its pre-authorized model, and with this option every model of <see cref="StandardChanges"/> must
    /// have one.
    /// </summary>
    public bool RequireBackoutPlan { get; init; }

    /// <summary>Checks the options, throwing <see cref="ArgumentException"/> that names what is wrong, and gives the standard change catalogue the practice uses.</summary>
    /// <returns>The standard change catalogue, checked against (and matching items with) the <see cref="ServiceModel"/> when there is one.</returns>
    internal StandardChangeCatalog Validate()
    {
        ArgumentNullException.ThrowIfNull(RiskMatrix, nameof(RiskMatrix));
        ArgumentNullException.ThrowIfNull(AuthorityPolicy, nameof(AuthorityPolicy));
        ArgumentNullException.ThrowIfNull(StandardChanges, nameof(StandardChanges));
        if (AuthorityPolicy.RiskLevels != RiskMatrix.PriorityLevels)
        {
            throw new ArgumentException($"The authority policy was built for {AuthorityPolicy.RiskLevels} risk levels; the risk matrix has {RiskMatrix.PriorityLevels}.", nameof(AuthorityPolicy));
        }

        foreach (var model in StandardChanges.Models)
        {
            if (model.MaxRisk.OffScale(RiskMatrix) is { } offScale)
            {
                throw new ArgumentException($"Change model {model.Id}'s maximum {offScale}.", nameof(StandardChanges));
            }

            if (RequireBackoutPlan && model.BackoutPlan is null)
            {
                throw new ArgumentException($"Change model {model.Id} has no backout plan, and the practice requires one (RequireBackoutPlan): a standard change takes its model's.", nameof(StandardChanges));
            }
        }

        if (ServiceModel is not { } services)
        {
            return StandardChanges;
        }

        // The catalogue may have been built without a configuration model, or against an older one (a service retired
        // since): the practice's service model is the one changes are requested against, so the models must fit it.
        try
        {
            return StandardChangeCatalog.Create(StandardChanges.Models, services.Configuration, RiskMatrix);
        }
        catch (InvalidDefinitionException e)
        {
            var problems = e.Problems.Select(p => ModelAt(p.Path) is { } m ? $"change model {m.Id} ({p.Path}): {p.Message}" : p.ToString());
            throw new ArgumentException("The standard change catalogue does not fit the practice's service model: " + string.Join("; ", problems) + ".", nameof(StandardChanges), e);
        }
    }

    // The model a catalogue problem's path ($[2].service) is about.
    private ChangeModel? ModelAt(string path)
    {
        var close = path.IndexOf(']', StringComparison.Ordinal);
        return path.StartsWith("$[", StringComparison.Ordinal) && close > 2
            && int.TryParse(path.AsSpan(2, close - 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i)
            && i < StandardChanges.Models.Count
            ? StandardChanges.Models[i]
            : null;
    }
}
